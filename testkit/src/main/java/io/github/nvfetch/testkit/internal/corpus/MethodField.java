package io.github.nvfetch.testkit.internal.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One of the ~90 optional "methods" fields of a collection record, with how its values are drawn.
 *
 * @param name the JSON key
 * @param kind bool, int, float, text (free text: {@code ""} when empty in old records) or choice
 *     (always null when empty)
 * @param options for int/float: min, max (and decimals); for text/choice: the values
 */
public record MethodField(String name, String kind, List<String> options) {

  /**
   * The collection's method fields, in serializer order (after {@code doi_add_date}, before {@code
   * communities}).
   */
  public static final List<MethodField> ALL =
      parse(
          """
      type_of_design choice blocked|eventrelated|hybridblockevent|other
      number_of_imaging_runs int 1|12
      number_of_experimental_units int 1|60
      length_of_runs float 3|20|1
      length_of_blocks float 8|40|1
      length_of_trials choice variable|2 s|4 s|jittered 2-6 s
      optimization bool
      optimization_method text optseq2|genetic algorithm|m-sequence
      subject_age_mean float 19|70|1
      subject_age_min float 18|30|0
      subject_age_max float 30|80|0
      handedness choice right|left|both
      proportion_male_subjects float 0|1|2
      inclusion_exclusion_criteria text healthy, right-handed, no psychiatric history|native speakers only
      number_of_rejected_subjects int 0|6
      group_comparison bool
      group_description text patients vs controls|older vs younger adults
      scanner_make text Siemens|GE|Philips
      scanner_model text Trio|Skyra|Prisma|Discovery MR750|Achieva
      field_strength float 1.5|7|1
      pulse_sequence text EPI|Multiband|gradient echo EPI|spiral
      parallel_imaging text GRAPPA 2|SENSE 2|none
      field_of_view float 192|256|0
      matrix_size int 64|128
      slice_thickness float 2|4|1
      skip_distance float 0|1|1
      acquisition_orientation text axial|oblique axial|AC-PC aligned
      order_of_acquisition choice ascending|descending|interleaved
      repetition_time float 0.7|3|1
      echo_time float 0.025|0.035|3
      flip_angle float 52|90|0
      software_package text FSL|SPM|AFNI|FreeSurfer|fMRIPrep
      software_version text 5.0.9|6.0.4|SPM12|SPM8|20.2.1
      order_of_preprocessing_operations text slice timing, realignment, normalisation, smoothing
      quality_control text visual inspection|MRIQC|framewise displacement < 0.5 mm
      used_b0_unwarping bool
      b0_unwarping_software text FUGUE|TOPUP
      used_slice_timing_correction bool
      slice_timing_correction_software text SPM|FSL slicetimer
      used_motion_correction bool
      motion_correction_software text MCFLIRT|SPM realign|3dvolreg
      motion_correction_reference text middle volume|first volume|mean image
      motion_correction_metric text normalised correlation|least squares
      motion_correction_interpolation text trilinear|sinc|spline
      used_motion_susceptibiity_correction bool
      used_intersubject_registration bool
      intersubject_registration_software text FLIRT|FNIRT|ANTs|SPM DARTEL
      intersubject_transformation_type choice linear|nonlinear
      nonlinear_transform_type text warp field|DARTEL flow field
      transform_similarity_metric text correlation ratio|mutual information
      interpolation_method text trilinear|sinc|spline
      object_image_type text T1|EPI
      functional_coregistered_to_structural bool
      functional_coregistration_method text BBR|FLIRT 6 dof
      coordinate_space choice mni|talairach|mni2tal|other
      target_template_image text MNI152|MNI152NLin2009cAsym|ICBM452
      target_resolution float 1|3|0
      used_smoothing bool
      smoothing_type text Gaussian|SUSAN
      smoothing_fwhm float 4|10|0
      resampled_voxel_size float 1|3|0
      intrasubject_model_type text GLM|regularized GLM
      intrasubject_estimation_type text OLS|FILM|ReML
      intrasubject_modeling_software text FSL FEAT|SPM|AFNI 3dDeconvolve
      hemodynamic_response_function text double gamma|canonical HRF|FIR
      used_temporal_derivatives bool
      used_dispersion_derivatives bool
      used_motion_regressors bool
      used_reaction_time_regressor bool
      used_orthogonalization bool
      orthogonalization_description text RT orthogonalised to task regressor
      used_high_pass_filter bool
      high_pass_filter_method text 128 s cutoff|100 s cutoff|DCT
      autocorrelation_model text AR(1)|prewhitening|FAST
      group_model_type text mixed effects|OLS|FLAME1
      group_estimation_type text OLS|FLAME 1+2|ReML
      group_modeling_software text FSL|SPM|AFNI 3dMEMA
      group_inference_type choice randommixedeffects|fixedeffects
      group_model_multilevel text two-level|three-level
      group_repeated_measures bool
      group_repeated_measures_method text flexible factorial|paired t-test
      nutbrain_hunger_state choice I|II|III|IV|V|VI
      nutbrain_food_viewing_conditions text high-calorie vs low-calorie pictures
      nutbrain_food_choice_type text binary choice|rating
      nutbrain_taste_conditions text sweet vs tasteless
      nutbrain_odor_conditions text food odor vs clean air
      """);

  /** Whether the field came after 2016 (absent from old-schema records). */
  public boolean isNew() {
    return name.startsWith("nutbrain_");
  }

  /**
   * Draws a value.
   *
   * @param rng the record's generator
   * @param richness probability that the field is filled
   * @param oldSchema whether empty free text is {@code ""} instead of null
   * @return the JSON value
   */
  public JsonNode draw(Rng rng, double richness, boolean oldSchema) {
    boolean filled = rng.chance(richness);
    if (!filled) {
      return oldSchema && kind.equals("text") ? TextNode.valueOf("") : NullNode.getInstance();
    }
    return switch (kind) {
      case "bool" -> BooleanNode.valueOf(rng.chance(0.7));
      case "int" ->
          IntNode.valueOf(
              rng.between(Integer.parseInt(options.get(0)), Integer.parseInt(options.get(1))));
      case "float" -> DoubleNode.valueOf(floatValue(rng));
      default -> TextNode.valueOf(rng.pick(options));
    };
  }

  private double floatValue(Rng rng) {
    double value =
        rng.decimal(
            Double.parseDouble(options.get(0)),
            Double.parseDouble(options.get(1)),
            Integer.parseInt(options.get(2)));
    return value == 0 ? 0.0 : value;
  }

  private static List<MethodField> parse(String table) {
    List<MethodField> fields = new ArrayList<>();
    for (String line : table.strip().split("\n")) {
      String[] parts = line.strip().split(" ", 3);
      fields.add(
          new MethodField(
              parts[0], parts[1], parts.length > 2 ? List.of(parts[2].split("\\|")) : List.of()));
    }
    return List.copyOf(fields);
  }
}
