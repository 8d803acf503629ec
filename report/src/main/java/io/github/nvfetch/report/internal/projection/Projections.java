package io.github.nvfetch.report.internal.projection;

import java.util.EnumMap;
import java.util.Map;

/**
 * The three maximum-intensity projections of one volume on the {@link MniCanvas}, computed by
 * sampling the volume (nearest voxel, through the inverse affine) at every canvas cell.
 */
public final class Projections {

  private final Map<View, Projection> views;

  private Projections(Map<View, Projection> views) {
    this.views = views;
  }

  /** Projects a volume; cells outside the volume and {@code NaN} voxels contribute nothing. */
  public static Projections of(VoxelSource volume) {
    Map<View, Projection> views = new EnumMap<>(View.class);
    for (View view : View.values()) {
      views.put(view, new Projection(view));
    }
    new Sampler(volume, views).run();
    return new Projections(views);
  }

  /** One view. */
  public Projection view(View view) {
    return views.get(view);
  }

  /** Walks the canvas cell by cell, x fastest, stepping voxel coordinates incrementally. */
  private static final class Sampler {

    private final VoxelSource volume;
    private final Affine toVoxel;
    private final Projection sagittal;
    private final Projection coronal;
    private final Projection axial;

    Sampler(VoxelSource volume, Map<View, Projection> views) {
      this.volume = volume;
      this.toVoxel = volume.affine().inverse();
      this.sagittal = views.get(View.SAGITTAL);
      this.coronal = views.get(View.CORONAL);
      this.axial = views.get(View.AXIAL);
    }

    void run() {
      if (volume instanceof ArrayVolume array && axisAligned()) {
        runAligned(array.voxels());
        return;
      }
      double[] step = {
        toVoxel.get(0, 0) * MniCanvas.CELL_MM,
        toVoxel.get(1, 0) * MniCanvas.CELL_MM,
        toVoxel.get(2, 0) * MniCanvas.CELL_MM
      };
      for (int cz = 0; cz < MniCanvas.NZ; cz++) {
        for (int cy = 0; cy < MniCanvas.NY; cy++) {
          double[] start = voxelAt(MniCanvas.X_MIN, MniCanvas.y(cy), MniCanvas.z(cz));
          row(cy, cz, start, step);
        }
      }
    }

    /** Whether voxel axis i depends on world x only, j on y only, k on z only. */
    private boolean axisAligned() {
      for (int r = 0; r < 3; r++) {
        for (int c = 0; c < 3; c++) {
          if (r != c && toVoxel.get(r, c) != 0) {
            return false;
          }
        }
      }
      return true;
    }

    /**
     * The common case (no rotation, flips allowed): the voxel index along each axis depends on one
     * canvas axis only, so three small tables replace the per-cell arithmetic.
     */
    private void runAligned(float[] voxels) {
      int nx = volume.nx();
      int ny = volume.ny();
      int[] is = table(0, MniCanvas.NX, MniCanvas.X_MIN, nx, 1);
      int[] js = table(1, MniCanvas.NY, MniCanvas.Y_MIN, ny, nx);
      int[] ks = table(2, MniCanvas.NZ, MniCanvas.Z_MIN, volume.nz(), nx * ny);
      for (int cz = 0; cz < MniCanvas.NZ; cz++) {
        if (ks[cz] < 0) {
          continue;
        }
        int zRow = MniCanvas.NZ - 1 - cz;
        for (int cy = 0; cy < MniCanvas.NY; cy++) {
          if (js[cy] < 0) {
            continue;
          }
          int base = ks[cz] + js[cy];
          int yRow = MniCanvas.NY - 1 - cy;
          for (int cx = 0; cx < MniCanvas.NX; cx++) {
            if (is[cx] < 0) {
              continue;
            }
            float value = voxels[base + is[cx]];
            if (Float.isNaN(value) || Float.isInfinite(value)) {
              continue;
            }
            sagittal.offer(cy, zRow, value);
            coronal.offer(cx, zRow, value);
            axial.offer(cx, yRow, value);
          }
        }
      }
    }

    /** Voxel index times stride for each canvas cell along an axis, -1 outside the volume. */
    private int[] table(int axis, int cells, double worldMin, int voxelsAlong, int stride) {
      int[] table = new int[cells];
      for (int c = 0; c < cells; c++) {
        double world = worldMin + MniCanvas.CELL_MM * c;
        double v = toVoxel.get(axis, axis) * world + toVoxel.get(axis, 3);
        int index = (int) Math.floor(v + 0.5);
        table[c] = index < 0 || index >= voxelsAlong ? -1 : index * stride;
      }
      return table;
    }

    private void row(int cy, int cz, double[] start, double[] step) {
      int nx = volume.nx();
      int ny = volume.ny();
      int nz = volume.nz();
      int zRow = MniCanvas.NZ - 1 - cz;
      int yRow = MniCanvas.NY - 1 - cy;
      double vi = start[0] + 0.5;
      double vj = start[1] + 0.5;
      double vk = start[2] + 0.5;
      for (int cx = 0; cx < MniCanvas.NX; cx++, vi += step[0], vj += step[1], vk += step[2]) {
        int i = (int) Math.floor(vi);
        int j = (int) Math.floor(vj);
        int k = (int) Math.floor(vk);
        if (i < 0 || j < 0 || k < 0 || i >= nx || j >= ny || k >= nz) {
          continue;
        }
        float value = volume.value(i, j, k);
        if (Float.isNaN(value) || Float.isInfinite(value)) {
          continue;
        }
        sagittal.offer(cy, zRow, value);
        coronal.offer(cx, zRow, value);
        axial.offer(cx, yRow, value);
      }
    }

    private double[] voxelAt(double x, double y, double z) {
      return toVoxel.apply(x, y, z);
    }
  }
}
