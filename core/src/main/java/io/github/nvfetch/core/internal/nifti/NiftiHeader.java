package io.github.nvfetch.core.internal.nifti;

import io.github.nvfetch.core.volume.VolumeFormatException;
import io.github.nvfetch.core.volume.VoxelType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A parsed single-file NIfTI-1 or NIfTI-2 header, with the fixes nibabel applies when it loads one
 * ({@code check_fix}): zero spatial pixdims become 1, negative ones their absolute value, a qfac
 * other than +-1 becomes 1, unknown xform codes become 0. Problems nibabel refuses (bad magic, a
 * data offset inside the header, an unsupported datatype, a finite slope with a non-finite
 * intercept) are {@link VolumeFormatException}s.
 */
public final class NiftiHeader {

  private static final int MAX_XFORM_CODE = 5;

  private final HeaderFields fields;
  private final int[] shape;
  private final VoxelType storedType;
  private final long voxOffset;
  private final boolean scaled;
  private final double slope;
  private final double inter;
  private final HeaderExtensions extensions;

  private NiftiHeader(HeaderFields fields) {
    this.fields = fields;
    this.extensions = HeaderExtensions.NONE;
    applyNibabelFixes(fields);
    this.shape = readShape(fields);
    this.storedType = readType(fields);
    this.voxOffset = readVoxOffset(fields);
    double rawSlope = fields.sclSlope();
    double rawInter = fields.sclInter();
    boolean noScaling = rawSlope == 0 || !Double.isFinite(rawSlope);
    if (!noScaling && !Double.isFinite(rawInter)) {
      throw new VolumeFormatException(
          "valid scl_slope " + rawSlope + " but invalid scl_inter " + rawInter);
    }
    this.scaled = !noScaling && !(rawSlope == 1 && rawInter == 0);
    this.slope = scaled ? rawSlope : 1;
    this.inter = scaled ? rawInter : 0;
  }

  private NiftiHeader(NiftiHeader header, HeaderExtensions extensions) {
    this.fields = header.fields;
    this.shape = header.shape;
    this.storedType = header.storedType;
    this.voxOffset = header.voxOffset;
    this.scaled = header.scaled;
    this.slope = header.slope;
    this.inter = header.inter;
    this.extensions = extensions;
  }

  /** This header with the extensions read after it. */
  NiftiHeader withExtensions(HeaderExtensions newExtensions) {
    return new NiftiHeader(this, newExtensions);
  }

  /** The header extensions (none unless the reader found some). */
  HeaderExtensions extensions() {
    return extensions;
  }

