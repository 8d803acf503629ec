package io.github.nvfetch.testkit.internal.http;

import java.util.Collection;

/**
 * Who is calling, from DRF's {@code TokenAuthentication}: anonymous (no {@code Authorization:
 * Token} header), authenticated (a known key), or invalid (a {@code Token} header that DRF rejects
 * with 401).
 *
 * @param authenticated whether a valid key was sent
 * @param error DRF's 401 message for a bad {@code Token} header, or null
 */
public record Caller(boolean authenticated, String error) {

  private static final Caller ANONYMOUS = new Caller(false, null);

  /** Reads an {@code Authorization} header value (may be null). */
  public static Caller of(String authorization, Collection<String> keys) {
    if (authorization == null) {
      return ANONYMOUS;
    }
    String[] parts = authorization.trim().split("\\s+");
    if (parts.length == 0 || !parts[0].equalsIgnoreCase("token")) {
      return ANONYMOUS;
    }
    if (parts.length == 1) {
      return new Caller(false, "Invalid token header. No credentials provided.");
    }
    if (parts.length > 2) {
      return new Caller(false, "Invalid token header. Token string should not contain spaces.");
    }
    return keys.contains(parts[1]) ? new Caller(true, null) : new Caller(false, "Invalid token.");
  }
}
