package io.github.nvfetch.testkit.internal.http;

/** What a reply carries, which decides the faults that may alter it. */
public enum ReplyKind {
  /** NeuroVault API JSON (may be sent malformed). */
  API_JSON,
  /** An image file (may be reset or cut short). */
  FILE,
  /** Neurosynth JSON (may be sent malformed when Neurosynth is set malformed). */
  NEUROSYNTH_JSON,
  /** Anything else: redirects, HTML error pages, the replica's own JSON. */
  OTHER
}