  /** The size of the header that starts with these four bytes, or -1 when it is not NIfTI. */
  static int headerSize(byte[] first4) {
    int little = ByteBuffer.wrap(first4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    int big = ByteBuffer.wrap(first4).order(ByteOrder.BIG_ENDIAN).getInt();
    for (NiftiLayout layout : NiftiLayout.values()) {
      if (little == layout.headerSize || big == layout.headerSize) {
        return layout.headerSize;
      }
    }
    return -1;
  }

  /**
   * Parses a whole header (its first {@code sizeof_hdr} bytes).
   *
   * @throws VolumeFormatException when it is not a supported single-file NIfTI header
   */
  static NiftiHeader parse(byte[] header) {
    ByteBuffer buffer = ByteBuffer.wrap(header.clone()).order(ByteOrder.LITTLE_ENDIAN);
    int size = buffer.getInt(0);
    if (size != 348 && size != 540) {
      buffer.order(ByteOrder.BIG_ENDIAN);
      size = buffer.getInt(0);
    }
    NiftiLayout layout = size == 348 ? NiftiLayout.NIFTI1 : NiftiLayout.NIFTI2;
    if (header.length != layout.headerSize) {
      throw new VolumeFormatException("not a NIfTI header (sizeof_hdr " + size + ")");
    }
    String magic = new String(header, layout.magic, 4, StandardCharsets.ISO_8859_1);
    String single = layout == NiftiLayout.NIFTI1 ? "n+1\0" : "n+2\0";
    if (magic.equals("ni1\0") || magic.equals("ni2\0")) {
      throw new VolumeFormatException(
          "a NIfTI pair header (.hdr/.img) is not supported, only" + " single files");
    }
    if (!magic.equals(single)) {
      throw new VolumeFormatException("bad NIfTI magic \"" + printable(magic) + "\"");
    }
    return new NiftiHeader(new HeaderFields(layout, buffer));
  }

  private static String printable(String magic) {
    return magic.replaceAll("[^\\x20-\\x7e]", "?");
  }

  private static void applyNibabelFixes(HeaderFields fields) {
    for (int i = 1; i <= 3; i++) {
      double pixdim = fields.pixdim(i);
      if (pixdim == 0) {
        fields.setPixdim(i, 1);
      } else if (pixdim < 0) {
        fields.setPixdim(i, Math.abs(pixdim));
      }
    }
    double qfac = fields.pixdim(0);
    if (qfac != 1 && qfac != -1) {
      fields.setPixdim(0, 1);
    }
    int qform = fields.qformCode();
    int sform = fields.sformCode();
    fields.setCodes(
        qform < 0 || qform > MAX_XFORM_CODE ? 0 : qform,
        sform < 0 || sform > MAX_XFORM_CODE ? 0 : sform);
  }

  private static int[] readShape(HeaderFields fields) {
    long ndim = fields.dim(0);
    if (ndim < 1 || ndim > 7) {
      throw new VolumeFormatException("dim[0] must be 1 to 7, got " + ndim);
    }
    int rank = (int) ndim;
    while (rank > 4 && fields.dim(rank) == 1) {
      rank--;
    }
    if (rank < 3 || rank > 4) {
      throw new VolumeFormatException(
          "only 3-D and 4-D volumes are supported, got " + ndim + " dimensions");
    }
    int[] shape = new int[rank];
    long count = 1;
    for (int i = 0; i < rank; i++) {
      long dim = fields.dim(i + 1);
      if (dim < 1 || dim > Integer.MAX_VALUE) {
        throw new VolumeFormatException("dim[" + (i + 1) + "] must be positive, got " + dim);
      }
      shape[i] = (int) dim;
      count *= dim;
      if (count > Integer.MAX_VALUE - 8) {
        throw new VolumeFormatException("volume too large: more than 2^31 voxels");
      }
    }
    return shape;
  }

  private static VoxelType readType(HeaderFields fields) {
    int code = fields.datatype();
    VoxelType type = VoxelType.ofNiftiCode(code);
    if (type == null) {
      throw new VolumeFormatException(
          "unsupported NIfTI datatype "
              + code
              + " ("
              + datatypeName(code)
              + "); supported: uint8, int8, int16, uint16, int32, uint32,"
              + " int64, float32, float64");
    }
    return type;
  }

  private static String datatypeName(int code) {
    switch (code) {
      case 32:
        return "complex64";
      case 128:
        return "RGB";
      case 1280:
        return "uint64";
      case 1536:
        return "float128";
      case 1792:
        return "complex128";
      case 2048:
        return "complex256";
      case 2304:
        return "RGBA";
      default:
        return "unknown";
    }
  }

  private static long readVoxOffset(HeaderFields fields) {
    double offset = fields.voxOffset();
    if (!Double.isFinite(offset) || offset < 0 || offset > Integer.MAX_VALUE) {
      throw new VolumeFormatException("bad vox_offset " + offset);
    }
    long whole = (long) offset;
    if (whole == 0) {
      return fields.layout.minVoxOffset;
    }
    if (whole < fields.layout.minVoxOffset) {
      throw new VolumeFormatException(
          "vox_offset "
              + whole
              + " too low for a single file (at"
              + " least "
              + fields.layout.minVoxOffset
              + ")");
    }
    return whole;
  }

  /** The shape (3 or 4 dimensions). */
  int[] shape() {
    return shape.clone();
  }

  /** The on-disk voxel type. */
  public VoxelType storedType() {
    return storedType;
  }

  /** Where the voxels start. */
  long voxOffset() {
    return voxOffset;
  }

  /** The byte order of the header (and of the voxels). */
  public ByteOrder order() {
    return fields.bytes.order();
  }

  /** Whether nibabel scales the data on read (then it is float64 in memory). */
  boolean scaled() {
    return scaled;
  }

  double slope() {
    return slope;
  }

  double inter() {
    return inter;
  }

  /** The header fields (a private copy the caller may change). */
  HeaderFields fieldsCopy() {
    return fields.copy();
  }

  /** nibabel's {@code get_best_affine}. */
  double[][] bestAffine() {
    return NiftiAffine.best(fields, shape);
  }
}
