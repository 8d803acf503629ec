package io.github.nvfetch.testkit;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Named, ready-made {@link Faults}. Use {@link #faults()}, or {@code faults().toBuilder()} to
 * adjust one.
 */
public enum FaultProfile {
  /** No fault at all. */
  NONE("none", "no fault", Faults::none),
  /**
   * nginx-like limits per client IP: {@code limit_req} 10 r/s burst 20 nodelay, {@code limit_conn}
   * 10; 503s.
   */
  NGINX(
      "nginx",
      "limit_req 10 r/s burst 20 nodelay, limit_conn 10 in-flight, excess answered 503",
      () -> nginx().build()),
  /**
   * {@link #NGINX} plus the live service's slowness: API pages 300 ± 100 ms, single records 150 ±
   * 50 ms, files 2000 ± 700 ms, Neurosynth 500 ± 200 ms.
   */
  NEUROVAULT(
      "neurovault",
      "nginx limits plus API pages 300±100 ms, records 150±50 ms, files 2000±700 ms,"
          + " Neurosynth 500±200 ms",
      FaultProfile::neurovault),
  /** 10% random 500/502/504 answers on every route. */
  FLAKY(
      "flaky",
      "10% random 500/502/504 answers",
      () -> Faults.builder().serverErrorRate(0.10).build()),
  /**
   * Everything at once, at low rates: nginx limits, 5% 5xx, 3% 429 (1 s, both forms), 3% resets and
   * 3% short bodies on files, 3% malformed JSON, Neurosynth down.
   */
  CHAOS(
      "chaos",
      "nginx limits, 5% 5xx, 3% 429, 3% file resets, 3% short files, 3% malformed JSON,"
          + " Neurosynth down",
      FaultProfile::chaos),
  /** Neurosynth answers 502 to everything; NeuroVault is healthy. */
  NEUROSYNTH_DOWN(
      "neurosynth-down",
      "Neurosynth answers 502",
      () -> Faults.builder().neurosynthDown(true).build());

  private final String profileName;
  private final String description;

  @SuppressWarnings("ImmutableEnumChecker") // a stateless lambda
  private final Supplier<Faults> faults;

  FaultProfile(String profileName, String description, Supplier<Faults> faults) {
    this.profileName = profileName;
    this.description = description;
    this.faults = faults;
  }

  /**
   * The profile of a name (case-insensitive; {@code _} and {@code -} are interchangeable).
   *
   * @param name a profile name such as {@code "nginx"}
   * @return the profile
   * @throws IllegalArgumentException for an unknown name, listing the known ones
   */
  public static FaultProfile named(String name) {
    String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    return Arrays.stream(values())
        .filter(p -> p.profileName.equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown fault profile '"
                        + name
                        + "'; known profiles: "
                        + String.join(", ", names())));
  }

  /** The names of all profiles. */
  public static List<String> names() {
    return Arrays.stream(values()).map(FaultProfile::profileName).toList();
  }

  /** The profile's name, e.g. {@code "nginx"}. */
  public String profileName() {
    return profileName;
  }

  /** A one-line description of the profile's parameters. */
  public String description() {
    return description;
  }

  /** The profile's faults. */
  public Faults faults() {
    return faults.get();
  }

  private static Faults.Builder nginx() {
    return Faults.builder().rateLimit(10, 20).maxInFlightPerClient(10);
  }

  private static Faults neurovault() {
    return nginx()
        .latency(RouteClass.API_PAGE, Latency.ofMillis(300, 100))
        .latency(RouteClass.API_RECORD, Latency.ofMillis(150, 50))
        .latency(RouteClass.FILE, Latency.ofMillis(2000, 700))
        .latency(RouteClass.NEUROSYNTH, Latency.ofMillis(500, 200))
        .build();
  }

  private static Faults chaos() {
    return nginx()
        .serverErrorRate(0.05)
        .tooManyRequestsRate(0.03)
        .retryAfterSeconds(1)
        .resetMidBodyRate(0.03)
        .shortBodyRate(0.03)
        .malformedJsonRate(0.03)
        .neurosynthDown(true)
        .build();
  }
}
