package io.github.nvfetch.testkit.internal.corpus;

import java.util.List;

/**
 * What the media route sends for a file: byte segments sent back to back (shared segments are never
 * copied), and the {@code Content-Length} to declare (larger than the segments only for the hostile
 * "huge Content-Length" file, after which the connection is closed).
 *
 * @param segments the bytes, in order
 * @param declaredLength the {@code Content-Length} header value
 */
public record FileBody(List<byte[]> segments, long declaredLength) {

  /** A body declaring its true length. */
  public static FileBody of(byte[]... segments) {
    List<byte[]> list = List.of(segments);
    return new FileBody(list, total(list));
  }

  /** The number of bytes actually sent. */
  public long length() {
    return total(segments);
  }

  /** Whether the declared length is a lie (the server closes after the segments). */
  public boolean truncatedByDesign() {
    return declaredLength != length();
  }

  /** The bytes sent, concatenated. */
  public byte[] toBytes() {
    byte[] out = new byte[Math.toIntExact(length())];
    int at = 0;
    for (byte[] s : segments) {
      System.arraycopy(s, 0, out, at, s.length);
      at += s.length;
    }
    return out;
  }

  private static long total(List<byte[]> segments) {
    long n = 0;
    for (byte[] s : segments) {
      n += s.length;
    }
    return n;
  }
}
