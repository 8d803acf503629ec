package io.github.nvfetch.bench.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Command-line flags of the form {@code --name value}, {@code --name=value} or a bare {@code
 * --flag}. Unknown names are rejected with the list of known ones, so that a typo never silently
 * falls back to a default.
 */
public final class Args {

  private final Map<String, String> values;

  private Args(Map<String, String> values) {
    this.values = values;
  }

  /**
   * Parses the arguments.
   *
   * @param args the arguments after the command name
   * @param known the accepted flag names, without dashes
   * @throws UsageException for a positional argument or an unknown flag
   */
  public static Args parse(List<String> args, Set<String> known) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("--") || arg.length() == 2) {
        throw new UsageException("unexpected argument '" + arg + "'");
      }
      String name = arg.substring(2);
      String value = "true";
      int eq = name.indexOf('=');
      if (eq >= 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
        value = args.get(++i);
      }
      if (!known.contains(name)) {
        throw new UsageException(
            "unknown option --" + name + "; known: --" + String.join(", --", new TreeSet<>(known)));
      }
      values.put(name, value);
    }
    return new Args(values);
  }

  /** Whether a bare flag (or {@code --flag true}) was given. */
  public boolean flag(String name) {
    return Boolean.parseBoolean(values.getOrDefault(name, "false"));
  }

  /** Whether a flag was given at all. */
  public boolean has(String name) {
    return values.containsKey(name);
  }

  /** A string value, or the default. */
  public String string(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  /** A positive integer value, or the default. */
  public int positiveInt(String name, int fallback) {
    long value = positiveLong(name, fallback);
    if (value > Integer.MAX_VALUE) {
      throw new UsageException("--" + name + " is too large: " + value);
    }
    return (int) value;
  }

  /** A positive long value, or the default. */
  public long positiveLong(String name, long fallback) {
    String raw = values.get(name);
    if (raw == null) {
      return fallback;
    }
    try {
      long value = Long.parseLong(raw.replace("_", ""));
      if (value <= 0) {
        throw new UsageException("--" + name + " must be positive: " + raw);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " must be an integer: " + raw);
    }
  }

  /** A positive number, or the default. */
  public double positiveDouble(String name, double fallback) {
    String raw = values.get(name);
    if (raw == null) {
      return fallback;
    }
    try {
      double value = Double.parseDouble(raw);
      if (!(value > 0) || Double.isInfinite(value)) {
        throw new UsageException("--" + name + " must be a positive number: " + raw);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " must be a number: " + raw);
    }
  }

  /** A comma-separated list of positive integers, or the default. */
  public List<Integer> positiveInts(String name, List<Integer> fallback) {
    String raw = values.get(name);
    if (raw == null) {
      return fallback;
    }
    List<Integer> out = new ArrayList<>();
    for (String part : raw.split(",")) {
      out.add(Args.parse(List.of("--" + name, part.trim()), Set.of(name)).positiveInt(name, 1));
    }
    return List.copyOf(out);
  }
}
