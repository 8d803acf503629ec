package io.github.nvfetch.testkit.internal.corpus;

import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes gzip members by hand. Stored (uncompressed) members have a size known in advance, so a
 * record's {@code file_size} never requires generating its file; deflated members are used for the
 * shared bulk of realistic files. Members can be concatenated: every gzip reader (Java, Python,
 * nibabel, zlib) reads them as one stream.
 */
public final class Gzip {

  private static final int MAX_STORED_BLOCK = 65_535;
  private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};

  private Gzip() {}

  /** The size of {@link #stored(byte[])} for {@code n} bytes of content. */
  public static long storedSize(long n) {
    long blocks = Math.max(1, (n + MAX_STORED_BLOCK - 1) / MAX_STORED_BLOCK);
    return HEADER.length + blocks * 5 + n + 8;
  }

  /** A gzip member holding {@code data} in stored deflate blocks. */
  public static byte[] stored(byte[] data) {
    byte[] out = new byte[(int) storedSize(data.length)];
    System.arraycopy(HEADER, 0, out, 0, HEADER.length);
    int at = HEADER.length;
    int from = 0;
    do {
      int len = Math.min(MAX_STORED_BLOCK, data.length - from);
      boolean last = from + len == data.length;
      out[at] = (byte) (last ? 1 : 0);
      putShort(out, at + 1, len);
      putShort(out, at + 3, ~len & 0xFFFF);
      System.arraycopy(data, from, out, at + 5, len);
      at += 5 + len;
      from += len;
    } while (from < data.length);
    trailer(out, at, crc(data), data.length);
    return out;
  }

  /** A gzip member holding {@code data} deflated at the given level. */
  public static byte[] deflated(byte[] data, int level) {
    Deflater deflater = new Deflater(level, true);
    try {
      deflater.setInput(data);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 64);
      out.writeBytes(HEADER);
      byte[] buffer = new byte[64 * 1024];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      byte[] trailer = new byte[8];
      trailer(trailer, 0, crc(data), data.length);
      out.writeBytes(trailer);
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }

  /**
   * A member of {@code repeats} MiB of zeros, built from one independently flushed compressed MiB
   * repeated: about 1 KB per MiB (the deflate format's limit is ~1032:1).
   */
  public static byte[] zeros(int repeats) {
    byte[] mib = new byte[1 << 20];
    Deflater deflater = new Deflater(9, true);
    try {
      deflater.setInput(mib);
      byte[] chunk = drain(deflater, Deflater.FULL_FLUSH, false);
      deflater.finish();
      byte[] end = drain(deflater, Deflater.NO_FLUSH, true);
      ByteArrayOutputStream out = new ByteArrayOutputStream(chunk.length * repeats + 64);
      out.writeBytes(HEADER);
      CRC32 crc = new CRC32();
      for (int i = 0; i < repeats; i++) {
        out.writeBytes(chunk);
        crc.update(mib);
      }
      out.writeBytes(end);
      byte[] trailer = new byte[8];
      trailer(trailer, 0, crc.getValue(), (long) repeats << 20);
      out.writeBytes(trailer);
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }

  private static byte[] drain(Deflater deflater, int flush, boolean finishing) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[16 * 1024];
    int n;
    do {
      n = deflater.deflate(buffer, 0, buffer.length, flush);
      out.write(buffer, 0, n);
    } while (finishing ? !deflater.finished() : n == buffer.length || !deflater.needsInput());
    return out.toByteArray();
  }

  private static long crc(byte[] data) {
    CRC32 crc = new CRC32();
    crc.update(data);
    return crc.getValue();
  }

  private static void trailer(byte[] out, int at, long crc, long size) {
    putInt(out, at, crc);
    putInt(out, at + 4, size);
  }

  private static void putShort(byte[] out, int at, int v) {
    out[at] = (byte) v;
    out[at + 1] = (byte) (v >>> 8);
  }

  private static void putInt(byte[] out, int at, long v) {
    for (int i = 0; i < 4; i++) {
      out[at + i] = (byte) (v >>> (8 * i));
    }
  }
}
