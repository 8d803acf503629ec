package io.github.nvfetch.core.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * Inflates a gzip file as {@code gzip -t} and Python's {@code gzip} module accept it: one or more
 * complete members (RFC 1952), each with a valid header, deflate stream, CRC-32 and length, and
 * after the last member nothing but zero bytes (padding). Anything else after a member is trailing
 * garbage and fails the read with a {@link ZipException}; a stream that ends inside a member fails
 * with an {@link EOFException}. ({@link java.util.zip.GZIPInputStream} silently ignores trailing
 * garbage, and may stop at a member boundary when {@code available()} is 0.)
 */
public final class StrictGzipInputStream extends InputStream {

  private static final int BUFFER = 64 * 1024;
  private static final int FHCRC = 2;
  private static final int FEXTRA = 4;
  private static final int FNAME = 8;
  private static final int FCOMMENT = 16;
  private static final int RESERVED_FLAGS = 0xE0;

  private final PushbackInputStream in;
  private final Inflater inflater = new Inflater(true);
  private final CRC32 crc = new CRC32();
  private final byte[] buffer = new byte[BUFFER];
  private final byte[] single = new byte[1];
  private int lastRead;
  private long memberBytes;
  private boolean inMember;
  private boolean ended;
  private int members;

  /**
   * Wraps {@code raw}, whose first bytes must be a gzip header.
   *
   * @throws ZipException when the stream does not start with a gzip member
   */
  public StrictGzipInputStream(InputStream raw) throws IOException {
    this.in = new PushbackInputStream(raw, BUFFER);
    if (!nextMember()) {
      throw new EOFException("empty file: no gzip member");
    }
  }

  /** Complete members read so far. */
  public int members() {
    return members;
  }

  @Override
  public int read() throws IOException {
    int n = read(single, 0, 1);
    return n < 0 ? -1 : single[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!ended) {
      if (!inMember && !nextMember()) {
        ended = true;
        break;
      }
      int n = inflate(b, off, len);
      if (n > 0) {
        return n;
      }
    }
    return -1;
  }

  /** Inflates into {@code b}; 0 when the member just ended (its trailer checked). */
  private int inflate(byte[] b, int off, int len) throws IOException {
    while (true) {
      int n;
      try {
        n = inflater.inflate(b, off, len);
      } catch (DataFormatException e) {
        throw new ZipException("invalid deflate data: " + e.getMessage());
      }
      if (n > 0) {
        crc.update(b, off, n);
        memberBytes += n;
        return n;
      }
      if (inflater.finished()) {
        finishMember();
        return 0;
      }
      if (inflater.needsDictionary()) {
        throw new ZipException("deflate stream asks for a preset dictionary");
      }
      if (inflater.needsInput()) {
        lastRead = in.read(buffer);
        if (lastRead < 0) {
          throw new EOFException("file ends inside a gzip member");
        }
        inflater.setInput(buffer, 0, lastRead);
      }
    }
  }

  private void finishMember() throws IOException {
    int remaining = inflater.getRemaining();
    if (remaining > 0) {
      in.unread(buffer, lastRead - remaining, remaining);
    }
    long storedCrc = readLittleEndianInt();
    long storedSize = readLittleEndianInt();
    if (storedCrc != crc.getValue()) {
      throw new ZipException("CRC-32 mismatch in gzip member " + (members + 1));
    }
    if (storedSize != (memberBytes & 0xffffffffL)) {
      throw new ZipException("length mismatch in gzip member " + (members + 1));
    }
    members++;
    inMember = false;
    inflater.reset();
    crc.reset();
    memberBytes = 0;
  }

  /**
   * Reads the next member's header. False at the end of the file or of its zero padding; an
   * exception for anything else that is not a gzip header.
   */
  private boolean nextMember() throws IOException {
    int first = in.read();
    if (first < 0 && members > 0) {
      return false;
    }
    if (first == 0 && members > 0) {
      requireOnlyZeros();
      return false;
    }
    int second = first < 0 ? -1 : in.read();
    if (first != 0x1f || second != 0x8b) {
      if (members == 0) {
        throw new ZipException("not in gzip format");
      }
      throw new ZipException("trailing garbage after gzip member " + members);
    }
    readHeaderRest();
    inMember = true;
    return true;
  }

  private void requireOnlyZeros() throws IOException {
    int n;
    while ((n = in.read(buffer)) >= 0) {
      for (int i = 0; i < n; i++) {
        if (buffer[i] != 0) {
          throw new ZipException("trailing garbage after gzip member " + members);
        }
      }
    }
  }

  private void readHeaderRest() throws IOException {
    int method = readByte();
    int flags = readByte();
    if (method != 8) {
      throw new ZipException("unsupported gzip compression method " + method);
    }
    if ((flags & RESERVED_FLAGS) != 0) {
      throw new ZipException("reserved gzip header flags set");
    }
    skip(6);
    if ((flags & FEXTRA) != 0) {
      skip(readByte() | readByte() << 8);
    }
    if ((flags & FNAME) != 0) {
      skipZeroTerminated();
    }
    if ((flags & FCOMMENT) != 0) {
      skipZeroTerminated();
    }
    if ((flags & FHCRC) != 0) {
      skip(2);
    }
  }

  private void skipZeroTerminated() throws IOException {
    while (readByte() != 0) {
      // skip the field
    }
  }

  private void skip(int n) throws IOException {
    for (int i = 0; i < n; i++) {
      readByte();
    }
  }

  private long readLittleEndianInt() throws IOException {
    long value = 0;
    for (int i = 0; i < 4; i++) {
      value |= (long) readByte() << (8 * i);
    }
    return value;
  }

  private int readByte() throws IOException {
    int b = in.read();
    if (b < 0) {
      throw new EOFException("file ends inside a gzip header or trailer");
    }
    return b;
  }

  @Override
  public void close() throws IOException {
    inflater.end();
    in.close();
  }
}
