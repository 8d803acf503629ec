package io.github.nvfetch.testkit.internal.corpus;

import io.github.nvfetch.testkit.FileStatus;

/**
 * Generates image files. Tiny files are one stored gzip member (header + a small grid). Realistic
 * files are a per-image stored member (header + first slice) followed by one deflated member
 * holding the other 90 slices, generated once per corpus and shared by every image. Varied files
 * ({@link VariedVolumes}) are one stored member each. Sizes are known without generating anything.
 */
public final class FileStore {

  private static final int SLICE_BYTES = Volumes.MNI_DIMS[0] * Volumes.MNI_DIMS[1] * 4;

  private final long seed;
  private final boolean realistic;
  private final byte[] sharedBulk;
  private final VariedVolumes varied;

  /**
   * Creates the store (and, for realistic files, generates the shared bulk member: a fraction of a
   * second).
   *
   * @param seed the corpus seed
   * @param realistic whether files are realistic-size
   * @param varied the generator of varied files, or null for uniform ones
   */
  public FileStore(long seed, boolean realistic, VariedVolumes varied) {
    this.seed = seed;
    this.realistic = realistic;
    this.varied = varied;
    this.sharedBulk =
        realistic
            ? Gzip.deflated(
                Volumes.slices(
                    Rng.of(seed, Salt.VOXELS, -1), Volumes.MNI_DIMS, 1, Volumes.MNI_DIMS[2]),
                6)
            : null;
  }

  /** The served size of an image's regular file: {@code file_size} (0 when missing). */
  public long size(ImageTraits t) {
    if (t.fileStatus() == FileStatus.MISSING) {
      return 0;
    }
    if (varied != null) {
      return varied.size(slot(t));
    }
    if (realistic) {
      return Gzip.storedSize(NiftiHeader.VOX_OFFSET + SLICE_BYTES) + sharedBulk.length;
    }
    int[] d = Volumes.tinyDims(seed, t.imageId());
    return Gzip.storedSize(NiftiHeader.VOX_OFFSET + 4L * d[0] * d[1] * d[2]);
  }

  /** The served body of an image's regular file, or null when missing. */
  public FileBody body(ImageTraits t) {
    if (t.fileStatus() == FileStatus.MISSING) {
      return null;
    }
    FileBody body =
        varied != null
            ? FileBody.of(varied.file(slot(t)))
            : realistic ? realisticBody(t.imageId()) : FileBody.of(tiny(t.imageId()));
    return t.fileStatus() == FileStatus.CORRUPT ? corrupt(body) : body;
  }

  /** A valid tiny file for an image id. */
  public byte[] tiny(long imageId) {
    int[] dims = Volumes.tinyDims(seed, imageId);
    byte[] header =
        NiftiHeader.write(
            dims, Volumes.TINY_VOXEL, Volumes.tinyOrigin(dims), new float[2], description(imageId));
    byte[] voxels = Volumes.slices(Rng.of(seed, Salt.VOXELS, imageId), dims, 0, dims[2]);
    return Gzip.stored(concat(header, voxels));
  }

  private static ImageSlot slot(ImageTraits t) {
    return new ImageSlot(t.collection().position(), t.index());
  }

  private FileBody realisticBody(long imageId) {
    byte[] header =
        NiftiHeader.write(
            Volumes.MNI_DIMS, 2f, Volumes.MNI_ORIGIN, new float[2], description(imageId));
    byte[] slice0 = Volumes.slices(Rng.of(seed, Salt.VOXELS, imageId), Volumes.MNI_DIMS, 0, 1);
    return FileBody.of(Gzip.stored(concat(header, slice0)), sharedBulk);
  }

  /** Breaks the first stored block's length check: the bytes start like gzip but do not inflate. */
  private static FileBody corrupt(FileBody body) {
    byte[] first = body.segments().get(0).clone();
    first[13] = first[11];
    first[14] = first[12];
    return body.segments().size() == 1
        ? FileBody.of(first)
        : FileBody.of(first, body.segments().get(1));
  }

  private String description(long imageId) {
    return "nvfetch replica image " + imageId + " seed " + seed;
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
