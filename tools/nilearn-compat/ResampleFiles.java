import io.github.nvfetch.core.volume.BoundingBoxException;
import io.github.nvfetch.core.volume.Interpolation;
import io.github.nvfetch.core.volume.Resampling;
import io.github.nvfetch.core.volume.Volume;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Resamples NIfTI files with neurovault-fetch's core ({@code Resampling.toStandardGrid}, then
 * {@code Volume.writeNiftiGz}), as the SDK does with {@code resample=true}; used by compat.py's
 * resampling check. Run as a single-file program with the CLI jar on the class path:
 *
 * <pre>java -cp examples/target/nvfetch.jar tools/nilearn-compat/ResampleFiles.java \
 *     OUT_DIR continuous,linear,nearest FILE...</pre>
 *
 * <p>Writes {@code OUT_DIR/<name>_<interpolation>.nii.gz} and prints one line per file and
 * interpolation: {@code ok <input> <interpolation> <output>} or
 * {@code error <input> <interpolation> <ExceptionClass>: <message>}.
 */
public final class ResampleFiles {

  private ResampleFiles() {}

  public static void main(String[] args) throws Exception {
    Path outDir = Path.of(args[0]);
    Files.createDirectories(outDir);
    String[] interpolations = args[1].split(",");
    for (int i = 2; i < args.length; i++) {
      Path input = Path.of(args[i]);
      String name = input.getFileName().toString().replaceFirst("\\.nii(\\.gz)?$", "");
      for (String interpolation : interpolations) {
        Path output = outDir.resolve(name + "_" + interpolation + ".nii.gz");
        try {
          Volume volume = Volume.read(input);
          Resampling.toStandardGrid(volume, Interpolation.ofNilearnName(interpolation))
              .writeNiftiGz(output);
          System.out.println("ok " + input + " " + interpolation + " " + output);
        } catch (BoundingBoxException | java.io.IOException | IllegalArgumentException e) {
          System.out.println("error " + input + " " + interpolation + " "
              + e.getClass().getSimpleName() + ": " + e.getMessage().replace('\n', ' '));
        }
      }
    }
  }
}
