package io.github.nvfetch.report.internal.projection;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Renders one volume as a glass-brain thumbnail: projections on the MNI canvas, the display range
 * from a percentile threshold, painted and encoded as PNG.
 *
 * @param layout the thumbnail layout
 * @param percentile the threshold percentile of nonzero magnitudes
 */
public record GlassBrain(ThumbnailLayout layout, double percentile) {

  /** The default: 2 pixels per 2 mm cell, {@link DisplayRange#DEFAULT_PERCENTILE}. */
  public static GlassBrain standard() {
    return new GlassBrain(new ThumbnailLayout(2), DisplayRange.DEFAULT_PERCENTILE);
  }

  /**
   * A rendered thumbnail.
   *
   * @param png the PNG bytes
   * @param range how the values were shown
   * @param width the image width in pixels
   * @param height the image height in pixels
   */
  public record Rendered(byte[] png, DisplayRange range, int width, int height) {}

  /** Renders a volume (CPU only, no I/O). */
  public Rendered render(VoxelSource volume) {
    DisplayRange range = DisplayRange.of(volume, percentile);
    BufferedImage image = new GlassBrainPainter(layout).paint(Projections.of(volume), range);
    return new Rendered(png(image), range, image.getWidth(), image.getHeight());
  }

  private static byte[] png(BufferedImage image) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
    try {
      if (!ImageIO.write(image, "png", out)) {
        throw new IllegalStateException("no PNG writer in this JDK");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
