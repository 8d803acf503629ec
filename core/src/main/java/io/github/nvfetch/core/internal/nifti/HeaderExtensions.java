package io.github.nvfetch.core.internal.nifti;

import io.github.nvfetch.core.volume.VolumeFormatException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A NIfTI file's header extensions, as nibabel reads and writes them: read (when the flag after the
 * header says so) from the bytes between the header and {@code vox_offset}, each one's content kept
 * with its trailing NUL bytes stripped; written back after a {@code 1 0 0 0} flag as {@code esize,
 * ecode, content}, zero-padded to a multiple of 16 bytes, in the header's byte order. nilearn's
 * resampled image copies the source header, extensions included, so a resampled file carries the
 * source's extensions.
 */
final class HeaderExtensions {

  static final HeaderExtensions NONE = new HeaderExtensions(List.of());

  /** The most extension bytes a file may carry (more is refused, not kept partly). */
  static final int MAX_BYTES = 64 * 1024 * 1024;

  private final List<Extension> extensions;

  private HeaderExtensions(List<Extension> extensions) {
    this.extensions = extensions;
  }

  /**
   * Parses the bytes that follow the header up to {@code vox_offset} (the 4-byte flag first).
   *
   * @throws VolumeFormatException when an extension's size is impossible (below 8 bytes, or
   *     reaching past {@code vox_offset}); nibabel refuses such files too
   */
  static HeaderExtensions parse(byte[] afterHeader, ByteOrder order) {
    if (afterHeader.length < 4 || afterHeader[0] == 0) {
      return NONE;
    }
    ByteBuffer buffer = ByteBuffer.wrap(afterHeader).order(order);
    List<Extension> out = new ArrayList<>();
    int at = 4;
    while (afterHeader.length - at >= 16) {
      int esize = buffer.getInt(at);
      int ecode = buffer.getInt(at + 4);
      if (esize < 8 || esize > afterHeader.length - at) {
        throw new VolumeFormatException(
            "bad NIfTI header extension at byte "
                + at
                + " (esize "
                + esize
                + ", "
                + (afterHeader.length - at)
                + " bytes before the data)");
      }
      int end = at + esize;
      while (end > at + 8 && afterHeader[end - 1] == 0) {
        end--;
      }
      out.add(new Extension(ecode, Arrays.copyOfRange(afterHeader, at + 8, end)));
      at += esize;
    }
    return out.isEmpty() ? NONE : new HeaderExtensions(List.copyOf(out));
  }

  /** The bytes the extensions take after the 4-byte flag (0 without extensions). */
  int sizeOnDisk() {
    int size = 0;
    for (Extension extension : extensions) {
      size += extension.sizeOnDisk();
    }
    return size;
  }

  /** The flag and the extensions, as nibabel writes them after a single file's header. */
  byte[] toBytes(ByteOrder order) {
    ByteBuffer out = ByteBuffer.allocate(4 + sizeOnDisk()).order(order);
    if (extensions.isEmpty()) {
      return out.array();
    }
    out.put(0, (byte) 1);
    int at = 4;
    for (Extension extension : extensions) {
      out.putInt(at, extension.sizeOnDisk());
      out.putInt(at + 4, extension.code);
      out.put(at + 8, extension.content);
      at += extension.sizeOnDisk();
    }
    return out.array();
  }

  private static final class Extension {
    final int code;
    final byte[] content;

    Extension(int code, byte[] content) {
      this.code = code;
      this.content = content;
    }

    int sizeOnDisk() {
      int size = 8 + content.length;
      return size % 16 == 0 ? size : size + 16 - size % 16;
    }
  }
}
