package io.github.nvfetch.report.internal.projection;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Renders one volume as a glass-brain thumbnail: projections on the MNI canvas, the display range
 * from a percentile threshold, painted and encoded as PNG.
 *
 * @param layout the thumbnail layout
 * @param percentile the threshold percentile of nonzero magnitudes
 */
public record GlassBrain(ThumbnailLayout layout, double percentile) {

  /** The JDK writer's quality: 0.75 is deflate level 2 (level = 9 * (1 - quality)). */
  private static final float PNG_QUALITY = 0.75f;

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
    return new Rendered(encodePng(image), range, image.getWidth(), image.getHeight());
  }

  /** Encodes PNG with a light deflate level: thumbnails are small, speed matters more. */
  public static byte[] encodePng(BufferedImage image) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
      ImageWriteParam param = writer.getDefaultWriteParam();
      if (param.canWriteCompressed()) {
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(PNG_QUALITY);
      }
      writer.setOutput(stream);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }
}
