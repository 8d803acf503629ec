package io.github.nvfetch.core.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.CollectionMeta;
import io.github.nvfetch.core.ImageMeta;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefaultTermsTest {

  private static String sample(String name) throws IOException {
    try (InputStream in = DefaultTermsTest.class.getResourceAsStream("/samples/" + name)) {
      if (in == null) {
        throw new IOException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void imageTermsAreExactlyNilearnsBasicImageTerms() {
    Terms terms = DefaultTerms.images();
    assertEquals(
        List.of("not_mni", "is_thresholded", "map_type", "image_type"),
        new ArrayList<>(terms.keys()));
    assertEquals(false, terms.get("not_mni"));
    assertEquals(false, terms.get("is_thresholded"));
    assertEquals(NotIn.of("ROI/mask", "anatomical", "parcellation"), terms.get("map_type"));
    assertEquals(NotEqual.of("atlas"), terms.get("image_type"));
    assertFalse(terms.containsKey("is_valid"));
  }

  @Test
  void collectionTermsAreExactlyNilearnsBasicCollectionTerms() {
    assertEquals(Terms.of("number_of_images", NotNull.of()), DefaultTerms.collections());
    assertEquals("{'number_of_images': NotNull()}", DefaultTerms.collections().toString());
  }

  @Test
  void eachCallGivesEqualTerms() {
    assertEquals(DefaultTerms.images(), DefaultTerms.images());
    assertEquals(DefaultTerms.collections(), DefaultTerms.collections());
  }

  @Test
  void realSampleImagesPassAndTheAtlasFails() throws IOException {
    Terms terms = DefaultTerms.images();
    assertTrue(terms.test(ImageMeta.parse(sample("image_110.real_nilearn2016.json"))));
    assertTrue(terms.test(ImageMeta.parse(sample("image_308.reconstructed_current_schema.json"))));
    ImageMeta atlas = ImageMeta.parse(sample("image_atlas.reconstructed_current_schema.json"));
    assertFalse(terms.test(atlas));
    assertFalse(Terms.of("image_type", NotEqual.of("atlas")).test(atlas));
  }

  @Test
  void realSampleCollectionPasses() throws IOException {
    CollectionMeta collection = CollectionMeta.parse(sample("collection_35.real_nilearn2016.json"));
    assertTrue(DefaultTerms.collections().test(collection));
    assertFalse(DefaultTerms.collections().test(collection.with("number_of_images", 0)));
  }

  @Test
  void imageTermsRejectEachExcludedKind() throws IOException {
    ImageMeta good = ImageMeta.parse(sample("image_308.reconstructed_current_schema.json"));
    Terms terms = DefaultTerms.images();
    assertFalse(terms.test(good.with("not_mni", true)));
    assertFalse(terms.test(good.without("not_mni")));
    assertFalse(terms.test(good.with("is_thresholded", true)));
    assertFalse(terms.test(good.with("map_type", "ROI/mask")));
    assertFalse(terms.test(good.with("map_type", "parcellation")));
    assertTrue(terms.test(good.without("map_type")));
    assertTrue(terms.test(good.with("not_mni", 0)));
  }
}
