package io.github.nvfetch.bench.internal.micro;

import io.github.nvfetch.bench.internal.Args;
import java.util.Set;

/**
 * The JMH settings of the micro-benchmarks.
 *
 * @param forks forked JVMs per benchmark ({@code --forks}, default 2)
 * @param warmups warm-up iterations per fork ({@code --warmups}, default 3)
 * @param iterations measured iterations per fork ({@code --iterations}, default 5)
 * @param seconds length of every iteration in seconds ({@code --seconds}, default 1)
 */
public record MicroSettings(int forks, int warmups, int iterations, int seconds) {

  /** The option names read by {@link #from(Args)}. */
  public static final Set<String> OPTIONS = Set.of("forks", "warmups", "iterations", "seconds");

  /** Reads the options. */
  public static MicroSettings from(Args args) {
    return new MicroSettings(
        args.positiveInt("forks", 2),
        args.positiveInt("warmups", 3),
        args.positiveInt("iterations", 5),
        args.positiveInt("seconds", 1));
  }

  /** One line for the report. */
  public String describe() {
    return "JMH 1.37, mode average time, "
        + forks
        + " forks x ("
        + warmups
        + " warm-up + "
        + iterations
        + " measured iterations of "
        + seconds
        + " s); error = 99.9% confidence half-width";
  }
}
