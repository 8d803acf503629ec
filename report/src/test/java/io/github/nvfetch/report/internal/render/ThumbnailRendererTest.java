package io.github.nvfetch.report.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.volume.Volume;
import io.github.nvfetch.report.Thumbnail;
import io.github.nvfetch.report.internal.projection.GlassBrain;
import io.github.nvfetch.report.internal.projection.ThumbnailLayout;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file written by the core codec renders through it, its blob at the expected pixels. */
class ThumbnailRendererTest {

  @TempDir Path dir;

  @Test
  void aThreeMillimetreFileRendersItsBlobAtItsMniPixels() throws IOException {
    int[] shape = {53, 63, 52};
    double[][] affine = {{3, 0, 0, -78}, {0, 3, 0, -112}, {0, 0, 3, -70}, {0, 0, 0, 1}};
    float[] values = new float[53 * 63 * 52];
    values[36 + 53 * (30 + 63 * 36)] = 7f; // x 30, y -22, z 38: canvas cell (60, 52, 55)
    Path file = dir.resolve("image_5.nii.gz");
    Volume.ofFloats(shape, affine, values).writeNiftiGz(file);

    Thumbnail thumbnail =
        new ThumbnailRenderer(dir.resolve("png"), new GlassBrain(new ThumbnailLayout(1), 95))
            .render(5, file);

    Path png = thumbnail.file().orElseThrow(() -> new AssertionError(thumbnail.problem()));
    assertEquals(dir.resolve("png/image_5.png"), png);
    assertEquals(7, thumbnail.max(), 1e-6);
    BufferedImage image = ImageIO.read(png.toFile());
    int strongest = 0xff7f0000; // the sequential map's darkest colour
    assertEquals(strongest, image.getRGB(52, 9 + 35), "sagittal");
    assertEquals(strongest, image.getRGB(113 + 60, 9 + 35), "coronal");
    assertEquals(strongest, image.getRGB(208 + 60, 56), "axial");
  }

  @Test
  void aFileThatIsNotAVolumeGivesAReasonNotAnException() throws IOException {
    Path file = Files.write(dir.resolve("image_6.nii.gz"), new byte[] {0x1f, (byte) 0x8b, 1});
    Thumbnail thumbnail = new ThumbnailRenderer(dir, GlassBrain.standard()).render(6, file);
    assertTrue(thumbnail.file().isEmpty());
    assertTrue(!thumbnail.problem().orElseThrow().isBlank());
  }
}
