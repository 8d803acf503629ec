package io.github.nvfetch.report.internal.render;

import io.github.nvfetch.core.volume.Volume;
import io.github.nvfetch.core.volume.VolumeFormatException;
import io.github.nvfetch.report.Thumbnail;
import io.github.nvfetch.report.internal.projection.GlassBrain;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads one image file with the core {@link Volume} codec, renders the glass brain of its first
 * volume and writes {@code image_<id>.png} into a folder. Never throws for a bad image: an
 * unreadable volume gives a {@link Thumbnail} with a problem. Blocking I/O and CPU work; holds one
 * volume (and a float copy of its first 3-D volume) in memory at a time.
 */
public final class ThumbnailRenderer {

  private final Path folder;
  private final GlassBrain glassBrain;

  /** A renderer writing into a folder. */
  public ThumbnailRenderer(Path folder, GlassBrain glassBrain) {
    this.folder = folder;
    this.glassBrain = glassBrain;
  }

  /** The PNG file name of an image. */
  public static String fileName(long imageId) {
    return "image_" + imageId + ".png";
  }

  /** Renders one image. */
  public Thumbnail render(long imageId, Path niftiFile) {
    GlassBrain.Rendered rendered;
    try {
      rendered = glassBrain.render(VolumeVoxels.firstVolume(Volume.read(niftiFile)));
    } catch (VolumeFormatException e) {
      return Thumbnail.failed(imageId, e.getMessage());
    } catch (IOException e) {
      return Thumbnail.failed(imageId, "cannot read " + niftiFile.getFileName() + ": " + e);
    } catch (RuntimeException e) {
      return Thumbnail.failed(imageId, "cannot render: " + e);
    }
    Path png = folder.resolve(fileName(imageId));
    try {
      AtomicWrite.write(png, rendered.png());
    } catch (IOException e) {
      return Thumbnail.failed(imageId, "cannot write " + png + ": " + e.getMessage());
    }
    return Thumbnail.rendered(
        imageId,
        png,
        rendered.range().threshold(),
        rendered.range().max(),
        rendered.range().signed());
  }
}
