package io.github.nvfetch.core.internal.resample;

/**
 * scipy's {@code affine_transform(input, A, offset=b, output_shape, order, mode="constant",
 * cval=0)} on one 3-D volume whose values (spline coefficients for order 3) are given: the {@code
 * zoom_shift} path when {@code A} is diagonal ({@code cc = (k + b/a) * a}), else the general path
 * ({@code cc = b + sum k_l * A[h][l]}); the sum over the taps in C order, each value multiplied by
 * the axis 0, 1, 2 weights in turn.
 */
final class AffineSampler {

  private final double[][] matrix;
  private final double[] offset;
  private final boolean diagonal;
  private final int[] inShape;
  private final int[] outShape;
  private final int order;

  AffineSampler(double[][] pull, int[] inShape, int[] outShape, int order) {
    this.matrix = new double[3][3];
    this.offset = new double[3];
    boolean isDiagonal = true;
    for (int h = 0; h < 3; h++) {
      for (int l = 0; l < 3; l++) {
        matrix[h][l] = pull[h][l];
        if (h != l && pull[h][l] != 0) {
          isDiagonal = false;
        }
      }
      offset[h] = pull[h][3];
    }
    this.diagonal = isDiagonal;
    this.inShape = inShape;
    this.outShape = outShape;
    this.order = order;
  }

  /** The same geometry with another spline order. */
  AffineSampler withOrder(int newOrder) {
    double[][] pull = new double[3][4];
    for (int h = 0; h < 3; h++) {
      System.arraycopy(matrix[h], 0, pull[h], 0, 3);
      pull[h][3] = offset[h];
    }
    return new AffineSampler(pull, inShape, outShape, newOrder);
  }

  /**
   * Nearest-neighbour (order 0) lookup: per output voxel in NIfTI order, the flat index of the
   * source voxel scipy's order-0 sampling reads (same coordinates, same half-up rounding), or -1
   * when the coordinate is outside the source (the voxel gets the fill value).
   */
  int[] nearestIndices() {
    if (order != 0) {
      return withOrder(0).nearestIndices();
    }
    int nx = outShape[0];
    int ny = outShape[1];
    int[] out = new int[nx * ny * outShape[2]];
    if (diagonal) {
      AxisTable[] tables = zoomTables();
      int[] xs = axisOffsets(tables[0], 1);
      int[] ys = axisOffsets(tables[1], inShape[0]);
      int[] zs = axisOffsets(tables[2], inShape[0] * inShape[1]);
      int at = 0;
      for (int z = 0; z < outShape[2]; z++) {
        for (int y = 0; y < ny; y++) {
          int yz = ys[y] < 0 || zs[z] < 0 ? -1 : ys[y] + zs[z];
          for (int x = 0; x < nx; x++, at++) {
            out[at] = yz < 0 || xs[x] < 0 ? -1 : yz + xs[x];
          }
        }
      }
      return out;
    }
    int[][] index = new int[3][1];
    double[] weight = new double[1];
    double[] cc = new double[3];
    int at = 0;
    for (int z = 0; z < outShape[2]; z++) {
      for (int y = 0; y < ny; y++) {
        for (int x = 0; x < nx; x++, at++) {
          general(x, y, z, cc);
          boolean inside =
              AxisTaps.taps(cc[0], inShape[0], 0, index[0], weight)
                  && AxisTaps.taps(cc[1], inShape[1], 0, index[1], weight)
                  && AxisTaps.taps(cc[2], inShape[2], 0, index[2], weight);
          out[at] =
              inside ? index[0][0] + inShape[0] * (index[1][0] + inShape[1] * index[2][0]) : -1;
        }
      }
    }
    return out;
  }

  private static int[] axisOffsets(AxisTable table, int stride) {
    int[] offsets = new int[table.valid.length];
    for (int k = 0; k < offsets.length; k++) {
      offsets[k] = table.valid[k] ? table.index[k][0] * stride : -1;
    }
    return offsets;
  }

  /** A value per output voxel, handed to {@code sink} with its flat output index. */
  interface Sink {
    void accept(int index, double value);
  }

  /** Samples {@code values} onto the output grid. */
  void sample(double[] values, Sink sink) {
    int taps = order + 1;
    int[][] index = new int[3][taps];
    double[][] weight = new double[3][taps];
    AxisTable[] tables = diagonal ? zoomTables() : null;
    double[] cc = new double[3];
    int nx = outShape[0];
    int ny = outShape[1];
    for (int z = 0; z < outShape[2]; z++) {
      for (int y = 0; y < ny; y++) {
        for (int x = 0; x < nx; x++) {
          int out = x + nx * (y + ny * z);
          boolean inside;
          if (diagonal) {
            inside = tables[0].valid[x] && tables[1].valid[y] && tables[2].valid[z];
            if (inside) {
              index[0] = tables[0].index[x];
              weight[0] = tables[0].weight[x];
              index[1] = tables[1].index[y];
              weight[1] = tables[1].weight[y];
              index[2] = tables[2].index[z];
              weight[2] = tables[2].weight[z];
            }
          } else {
            general(x, y, z, cc);
            inside =
                AxisTaps.taps(cc[0], inShape[0], order, index[0], weight[0])
                    && AxisTaps.taps(cc[1], inShape[1], order, index[1], weight[1])
                    && AxisTaps.taps(cc[2], inShape[2], order, index[2], weight[2]);
          }
          sink.accept(out, inside ? sum(values, index, weight, taps) : 0.0);
        }
      }
    }
  }

  private void general(int x, int y, int z, double[] cc) {
    for (int h = 0; h < 3; h++) {
      double t = offset[h];
      t += x * matrix[h][0];
      t += y * matrix[h][1];
      t += z * matrix[h][2];
      cc[h] = t;
    }
  }

  private double sum(double[] values, int[][] index, double[][] weight, int taps) {
    int sx = inShape[0];
    int sxy = inShape[0] * inShape[1];
    double t = 0.0;
    for (int a = 0; a < taps; a++) {
      int ia = index[0][a];
      for (int b = 0; b < taps; b++) {
        int ib = ia + sx * index[1][b];
        for (int c = 0; c < taps; c++) {
          double coeff = values[ib + sxy * index[2][c]];
          if (order > 0) {
            coeff *= weight[0][a];
            coeff *= weight[1][b];
            coeff *= weight[2][c];
          }
          t += coeff;
        }
      }
    }
    return t;
  }

  private AxisTable[] zoomTables() {
    AxisTable[] tables = new AxisTable[3];
    for (int axis = 0; axis < 3; axis++) {
      double zoom = matrix[axis][axis];
      double shift = offset[axis] / zoom;
      AxisTable table = new AxisTable(outShape[axis], order + 1);
      for (int k = 0; k < outShape[axis]; k++) {
        double cc = k;
        cc += shift;
        cc *= zoom;
        table.valid[k] = AxisTaps.taps(cc, inShape[axis], order, table.index[k], table.weight[k]);
      }
      tables[axis] = table;
    }
    return tables;
  }

  private static final class AxisTable {
    final boolean[] valid;
    final int[][] index;
    final double[][] weight;

    AxisTable(int length, int taps) {
      valid = new boolean[length];
      index = new int[length][taps];
      weight = new double[length][taps];
    }
  }

  /** A sink storing each value into {@code out} at its output index. */
  static Sink into(double[] out) {
    return (index, value) -> out[index] = value;
  }
}
