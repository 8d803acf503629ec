package io.github.nvfetch.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.FetchedImage;
import io.github.nvfetch.core.ImageMeta;
import io.github.nvfetch.core.NeuroVaultDataset;
import io.github.nvfetch.core.filter.DefaultTerms;
import io.github.nvfetch.testkit.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The filter examples, run against the embedded replica: what they print, select and store. */
class FilterExamplesTest {

  private static final Corpus CORPUS = Corpus.generate(FilteredExample.CORPUS);

  @TempDir Path dir;

  private NeuroVaultDataset run(
      Function<ExampleEnvironment, NeuroVaultDataset> example,
      int expectedImages,
      Predicate<ImageMeta> eachImage) {
    ExampleRun<NeuroVaultDataset> run = ExampleRun.of(FilteredExample.CORPUS, dir, example);
    NeuroVaultDataset data = run.result();
    assertEquals(expectedImages, data.fetched().size(), run.printed());
    assertTrue(
        run.printed().startsWith("[running against the embedded replica at "), run.printed());
    assertTrue(run.printed().contains(expectedImages + " images:"), run.printed());
    for (FetchedImage image : data.fetched()) {
      ImageMeta served = ImageMeta.fromJson(CORPUS.imageJson(image.imageId()));
      assertTrue(eachImage.test(served), "image " + image.imageId() + ": " + served.asMap());
      assertTrue(Files.isRegularFile(image.file()), image.file().toString());
      assertTrue(image.file().startsWith(dir.toAbsolutePath()), image.file().toString());
      assertTrue(
          run.printed()
              .contains("image " + image.imageId() + " (collection " + image.collectionId() + ")"),
          run.printed());
    }
    assertEquals(List.of(), ExampleRun.leftovers(dir));
    return data;
  }

  private static boolean defaults(ImageMeta image) {
    return DefaultTerms.images().test(image);
  }

  @Test
  void boldImagesOnly() {
    run(
        BoldImages::run,
        7,
        image -> defaults(image) && image.modality().orElse("").equals("fMRI-BOLD"));
  }

  @Test
  void isInModalities() {
    Set<String> wanted = Set.of("fMRI-BOLD", "fMRI-CBF", "fMRI-CBV");
    NeuroVaultDataset data =
        run(
            IsInModalities::run,
            10,
            image -> defaults(image) && wanted.contains(image.modality().orElse("")));
    assertTrue(
        data.imagesMeta().stream().anyMatch(i -> i.modality().orElse("").equals("fMRI-CBF")),
        "not only BOLD");
  }

  @Test
  void containsFmri() {
    run(
        ContainsFmri::run,
        10,
        image -> defaults(image) && image.modality().orElse("").contains("fMRI"));
  }

  @Test
  void patternFmriIgnoringCase() {
    run(
        PatternFmri::run,
        10,
        image -> defaults(image) && image.modality().orElse("").toLowerCase().startsWith("fmri"));
  }

  @Test
  void lambdaFilterWithoutDefaultTerms() {
    run(
        ImageFilterLambda::run,
        10,
        image ->
            "T map".equals(image.get("map_type")) && "group".equals(image.get("analysis_level")));
  }

  @Test
  void fewerThanFiftyFieldsWithTheDefaultTermsInAResultFilter() {
    ExampleRun<NeuroVaultDataset> run =
        ExampleRun.of(FilteredExample.CORPUS, dir, FewFieldsImages::run);
    assertFalse(run.result().fetched().isEmpty(), run.printed());
    assertFalse(run.printed().contains("warning:"), "no default-terms warning: " + run.printed());
    for (FetchedImage image : run.result().fetched()) {
      ImageMeta served = ImageMeta.fromJson(CORPUS.imageJson(image.imageId()));
      assertTrue(served.size() < 50 && defaults(served), served.asMap().toString());
    }
  }
}
