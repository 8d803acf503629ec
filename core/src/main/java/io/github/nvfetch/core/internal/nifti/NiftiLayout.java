package io.github.nvfetch.core.internal.nifti;

/**
 * Byte offsets of the header fields of NIfTI-1 (348 bytes) and NIfTI-2 (540 bytes), and the size of
 * each numeric field: NIfTI-2 widens dims and offsets to 64-bit integers and floats to doubles.
 */
enum NiftiLayout {
  NIFTI1(348, 352, 2, 4, 40, 70, 72, 76, 108, 112, 116, 124, 128, 252, 254, 256, 268, 280, 344),
  NIFTI2(540, 544, 8, 8, 16, 12, 14, 104, 168, 176, 184, 192, 200, 344, 348, 352, 376, 400, 4);

  final int headerSize;
  final int minVoxOffset;
  final int intSize;
  final int floatSize;
  final int dim;
  final int datatype;
  final int bitpix;
  final int pixdim;
  final int voxOffset;
  final int sclSlope;
  final int sclInter;
  final int calMax;
  final int calMin;
  final int qformCode;
  final int sformCode;
  final int quatern;
  final int qoffset;
  final int srow;
  final int magic;

  NiftiLayout(
      int headerSize,
      int minVoxOffset,
      int intSize,
      int floatSize,
      int dim,
      int datatype,
      int bitpix,
      int pixdim,
      int voxOffset,
      int sclSlope,
      int sclInter,
      int calMax,
      int calMin,
      int qformCode,
      int sformCode,
      int quatern,
      int qoffset,
      int srow,
      int magic) {
    this.headerSize = headerSize;
    this.minVoxOffset = minVoxOffset;
    this.intSize = intSize;
    this.floatSize = floatSize;
    this.dim = dim;
    this.datatype = datatype;
    this.bitpix = bitpix;
    this.pixdim = pixdim;
    this.voxOffset = voxOffset;
    this.sclSlope = sclSlope;
    this.sclInter = sclInter;
    this.calMax = calMax;
    this.calMin = calMin;
    this.qformCode = qformCode;
    this.sformCode = sformCode;
    this.quatern = quatern;
    this.qoffset = qoffset;
    this.srow = srow;
    this.magic = magic;
  }

  /** Offset of NIfTI-1's {@code glmax} (int32); NIfTI-2 has none. */
  static final int NIFTI1_GLMAX = 140;
}
