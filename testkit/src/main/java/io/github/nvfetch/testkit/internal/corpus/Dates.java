package io.github.nvfetch.testkit.internal.corpus;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Record dates: roughly increasing with the record's place in the corpus, written as the live API
 * does (Berlin local time with its offset, e.g. {@code +01:00}/{@code +02:00}) or as it did in 2016
 * (UTC with {@code Z}).
 */
public final class Dates {

  private static final Instant FIRST = Instant.parse("2013-06-06T09:00:00Z");
  private static final long SPAN_SECONDS =
      Instant.parse("2025-06-30T00:00:00Z").getEpochSecond() - FIRST.getEpochSecond();
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final DateTimeFormatter CURRENT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSxxx");
  private static final DateTimeFormatter OLD =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'");

  private Dates() {}

  /**
   * An instant at a fraction of the service's life, with a little jitter and non-zero microseconds.
   *
   * @param fraction place in the corpus, 0 (oldest) to 1 (newest)
   * @param rng the record's generator
   * @return the instant
   */
  public static Instant at(double fraction, Rng rng) {
    double f = Math.min(1, Math.max(0, fraction + (rng.nextDouble() - 0.5) * 0.01));
    long seconds = FIRST.getEpochSecond() + (long) (f * SPAN_SECONDS);
    return Instant.ofEpochSecond(seconds, 1000L * rng.between(1, 999_999));
  }

  /** A later instant: up to {@code maxDays} after {@code from}. */
  public static Instant after(Instant from, int maxDays, Rng rng) {
    return from.plusSeconds((long) (rng.nextDouble() * maxDays * 86_400L))
        .plusNanos(1000L * rng.between(1, 999));
  }

  /** Formats as the live API does (Berlin offset) or as the 2016 API did (UTC {@code Z}). */
  public static String format(Instant instant, boolean oldSchema) {
    return oldSchema
        ? OLD.format(instant.atOffset(ZoneOffset.UTC))
        : CURRENT.format(instant.atZone(BERLIN));
  }
}
