package com.example.nvfetch;

import io.github.nvfetch.core.filter.DefaultTerms;
import io.github.nvfetch.core.filter.Terms;
import java.util.List;

/** README, "Selection filters": nilearn's default terms, spelled out. */
public final class NilearnDefaults {

  private NilearnDefaults() {}

  /** The default image terms, then the default collection terms. */
  public static List<Terms> terms() {
    Terms images = DefaultTerms.images();
    // {'not_mni': False, 'is_thresholded': False,
    //  'map_type': NotIn('ROI/mask', 'anatomical', 'parcellation'),
    //  'image_type': NotEqual('atlas')}
    Terms collections = DefaultTerms.collections(); // {'number_of_images': NotNull()}
    return List.of(images, collections);
  }
}
