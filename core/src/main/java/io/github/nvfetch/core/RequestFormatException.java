package io.github.nvfetch.core;

/**
 * A declarative JSON request that cannot be read: invalid JSON, an unknown operator, a value of the
 * wrong shape. {@link #path()} locates the offending element.
 */
public class RequestFormatException extends NeuroVaultException {

  private final String path;

  /**
   * Creates the exception.
   *
   * @param path the JSON path of the offending element, e.g. {@code $.image_terms.map_type.$IsIn}
   * @param problem what is wrong with it
   */
  public RequestFormatException(String path, String problem) {
    super(message(path, problem));
    this.path = path;
  }

  /** Creates the exception with its cause (e.g. a JSON syntax error or a bad regex). */
  public RequestFormatException(String path, String problem, Throwable cause) {
    super(message(path, problem), cause);
    this.path = path;
  }

  private static String message(String path, String problem) {
    return "invalid request at " + path + ": " + problem;
  }

  /** The JSON path of the offending element; {@code $} is the whole document. */
  public String path() {
    return path;
  }
}
