package io.github.nvfetch.bench;

import io.github.nvfetch.bench.internal.UsageException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The entry point of {@code nvfetch-bench.jar}: {@code java -jar nvfetch-bench.jar <command>
 * [options]} with the commands {@code throughput}, {@code scale}, {@code transfer}, {@code service}
 * and {@code jmh}. Each prints a table and appends its figures to {@code docs/BENCHMARKS.md} (see
 * {@code benchmarks/README.md}).
 */
public final class BenchMain {

  private static final String USAGE =
      String.join(
          "\n",
          "usage: java -jar nvfetch-bench.jar <command> [options]",
          "",
          "commands:",
          "  throughput  harvest speed vs the physical limit against the 'neurovault' replica profile",
          "              [--images 300] [--baseline-images N] [--latency-scale 1] [--seed 42] [--tiny-files]",
          "              --timeline: start-up timeline of a short harvest (CLI, SDK) instead",
          "              [--images 60] [--runs 3] [--nilearn] [--python /usr/bin/python3] [--nilearn-src DIR]",
          "  scale       300,000-record stream and 20,000-image dataset in a JVM with a small heap",
          "              [--images 300000] [--collections 17000] [--dataset-images 20000] [--heap 256m]",
          "              [--downloads 8]",
          "  transfer    raw download speed and CPU per GB of the SDK side by side with curl",
          "              [--files 400] [--parallel 4,8] [--warmup-files 100]",
          "  service     the harvest service under load: 50 clients, a few large, 20% disconnecting, vs the",
          "              'neurovault' replica profile [--clients 50] [--large 4] [--disconnect-rate 0.2]",
          "              [--latency-scale 0.1] [--seconds 60] [--spread 10] [--images 600] [--rate 8] [--seed 42]",
          "  jmh         JMH micro-benchmarks: filters and page parsing per record",
          "              [--forks 2] [--warmups 3] [--iterations 5] [--seconds 1]",
          "",
          "common options: [--report FILE] (default docs/BENCHMARKS.md of the checkout) [--no-report]",
          "                [--work-dir DIR] (scratch data directories; default the temp directory)");

  private BenchMain() {}

  /** Runs a command; exits 2 on a bad command line and 1 on a failure. */
  public static void main(String[] args) {
    PrintStream out = System.out;
    if (args.length == 0 || List.of("-h", "--help", "help").contains(args[0])) {
      out.println(USAGE);
      return;
    }
    List<String> rest = Arrays.asList(args).subList(1, args.length);
    try {
      dispatch(args[0], rest, out);
    } catch (UsageException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
    } catch (RuntimeException e) {
      System.err.println("benchmark failed: " + e);
      e.printStackTrace();
      System.exit(1);
    }
    System.exit(0);
  }

  private static void dispatch(String command, List<String> args, PrintStream out) {
    switch (command) {
      case "throughput" -> HarvestThroughput.run(args, out);
      case "scale" -> ScaleAndMemory.run(args, out);
      case "transfer" -> RawTransfer.run(args, out);
      case "service" -> ServiceLoad.run(args, out);
      case "jmh" -> MicroBenchmarks.run(args, out);
      default -> throw new UsageException("unknown command '" + command + "'");
    }
  }
}
