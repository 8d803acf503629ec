package io.github.nvfetch.testkit;

/** How the {@code Retry-After} header of an injected 429 answer is written. */
public enum RetryAfterForm {
  /** Delta seconds, e.g. {@code Retry-After: 2}. */
  SECONDS,
  /** An RFC 1123 HTTP date, e.g. {@code Retry-After: Wed, 21 Oct 2026 07:28:00 GMT}. */
  HTTP_DATE,
  /** Either form, chosen per answer by the deterministic fault draw. */
  MIXED
}
