package io.github.nvfetch.testkit.internal.corpus;

import io.github.nvfetch.testkit.VolumeVariant;
import io.github.nvfetch.testkit.internal.nifti.NiftiImage;
import io.github.nvfetch.testkit.internal.nifti.NiftiWriter;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The files of a {@link io.github.nvfetch.testkit.VolumeMix#VARIED} corpus: a pure function of
 * (seed, image id, listing position). Sizes come from the plan alone (stored gzip); a file is
 * generated when served (tens of milliseconds for a 2 mm map) and the last few are kept, so memory
 * stays bounded. Thread-safe.
 */
public final class VariedVolumes {

  private static final VolumeVariant[] VARIANTS = VolumeVariant.values();
  private static final Weighted<VolumeVariant> DRAWN = drawn();
  private static final int CACHED_FILES = 4;

  private final long seed;
  private final CorpusLayout layout;
  private final Map<Long, byte[]> recent =
      new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, byte[]> eldest) {
          return size() > CACHED_FILES;
        }
      };

  /** Creates the generator of a corpus. */
  public VariedVolumes(long seed, CorpusLayout layout) {
    this.seed = seed;
    this.layout = layout;
  }

  /** The variant of the image at a slot. */
  public VolumeVariant variant(ImageSlot slot) {
    long ordinal = listingOrdinal(slot);
    if (ordinal >= 0 && ordinal < VARIANTS.length) {
      return VARIANTS[(int) ordinal];
    }
    return DRAWN.draw(
        Rng.of(seed, Salt.VOLUME_VARIANT, layout.imageId(slot.position(), slot.index())));
  }

  /** The plan of the image at a slot. */
  public VolumePlan plan(ImageSlot slot) {
    long id = layout.imageId(slot.position(), slot.index());
    Rng rng = Rng.of(seed, Salt.VOXELS, id);
    return VolumePlan.of(
        variant(slot), rng, new BrainField(rng), "nvfetch replica image " + id + " seed " + seed);
  }

  /** The size of the file of the image at a slot, without generating it. */
  public long size(ImageSlot slot) {
    return Gzip.storedSize(plan(slot).image().byteCount());
  }

  /** The gzip file of the image at a slot. */
  public byte[] file(ImageSlot slot) {
    long id = layout.imageId(slot.position(), slot.index());
    synchronized (recent) {
      byte[] cached = recent.get(id);
      if (cached != null) {
        return cached;
      }
    }
    Rng rng = Rng.of(seed, Salt.VOXELS, id);
    BrainField field = new BrainField(rng);
    VolumePlan plan =
        VolumePlan.of(variant(slot), rng, field, "nvfetch replica image " + id + " seed " + seed);
    byte[] file = Gzip.stored(voxels(plan, field, rng).array());
    synchronized (recent) {
      recent.put(id, file);
    }
    return file;
  }

  private static ByteBuffer voxels(VolumePlan plan, BrainField field, Rng rng) {
    NiftiImage image = plan.image();
    ByteBuffer out = NiftiWriter.start(image);
    int[] d = image.dims();
    double[][] a = plan.contentAffine();
    for (int t = 0; t < image.volumes(); t++) {
      double gain = 1 - 0.3 * t;
      for (int k = 0; k < d[2]; k++) {
        for (int j = 0; j < d[1]; j++) {
          for (int i = 0; i < d[0]; i++) {
            double x = a[0][0] * i + a[0][1] * j + a[0][2] * k + a[0][3];
            double y = a[1][0] * i + a[1][1] * j + a[1][2] * k + a[1][3];
            double z = a[2][0] * i + a[2][1] * j + a[2][2] * k + a[2][3];
            image
                .datatype()
                .put(out, stored(image, value(plan.variant(), field, rng, x, y, z, gain)));
          }
        }
      }
    }
    return out;
  }

  private static double value(
      VolumeVariant variant, BrainField field, Rng rng, double x, double y, double z, double gain) {
    boolean nan = variant == VolumeVariant.MNI_2MM_FLOAT32_NAN;
    if (!field.inBrain(x, y, z)) {
      return nan ? Double.NaN : 0;
    }
    if (variant == VolumeVariant.MNI_2MM_UINT8_LABELS) {
      return field.label(x, y, z);
    }
    if (nan && field.inNanBall(x, y, z)) {
      return Double.NaN;
    }
    double v = field.sample(rng, x, y, z, gain);
    return variant == VolumeVariant.MNI_3MM_FLOAT64 ? v : Math.round(v * 1024) / 1024.0;
  }

  private static double stored(NiftiImage image, double value) {
    return image.scaled() ? (value - image.sclInter()) / image.sclSlope() : value;
  }

  private long listingOrdinal(ImageSlot slot) {
    ListIndex listing = layout.index(false);
    int i = listing.indexOfPosition(slot.position());
    return i < 0 ? -1 : listing.firstImageOffset(i) + slot.index();
  }

  private static Weighted<VolumeVariant> drawn() {
    Object[] pairs =
        Arrays.stream(VARIANTS)
            .filter(v -> v.weight() > 0)
            .flatMap(v -> Arrays.stream(new Object[] {v, v.weight()}))
            .toArray();
    return Weighted.of(pairs);
  }
}
