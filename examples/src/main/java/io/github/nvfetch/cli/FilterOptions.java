package io.github.nvfetch.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The selection flags of {@code fetch}: terms, default terms and the image limit. */
public final class FilterOptions {

  @Option(
      names = "--term",
      paramLabel = "TERM",
      converter = TermConverter.class,
      description = {
        "An image term, repeatable: key=value (equality), key!=value, key>=value, "
            + "key<=value, key>value, key<value, or key~Operator[:value]",
        "with Operator one of IsNull, NotNull, NotEqual, GreaterThan, GreaterOrEqual, "
            + "LessThan, LessOrEqual (one value), IsIn, NotIn, Contains, NotContains "
            + "(values a,b,c) or Pattern (a regex; suffix /i: case-insensitive).",
        "Values that look like JSON numbers, true, false or null are read as such; quote "
            + "them (\"42\") to keep a string. Replaces a default term with the same key."
      })
  List<TermArgument> terms = new ArrayList<>();

  @Option(
      names = "--collection-term",
      paramLabel = "TERM",
      converter = TermConverter.class,
      description =
          "A collection term, repeatable, written as --term (DOI, name, owner and id "
              + "terms are also sent to the server).")
  List<TermArgument> collectionTerms = new ArrayList<>();

  @Option(
      names = "--no-default-terms",
      description =
          "Start from no image and collection terms instead of nilearn's defaults "
              + "(not_mni, is_thresholded, map_type, image_type; number_of_images).")
  boolean noDefaultTerms;

  @Option(
      names = "--max-images",
      paramLabel = "N|all",
      converter = MaxImagesConverter.class,
      description =
          "Stop after N images fetched (default: 100, or the request file's); all: " + "no limit.")
  MaxImages maxImages;

  @Option(
      names = "--resume",
      description =
          "Continue the server walk recorded in the data dir for the same terms "
              + "(download_new only): collections walked before are not listed again. Without a "
              + "matching record the walk starts from the beginning, with a warning saying why. "
              + "A run with --resume keeps its record when it ends; one without deletes it "
              + "(an interrupted run always keeps it).")
  boolean resume;

  /** Creates the options (picocli fills them). */
  public FilterOptions() {}

  /**
   * A {@code --max-images} value.
   *
   * @param limit the limit, or empty for no limit
   */
  public record MaxImages(OptionalInt limit) {}

  /** Reads {@code N} (0 or more) or {@code all}. */
  static final class MaxImagesConverter implements CommandLine.ITypeConverter<MaxImages> {
    @Override
    public MaxImages convert(String value) {
      if ("all".equalsIgnoreCase(value)) {
        return new MaxImages(OptionalInt.empty());
      }
      try {
        int n = Integer.parseInt(value);
        if (n >= 0) {
          return new MaxImages(OptionalInt.of(n));
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is not a number of images: write a whole number (0 or more) or 'all'");
    }
  }
}
