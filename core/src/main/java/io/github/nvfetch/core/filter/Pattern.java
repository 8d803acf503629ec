package io.github.nvfetch.core.filter;

import io.github.nvfetch.core.internal.PythonRepr;
import io.github.nvfetch.core.internal.regex.PythonRegexTranslator;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * nilearn's {@code Pattern(pattern, flags=0)}: matches a string for which Python's {@code
 * re.match(pattern, value, flags)} succeeds, that is a match anchored at the start of the string
 * only (not a full match: add {@code $} for that). Anything that is not a string, a missing key
 * included, does not match.
 *
 * <p>The pattern is Python 3.11 {@code re} syntax, parsed as CPython parses it and translated to an
 * equivalent {@link java.util.regex.Pattern}: {@code {,n}}, {@code (?#...)}, scoped inline flags,
 * possessive and atomic groups, conditionals, {@code (?P<name>...)}, Python's Unicode {@code \w \d
 * \s \b} (ASCII-only under {@link Flag#ASCII}), {@code .} and {@code $} that know only {@code \n}
 * as a line break, and Java's special class syntax ({@code [[}, {@code &&}) taken literally. A
 * pattern Python rejects raises {@link PatternSyntaxError} with Python's message. The name clashes
 * with {@link java.util.regex.Pattern} on purpose: it is nilearn's.
 *
 * <p>Immutable. Its repr is nilearn's: {@code Pattern(pattern='[0-9]+$', flags=0)} or {@code
 * Pattern(pattern='a', flags=re.IGNORECASE|re.DOTALL)}.
 */
public final class Pattern extends SpecialValue {

  /** Python's {@code re} flags that a pattern may use, with their Python values. */
  public enum Flag {
    /** {@code re.IGNORECASE} ({@code re.I}): case-insensitive matching. */
    IGNORECASE(2, 'I'),
    /** {@code re.MULTILINE} ({@code re.M}): {@code ^} and {@code $} also match at line breaks. */
    MULTILINE(8, 'M'),
    /** {@code re.DOTALL} ({@code re.S}): {@code .} also matches a line break. */
    DOTALL(16, 'S'),
    /** {@code re.UNICODE} ({@code re.U}): Unicode matching, already the default in Python 3. */
    UNICODE(32, 'U'),
    /** {@code re.VERBOSE} ({@code re.X}): whitespace and {@code #} comments are ignored. */
    VERBOSE(64, 'X'),
    /** {@code re.ASCII} ({@code re.A}): {@code \w}, {@code \d}, {@code \s} are ASCII-only. */
    ASCII(256, 'A');

    private final int pythonValue;
    private final char shortName;

    Flag(int pythonValue, char shortName) {
      this.pythonValue = pythonValue;
      this.shortName = shortName;
    }

    /** The flag's integer value in Python's {@code re} module, e.g. 2 for IGNORECASE. */
    public int pythonValue() {
      return pythonValue;
    }

    /**
     * Reads a flag name as written in Python: {@code IGNORECASE}, {@code re.IGNORECASE} or the
     * one-letter alias {@code I}, in any case.
     *
     * @throws IllegalArgumentException for an unknown name
     */
    public static Flag parse(String name) {
      String bare = name.strip().toUpperCase(Locale.ROOT);
      String key = bare.startsWith("RE.") ? bare.substring(3) : bare;
      for (Flag flag : values()) {
        if (flag.name().equals(key) || (key.length() == 1 && key.charAt(0) == flag.shortName)) {
          return flag;
        }
      }
      throw new IllegalArgumentException(
          "unknown regular expression flag '"
              + name
              + "'; use one of "
              + Arrays.toString(values()));
    }
  }

  private final String pattern;
  private final Set<Flag> flags;
  private final java.util.regex.Pattern compiled;

  private Pattern(String pattern, Set<Flag> flags) {
    this.pattern = pattern;
    this.flags = Collections.unmodifiableSet(flags);
    this.compiled = PythonRegexTranslator.compile(pattern, pythonFlags(flags));
  }

  /**
   * Creates the matcher.
   *
   * @param pattern a regular expression, matched at the start of the value
   * @param flags Python {@code re} flags (none means {@code flags=0})
   * @throws PatternSyntaxError (an IllegalArgumentException) where Python's {@code re.compile}
   *     raises, with Python's message; also when both ASCII and UNICODE are given
   */
  public static Pattern of(String pattern, Flag... flags) {
    return ofFlags(pattern, Arrays.asList(flags));
  }

  /**
   * Creates the matcher with a collection of flags.
   *
   * @throws PatternSyntaxError (an IllegalArgumentException) where Python's {@code re.compile}
   *     raises, with Python's message; also when both ASCII and UNICODE are given
   */
  public static Pattern ofFlags(String pattern, Collection<Flag> flags) {
    Set<Flag> set = EnumSet.noneOf(Flag.class);
    set.addAll(flags);
    return new Pattern(java.util.Objects.requireNonNull(pattern, "pattern"), set);
  }

  private static int pythonFlags(Set<Flag> flags) {
    return flags.stream().mapToInt(Flag::pythonValue).reduce(0, (a, b) -> a | b);
  }

  /** The pattern as given. */
  public String pattern() {
    return pattern;
  }

  /** The flags, unmodifiable. */
  public Set<Flag> flags() {
    return flags;
  }

  @Override
  public boolean matches(Object value) {
    return value instanceof String && compiled.matcher((String) value).lookingAt();
  }

  @Override
  List<Object> arguments() {
    return List.of(pattern, flags);
  }

  /** nilearn's repr, e.g. {@code Pattern(pattern='[0-9akqj]{5}$', flags=0)}. */
  @Override
  public String toString() {
    return "Pattern(pattern=" + PythonRepr.repr(pattern) + ", flags=" + flagsRepr() + ")";
  }

  private String flagsRepr() {
    if (flags.isEmpty()) {
      return "0";
    }
    return flags.stream().map(flag -> "re." + flag.name()).collect(Collectors.joining("|"));
  }
}
