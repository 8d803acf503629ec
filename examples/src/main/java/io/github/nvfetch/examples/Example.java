package io.github.nvfetch.examples;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;

/** Every runnable example, by the name {@code nvfetch example <name>} knows it. */
public enum Example {

  /** {@link FetchByIds}. */
  IDS("ids", "a collection and two images by id (fetch_neurovault_ids)", FetchByIds::main),
  /** {@link BoldImages}. */
  BOLD("bold", "fMRI-BOLD images only, at most 7", BoldImages::main),
  /** {@link IsInModalities}. */
  IS_IN("is-in", "modality IsIn fMRI-BOLD, fMRI-CBF, fMRI-CBV", IsInModalities::main),
  /** {@link ContainsFmri}. */
  CONTAINS("contains", "modality Contains 'fMRI'", ContainsFmri::main),
  /** {@link PatternFmri}. */
  PATTERN("pattern", "modality Pattern 'fmri(-.*)?', case-insensitive", PatternFmri::main),
  /** {@link ImageFilterLambda}. */
  IMAGE_FILTER(
      "image-filter",
      "a lambda image filter with the default terms cleared",
      ImageFilterLambda::main),
  /** {@link FewFieldsImages}. */
  FEW_FIELDS(
      "few-fields",
      "images whose metadata has fewer than 50 fields (ResultFilter)",
      FewFieldsImages::main),
  /** {@link NeurosynthWords}. */
  NEUROSYNTH(
      "neurosynth", "Neurosynth words: vocabulary and word frequencies", NeurosynthWords::main),
  /** {@link StreamingService}. */
  STREAMING(
      "streaming", "a slow reactive subscriber bounds what is downloaded", StreamingService::main),
  /** {@link BulkCollectionHarvest}. */
  BULK("bulk", "a whole collection, failures reported as data", BulkCollectionHarvest::main);

  private final String exampleName;
  private final String description;

  @SuppressWarnings("ImmutableEnumChecker") // a stateless lambda
  private final Consumer<String[]> main;

  Example(String exampleName, String description, Consumer<String[]> main) {
    this.exampleName = exampleName;
    this.description = description;
    this.main = main;
  }

  /** The name on the command line, e.g. {@code is-in}. */
  public String exampleName() {
    return exampleName;
  }

  /** One line saying what it shows. */
  public String description() {
    return description;
  }

  /** Runs the example's {@code main} with these arguments. */
  public void run(String[] args) {
    main.accept(args);
  }

  /** The example with this name. */
  public static Optional<Example> named(String name) {
    return Arrays.stream(values()).filter(e -> e.exampleName.equals(name)).findFirst();
  }
}
