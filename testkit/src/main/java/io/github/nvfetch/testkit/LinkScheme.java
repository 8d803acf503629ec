package io.github.nvfetch.testkit;

/**
 * Which scheme the replica writes into the absolute links it emits ({@code next}, {@code url},
 * {@code file}, ...).
 */
public enum LinkScheme {
  /** Always {@code http://}, as the live NeuroVault does behind its TLS-terminating nginx. */
  HTTP,
  /**
   * The request's own scheme: {@code X-Forwarded-Proto} when a proxy sent it, otherwise the scheme
   * of the connection ({@code http} for this plain-text server).
   */
  REQUEST
}
