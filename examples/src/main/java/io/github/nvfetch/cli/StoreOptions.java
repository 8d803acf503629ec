package io.github.nvfetch.cli;

import io.github.nvfetch.core.Mode;
import io.github.nvfetch.core.volume.Interpolation;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The flags shared by every harvest: the request file, where files go, the mode and Neurosynth.
 * Flags that are not given leave the request file's values alone.
 */
public final class StoreOptions {

  /** The data directory used when neither a flag nor the request file names one. */
  public static final Path DEFAULT_DATA_DIR = Path.of("nvfetch-data");

  @Option(
      names = "--request",
      paramLabel = "FILE.json",
      description =
          "A JSON request (the SDK's declarative format); flags given on the command "
              + "line are applied on top of it.")
  Path requestFile;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description =
          "Data directory; files go to DIR/neurovault (default: the request file's "
              + "data_dir, else ./nvfetch-data).")
  Path dataDir;

  @Option(
      names = "--mode",
      paramLabel = "MODE",
      converter = ModeConverter.class,
      description =
          "download_new (default: disk first, then what is missing), overwrite "
              + "(download everything again) or offline (disk only, no request at all).")
  Mode mode;

  @Option(
      names = "--neurosynth",
      description = "Also fetch the Neurosynth words of each image (vocabulary and frequencies).")
  boolean neurosynth;

  @Option(
      names = "--verify",
      description =
          "Inflate and check every image file already on disk before using it "
              + "(default: a quick check of size, gzip and NIfTI headers); damaged files are "
              + "downloaded again.")
  boolean verify;

  @Option(
      names = "--resample",
      description =
          "Resample every image onto nilearn's 3 mm standard grid and keep only "
              + "image_<id>_resampled.nii.gz (nilearn's resample=True).")
  boolean resample;

  @Option(
      names = "--interpolation",
      paramLabel = "KIND",
      converter = InterpolationConverter.class,
      description = "Interpolation for --resample: continuous (default), linear or nearest.")
  Interpolation interpolation;

  /** Creates the options (picocli fills them). */
  public StoreOptions() {}

  /** The request file, when given. */
  public Optional<Path> requestFile() {
    return Optional.ofNullable(requestFile);
  }

  /** The data directory flag, when given. */
  public Optional<Path> dataDir() {
    return Optional.ofNullable(dataDir);
  }

  /** The mode flag, when given. */
  public Optional<Mode> mode() {
    return Optional.ofNullable(mode);
  }

  /** Whether {@code --neurosynth} was given. */
  public boolean neurosynth() {
    return neurosynth;
  }

  /** Whether {@code --verify} was given. */
  public boolean verify() {
    return verify;
  }

  /** Whether {@code --resample} was given. */
  public boolean resample() {
    return resample;
  }

  /** The interpolation flag, when given. */
  public Optional<Interpolation> interpolation() {
    return Optional.ofNullable(interpolation);
  }

  /** Reads nilearn's interpolation names, listing them when unknown. */
  static final class InterpolationConverter
      implements picocli.CommandLine.ITypeConverter<Interpolation> {
    @Override
    public Interpolation convert(String value) {
      try {
        return Interpolation.ofNilearnName(value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  /** Reads nilearn's mode names in any case, listing them when unknown. */
  static final class ModeConverter implements picocli.CommandLine.ITypeConverter<Mode> {
    @Override
    public Mode convert(String value) {
      try {
        return Mode.parse(value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
