package io.github.nvfetch.testkit.internal.corpus;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Draws the groups of image fields, in serializer order within each group. */
final class ImageFieldDraws {

  private static final Weighted<String> TEMPLATES =
      Weighted.of("GenericMNI", 90, "MNI152NLin2009cAsym", 8, "Dorr2008", 1, "NMT", 1);
  private static final String[] HANDS = {"R", "L"};
  private static final String[] SEXES = {"M", "F", "O"};
  private static final String[] RACES = {"W", "B", "I", "A", "H"};

  void cognitiveAtlas(ObjectNode node, Rng rng) {
    double u = rng.nextDouble();
    String task = u < 0.15 ? null : u < 0.18 ? "None / Other" : rng.pick(TextPools.TASKS);
    node.put("cognitive_paradigm_cogatlas", task);
    node.put(
        "cognitive_paradigm_cogatlas_id",
        task == null || task.startsWith("None") ? null : TextPools.taskId(task));
    String contrast = rng.chance(0.3) ? rng.pick(TextPools.CONTRASTS) : null;
    node.put("cognitive_contrast_cogatlas", contrast);
    node.put(
        "cognitive_contrast_cogatlas_id", contrast == null ? null : TextPools.contrastId(contrast));
  }

  void subjects(ObjectNode node, ImageTraits t, String base, Rng rng) {
    String ref = t.collection().ref();
    boolean surface = rng.chance(0.03);
    String stem = "surface_" + t.imageId();
    node.put("surface_left_file", surface ? Links.media(base, ref, stem + ".L.func.gii") : null);
    node.put("surface_right_file", surface ? Links.media(base, ref, stem + ".R.func.gii") : null);
    node.put("data_origin", surface ? "surface" : rng.chance(0.98) ? "volume" : null);
    String template = TEMPLATES.draw(rng);
    node.put("target_template_image", template);
    node.put("subject_species", species(template, rng));
    node.put("figure", rng.chance(0.3) ? rng.between(1, 6) + (rng.chance(0.5) ? "B" : "A") : null);
    node.put("handedness", rng.chance(0.15) ? rng.pick(HANDS) : null);
    demographics(node, rng);
    node.put(
        "thumbnail",
        rng.chance(0.97)
            ? Links.media(
                base, ref, "glass_brain_" + t.imageId() + (rng.chance(0.1) ? "_1" : "") + ".jpg")
            : null);
    node.put(
        "reduced_representation",
        t.kind() != ImageKind.ATLAS && rng.chance(0.9)
            ? Links.media(base, ref, "transform_4mm_" + t.imageId() + ".npy")
            : null);
  }

  void quality(ObjectNode node, ImageTraits t, Rng rng) {
    boolean thresholded = rng.chance(0.15);
    node.put("is_thresholded", thresholded);
    node.put("perc_bad_voxels", thresholded ? rng.decimal(85, 99, 4) : rng.decimal(0, 60, 4));
    node.put("not_mni", rng.chance(0.10));
    node.put("brain_coverage", rng.decimal(60, 100, 4));
    node.put("perc_voxels_outside", rng.decimal(0, 8, 4));
  }

  void number(ObjectNode node, Rng rng) {
    double u = rng.nextDouble();
    if (u < 0.15) {
      node.putNull("number_of_subjects");
    } else if (u < 0.18) {
      node.put("number_of_subjects", Integer.toString(rng.between(8, 120)));
    } else {
      node.put("number_of_subjects", rng.between(5, 200));
    }
  }

  void contrast(ObjectNode node, Rng rng, boolean oldSchema) {
    node.put("statistic_parameters", rng.chance(0.3) ? (double) rng.between(8, 120) : null);
    node.put("smoothness_fwhm", rng.chance(0.3) ? rng.decimal(4, 12, 2) : null);
    double u = rng.nextDouble();
    node.put(
        "contrast_definition",
        u < 0.1 ? null : u < 0.13 ? "N/A" : u < 0.16 ? "" : rng.pick(TextPools.CONTRASTS));
    node.put("contrast_definition_cogatlas", oldSchema || rng.chance(0.3) ? "" : null);
    node.putNull("cognitive_paradigm_description_url");
    node.put(
        "cognitive_paradigm_short_description",
        rng.chance(0.05) ? "Participants respond to cued targets." : null);
    node.putNull("cognitive_paradigm_name");
  }

  private static void demographics(ObjectNode node, Rng rng) {
    boolean nutbrain = rng.chance(0.03);
    node.put("age", nutbrain ? (Double) rng.decimal(18, 60, 1) : null);
    node.put("sex", nutbrain ? rng.pick(SEXES) : null);
    node.put("race", nutbrain ? rng.pick(RACES) : null);
    node.put("ethnicity", nutbrain ? (rng.chance(0.2) ? "H" : "NH") : null);
    for (String key : new String[] {"BMI", "fat_percentage", "waist_hip_ratio", "mean_PDS_score"}) {
      node.put(key, nutbrain ? (Double) rng.decimal(0.5, 30, 2) : null);
    }
    node.put(
        "tanner_stage",
        nutbrain && rng.chance(0.3) ? rng.pick(new String[] {"I", "II", "III", "IV", "V"}) : null);
    for (String key :
        new String[] {
          "days_since_menstruation",
          "hours_since_last_meal",
          "bis_bas_score",
          "spsrq_score",
          "bis11_score"
        }) {
      node.put(key, nutbrain && rng.chance(0.5) ? (Double) rng.decimal(1, 40, 1) : null);
    }
  }

  private static String species(String template, Rng rng) {
    if (rng.chance(0.02)) {
      return null;
    }
    return switch (template) {
      case "Dorr2008" -> "mus musculus";
      case "NMT" -> "macaca mulatta";
      default -> "homo sapiens";
    };
  }
}
