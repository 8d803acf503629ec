package io.github.nvfetch.bench.internal.micro;

import io.github.nvfetch.core.Metadata;
import io.github.nvfetch.core.filter.DefaultTerms;
import io.github.nvfetch.core.filter.GreaterThan;
import io.github.nvfetch.core.filter.IsIn;
import io.github.nvfetch.core.filter.NotIn;
import io.github.nvfetch.core.filter.NotNull;
import io.github.nvfetch.core.filter.Pattern;
import io.github.nvfetch.core.filter.ResultFilter;
import io.github.nvfetch.core.filter.Terms;
import java.util.function.Predicate;

/** The filters the micro-benchmarks evaluate. */
public final class SampleFilters {

  private SampleFilters() {}

  /** nilearn's default image terms. */
  public static Predicate<Metadata> defaultTerms() {
    return DefaultTerms.images();
  }

  /**
   * A complex filter: group-level fMRI or PET maps of more than 20 subjects whose contrast mentions
   * a task word (case-insensitive regex), or T/Z maps with a cognitive-atlas contrast; in both
   * cases not an atlas, not thresholded, and not flagged invalid.
   *
   * <pre>
   * (ResultFilter(modality=IsIn('fMRI-BOLD', 'fMRI-CBF', 'PET FDG'), analysis_level='group',
   *               number_of_subjects=GreaterThan(20),
   *               contrast_definition=Pattern('.*(task|stop|face|reward|memory|motor).*', re.IGNORECASE))
   *  .OR(ResultFilter(map_type=IsIn('T map', 'Z map'), cognitive_contrast_cogatlas=NotNull())))
   * .AND(ResultFilter(image_type=NotIn('atlas'), is_thresholded=False))
   * .AND(ResultFilter(is_valid=False).NOT())
   * </pre>
   */
  public static Predicate<Metadata> complex() {
    ResultFilter task =
        ResultFilter.of(
            Terms.builder()
                .put("modality", IsIn.of("fMRI-BOLD", "fMRI-CBF", "PET FDG"))
                .put("analysis_level", "group")
                .put("number_of_subjects", GreaterThan.of(20))
                .put(
                    "contrast_definition",
                    Pattern.of(".*(task|stop|face|reward|memory|motor).*", Pattern.Flag.IGNORECASE))
                .build());
    ResultFilter statistic =
        ResultFilter.of(
            Terms.of(
                "map_type",
                IsIn.of("T map", "Z map"),
                "cognitive_contrast_cogatlas",
                NotNull.of()));
    ResultFilter usable =
        ResultFilter.of(Terms.of("image_type", NotIn.of("atlas"), "is_thresholded", false));
    return task.or(statistic)
        .and(usable)
        .and(ResultFilter.of(Terms.of("is_valid", false)).not())
        .asPredicate();
  }
}
