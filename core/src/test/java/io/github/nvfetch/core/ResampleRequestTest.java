package io.github.nvfetch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.volume.Interpolation;
import org.junit.jupiter.api.Test;

/** nilearn's resample and interpolation parameters on both requests. */
class ResampleRequestTest {

  @Test
  void defaultsAreNilearns() {
    FetchRequest fetch = FetchRequest.defaults();
    assertFalse(fetch.resample());
    assertEquals(Interpolation.CONTINUOUS, fetch.interpolation());
    IdsRequest ids = IdsRequest.builder().imageIds(1).build();
    assertFalse(ids.resample());
    assertEquals(Interpolation.CONTINUOUS, ids.interpolation());
  }

  @Test
  void jsonMembersAreReadAndKeptByToBuilder() {
    FetchRequest fetch =
        FetchRequest.fromJson(
            "{\"resample\": true, \"interpolation\": \"nearest\", \"max_images\": 3}");
    assertTrue(fetch.resample());
    assertEquals(Interpolation.NEAREST, fetch.interpolation());
    assertTrue(fetch.extraImageTerms().asMap().isEmpty(), "not image terms");
    assertEquals(Interpolation.NEAREST, fetch.toBuilder().build().interpolation());
    IdsRequest ids =
        IdsRequest.fromJson(
            "{\"image_ids\": [5], \"resample\": true, \"interpolation\": \"linear\"}");
    assertTrue(ids.resample());
    assertEquals(Interpolation.LINEAR, ids.interpolation());
    assertEquals(ids, ids.toBuilder().build());
  }

  @Test
  void badValuesAreTypedErrors() {
    assertThrows(
        RequestFormatException.class,
        () -> IdsRequest.fromJson("{\"image_ids\": [5], \"interpolation\": \"Linear\"}"));
    assertThrows(
        IllegalArgumentException.class, () -> FetchRequest.builder().interpolation(null).build());
  }
}
