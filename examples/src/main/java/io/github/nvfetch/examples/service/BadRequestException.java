package io.github.nvfetch.examples.service;

/** A harvest request the service cannot run as given; answered with {@code 400}. */
public final class BadRequestException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * A bad request.
   *
   * @param message what is wrong, in the words the command line uses
   */
  public BadRequestException(String message) {
    super(message);
  }
}
