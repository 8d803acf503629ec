package com.example.nvfetch;

import io.github.nvfetch.core.ImageMeta;
import io.github.nvfetch.core.filter.ResultFilter;
import io.github.nvfetch.core.filter.Terms;
import java.util.function.Predicate;

/** README, "Selection filters": lambdas over the concrete type compose with a filter. */
public final class TypedFilters {

  private TypedFilters() {}

  /** Group-level T maps of at least 10 subjects, as a {@code Predicate<ImageMeta>}. */
  public static Predicate<ImageMeta> groupTMaps() {
    Predicate<ImageMeta> tMap = image -> image.mapType().filter("T map"::equals).isPresent();
    Predicate<ImageMeta> groupTMaps = ResultFilter.of(Terms.of("analysis_level", "group"))
        .and((ImageMeta image) -> image.numberOfSubjects().orElse(0) >= 10)
        .and(tMap);
    return groupTMaps;
  }
}
