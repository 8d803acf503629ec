package io.github.nvfetch.core.filter;

import java.util.Objects;

/**
 * A regular expression that Python's {@code re.compile} rejects (or that this translator cannot
 * express in Java). {@link #getMessage()} is Python's own text, e.g. {@code nothing to repeat at
 * position 0} or {@code global flags not at the start of the expression at position 3}.
 */
public final class PatternSyntaxError extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** What Python raises for the pattern. */
  public enum Kind {
    /** {@code re.error}: the pattern is not valid Python regex syntax. */
    RE_ERROR("re.error"),
    /** {@code OverflowError}: a repetition count of 2**32 - 1 or more. */
    OVERFLOW_ERROR("OverflowError"),
    /** {@code ValueError}: incompatible flags, e.g. ASCII with UNICODE. */
    VALUE_ERROR("ValueError"),
    /**
     * Python accepts the pattern but it has no faithful {@code java.util.regex} translation (for
     * example a back-reference inside a look-behind). Never silently approximated.
     */
    UNSUPPORTED("unsupported");

    private final String pythonName;

    Kind(String pythonName) {
      this.pythonName = pythonName;
    }

    /** The Python exception name, e.g. {@code re.error}; {@code unsupported} for UNSUPPORTED. */
    public String pythonName() {
      return pythonName;
    }
  }

  private final Kind kind;
  private final String pattern;

  /**
   * Creates the error.
   *
   * @param kind what Python raises
   * @param message Python's message, position included where Python gives one
   * @param pattern the rejected pattern
   */
  public PatternSyntaxError(Kind kind, String message, String pattern) {
    super(message);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.pattern = pattern;
  }

  /** What Python raises for the pattern. */
  public Kind kind() {
    return kind;
  }

  /** The rejected pattern. */
  public String pattern() {
    return pattern;
  }
}
