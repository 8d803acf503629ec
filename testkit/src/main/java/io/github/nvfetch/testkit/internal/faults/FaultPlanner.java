package io.github.nvfetch.testkit.internal.faults;

import io.github.nvfetch.testkit.Faults;
import io.github.nvfetch.testkit.RetryAfterForm;
import io.github.nvfetch.testkit.RouteClass;
import io.github.nvfetch.testkit.internal.corpus.Rng;
import io.github.nvfetch.testkit.internal.http.Replies;
import io.github.nvfetch.testkit.internal.http.Reply;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Decides the random faults of a request from hash(fault seed, method + request target, attempt
 * number): always the same draws in the same order (latency jitter, error, error kind, malformed,
 * transport, cut point), so changing one rate never shifts another decision. Thread-safe.
 */
public final class FaultPlanner {

  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);

  private final AttemptCounter attempts = new AttemptCounter();

  /**
   * Plans one request.
   *
   * @param faults the current faults
   * @param routeClass the route's class
   * @param key method, space, raw request target
   * @return the plan
   */
  public FaultPlan plan(Faults faults, RouteClass routeClass, String key) {
    if (!faults.hasRandomFaults()) {
      return deterministic(faults, routeClass);
    }
    long hash = hash(key);
    Rng rng = Rng.of(faults.seed(), hash, attempts.next(hash));
    Duration delay = faults.latency(routeClass).delay(rng.nextDouble(), faults.latencyScale());
    double uError = rng.nextDouble();
    double uKind = rng.nextDouble();
    boolean malformed = rng.nextDouble() < faults.malformedJsonRate();
    Transport transport = transport(faults, rng.nextDouble());
    double cut = 0.1 + 0.8 * rng.nextDouble();
    Reply override = null;
    String tag = null;
    if (faults.errorRouteClasses().contains(routeClass) && uError < faults.tooManyRequestsRate()) {
      override = tooManyRequests(faults, uKind);
      tag = "too_many_requests";
    } else if (faults.errorRouteClasses().contains(routeClass)
        && uError < faults.tooManyRequestsRate() + faults.serverErrorRate()) {
      override = Replies.serverError(uKind < 0.4 ? 500 : uKind < 0.7 ? 502 : 504);
      tag = "server_error";
    } else if (routeClass == RouteClass.NEUROSYNTH && faults.neurosynthDown()) {
      override = Replies.nginxPage(502);
      tag = "neurosynth_down";
    }
    return new FaultPlan(delay, override, tag, malformed, transport, cut);
  }

  /** Forgets attempt numbers (decisions restart from the first attempt). */
  public void reset() {
    attempts.clear();
  }

  private static FaultPlan deterministic(Faults faults, RouteClass routeClass) {
    Duration delay = faults.latency(routeClass).delay(0.5, faults.latencyScale());
    if (routeClass == RouteClass.NEUROSYNTH && faults.neurosynthDown()) {
      return new FaultPlan(
          delay, Replies.nginxPage(502), "neurosynth_down", false, Transport.NORMAL, 0.5);
    }
    return FaultPlan.delayOnly(delay);
  }

  private static Transport transport(Faults faults, double u) {
    if (u < faults.resetMidBodyRate()) {
      return Transport.RESET;
    }
    return u < faults.resetMidBodyRate() + faults.shortBodyRate()
        ? Transport.SHORT
        : Transport.NORMAL;
  }

  private static Reply tooManyRequests(Faults faults, double uKind) {
    int seconds = faults.retryAfterSeconds();
    boolean dateForm =
        faults.retryAfterForm() == RetryAfterForm.HTTP_DATE
            || (faults.retryAfterForm() == RetryAfterForm.MIXED && uKind >= 0.5);
    String value =
        dateForm
            ? HTTP_DATE.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(seconds + 1L))
            : Integer.toString(seconds);
    return Replies.detail(
            429, "Request was throttled. Expected available in " + seconds + " seconds.")
        .withHeader("Retry-After", value);
  }

  static long hash(String key) {
    long h = 0xCBF29CE484222325L;
    for (int i = 0; i < key.length(); i++) {
      h = (h ^ key.charAt(i)) * 0x100000001B3L;
    }
    return Rng.mix(h);
  }
}
