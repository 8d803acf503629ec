package io.github.nvfetch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.filter.Terms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A top-level member that is a request field in another spelling is an error with "did you mean",
 * not a silent image term that selects nothing; a real field of that name goes under image_terms.
 */
class RequestNearMissTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "max_image, max_images",
    "maxImages, max_images",
    "MAX_IMAGES, max_images",
    "max-images, max_images",
    "maximages, max_images",
    "max_imagse, max_images",
    "fetch_neurosynth_word, fetch_neurosynth_words",
    "fetchNeurosynthWords, fetch_neurosynth_words",
    "image_term, image_terms",
    "imageTerms, image_terms",
    "collection_termss, collection_terms",
    "colection_terms, collection_terms",
    "image_filters, image_filter",
    "vectorise_words, vectorize_words",
    "dataDir, data_dir",
    "Mode, mode",
    "modes, mode",
  })
  void nearMissesOfRequestFieldsAreErrors(String written, String meant) {
    RequestFormatException e =
        assertThrows(
            RequestFormatException.class, () -> FetchRequest.fromJson("{\"" + written + "\": 5}"));

    assertTrue(
        e.getMessage()
            .contains(
                ": unknown member '"
                    + written
                    + "'; did you mean '"
                    + meant
                    + "'? (to filter images on a field named '"
                    + written
                    + "', put it under image_terms)"),
        e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({
    "modality",
    "name",
    "map_type",
    "image_type",
    "not_mni",
    "analysis_level",
    "number_of_subjects",
    "data",
    "node",
    "model"
  })
  void realImageFieldsStayImageTerms(String field) {
    FetchRequest request = FetchRequest.fromJson("{\"" + field + "\": 1}");

    assertEquals(1, ((Number) request.extraImageTerms().get(field)).intValue());
  }

  @Test
  void aFieldWithARequestLikeNameIsFilteredOnUnderImageTerms() {
    FetchRequest request = FetchRequest.fromJson("{\"image_terms\": {\"max_image\": 5}}");

    assertEquals(5, ((Number) request.imageTerms().get("max_image")).intValue());
    assertEquals(Terms.of(), request.extraImageTerms());
  }

  @Test
  void idsRequestsSuggestToo() {
    RequestFormatException e =
        assertThrows(
            RequestFormatException.class, () -> IdsRequest.fromJson("{\"imageIds\": [1]}"));

    assertTrue(
        e.getMessage()
            .contains(
                "unknown member 'imageIds' in an ids request; did you " + "mean 'image_ids'?"),
        e.getMessage());
  }

  @Test
  void aUtf8ByteOrderMarkIsAccepted() {
    assertEquals(7, FetchRequest.fromJson("\uFEFF{\"max_images\": 7}").maxImages().getAsInt());
    assertEquals(1, IdsRequest.fromJson("\uFEFF{\"image_ids\": [3]}").imageIds().size());
  }
}
