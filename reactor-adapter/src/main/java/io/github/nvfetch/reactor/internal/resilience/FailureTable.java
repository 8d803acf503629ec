package io.github.nvfetch.reactor.internal.resilience;

import io.github.nvfetch.reactor.RetrySettings;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * The one failure table: for each kind of call, which failures get another attempt and how many
 * attempts and how much time a call may take in all. The README's "Failures and retries" section
 * says the same in words; nothing else in the client retries.
 *
 * <table>
 *   <caption>Retry budget per call kind</caption>
 *   <tr><th>kind</th><th>retried</th><th>attempts</th><th>time</th></tr>
 *   <tr><td>page</td><td>transient (I/O, 408, 429, 502, 503, 504, garbled JSON)</td>
 *       <td>the retry setting (default 8)</td><td>{@link #PAGE_TIME}</td></tr>
 *   <tr><td>record</td><td>transient and 500</td><td>the retry setting</td>
 *       <td>{@link #RECORD_TIME}</td></tr>
 *   <tr><td>file</td><td>transient and 500</td><td>the retry setting</td>
 *       <td>{@link #FILE_TIME}</td></tr>
 *   <tr><td>words</td><td>transient, not while the breaker is open</td>
 *       <td>{@link #WORDS_ATTEMPTS}</td><td>{@link #WORDS_TIME}</td></tr>
 * </table>
 *
 * <p>Deterministic failures are never retried: 4xx other than 408/429, a body over its size limit,
 * JSON nested or sized beyond the parser's limits, a page without {@code results} or a usable
 * {@code count}, a response header over the client's limit, a file that fails the gzip/NIfTI check
 * after a complete transfer. A list page that fails with a 500 or a deterministic body is not
 * re-sent as it was: the page reader asks for half the page instead (each smaller request is one
 * new call with its own budget, never a loop around the budget), skips a record that fails alone,
 * and fails the list after {@link #pageFailuresInARow(int)} failed requests in a row.
 */
public final class FailureTable {

  /** Longest time from a page call's first attempt to its last retry. */
  public static final Duration PAGE_TIME = Duration.ofMinutes(5);

  /** Longest time from a record call's first attempt to its last retry. */
  public static final Duration RECORD_TIME = Duration.ofMinutes(5);

  /** Longest time from a file call's first attempt to its last retry. */
  public static final Duration FILE_TIME = Duration.ofMinutes(15);

  /** Attempts of a Neurosynth decode, the first included. */
  public static final int WORDS_ATTEMPTS = 2;

  /** Longest time from a decode call's first attempt to its last retry. */
  public static final Duration WORDS_TIME = Duration.ofSeconds(15);

  /** Records of a list skipped in a row (each failing even alone) before the list fails. */
  public static final int RECORDS_SKIPPED_IN_A_ROW = 5;

  private FailureTable() {}

  /**
   * What one call kind may spend.
   *
   * @param retry attempts and waits between them
   * @param totalTime no new attempt starts later than this after the first one began
   * @param retryOn the failures worth another attempt
   */
  public record Budget(RetrySettings retry, Duration totalTime, Predicate<Throwable> retryOn) {}

  /** The budget of a call kind, given the client's retry settings for NeuroVault. */
  public static Budget budget(Resilience.CallKind kind, RetrySettings neurovault) {
    return switch (kind) {
      case PAGE ->
          new Budget(
              neurovault,
              PAGE_TIME,
              e -> FailureKinds.isTransient(e) && !FailureKinds.isDeterministic(e));
      case RECORD ->
          new Budget(
              neurovault,
              RECORD_TIME,
              e -> FailureKinds.isTransientOrServerError(e) && !FailureKinds.isDeterministic(e));
      case FILE ->
          new Budget(
              neurovault,
              FILE_TIME,
              e -> FailureKinds.isTransientOrServerError(e) && !FailureKinds.isDeterministic(e));
      case NEUROSYNTH ->
          new Budget(
              RetrySettings.builder()
                  .maxAttempts(WORDS_ATTEMPTS)
                  .initialBackoff(Duration.ofMillis(500))
                  .maxBackoff(Duration.ofSeconds(2))
                  .maxRetryAfter(Duration.ofSeconds(5))
                  .build(),
              WORDS_TIME,
              e ->
                  FailureKinds.isTransient(e)
                      && !FailureKinds.isDeterministic(e)
                      && !(e instanceof CallNotPermittedException));
    };
  }

  /**
   * Failed page requests in a row (since the last page read) at which a list fails: one request per
   * page size from {@code pageSize} halved down to a single record, then {@link
   * #RECORDS_SKIPPED_IN_A_ROW} single records skipped, then one more failure (12 for pages of 100:
   * sizes 100, 50, 25, 12, 6, 3, 1, five skips, the twelfth failure ends it).
   */
  public static int pageFailuresInARow(int pageSize) {
    int halvings = 0;
    for (long size = Math.max(1, pageSize); size > 1; size /= 2) {
      halvings++;
    }
    return halvings + 1 + RECORDS_SKIPPED_IN_A_ROW;
  }
}
