package io.github.nvfetch.testkit.internal.corpus;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * Builds image records with the live serializers' key sets and orders: statistic maps like {@code
 * image_308}, atlases like {@code image_atlas}, NIDM statistic maps, and old statistic maps with
 * the 2016 key set of {@code image_110}. Labels, not codes, for {@code map_type} and {@code
 * analysis_level}.
 */
public final class ImageRecords {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The keys of the 2016 statistic map record ({@code image_110}). */
  static final Set<String> OLD_KEYS =
      Set.of(
          "add_date",
          "analysis_level",
          "brain_coverage",
          "cognitive_contrast_cogatlas",
          "cognitive_contrast_cogatlas_id",
          "cognitive_paradigm_cogatlas",
          "cognitive_paradigm_cogatlas_id",
          "collection",
          "collection_id",
          "contrast_definition",
          "contrast_definition_cogatlas",
          "description",
          "figure",
          "file",
          "file_size",
          "id",
          "image_type",
          "is_thresholded",
          "is_valid",
          "map_type",
          "modality",
          "modify_date",
          "name",
          "not_mni",
          "number_of_subjects",
          "perc_bad_voxels",
          "perc_voxels_outside",
          "reduced_representation",
          "smoothness_fwhm",
          "statistic_parameters",
          "thumbnail",
          "url");

  private final long seed;
  private final ToLongFunction<ImageTraits> fileSize;
  private final ImageFieldDraws draws;

  /**
   * Creates the factory.
   *
   * @param seed the corpus seed
   * @param fileSize the served size of an image's file (0 when missing)
   */
  public ImageRecords(long seed, ToLongFunction<ImageTraits> fileSize) {
    this.seed = seed;
    this.fileSize = fileSize;
    this.draws = new ImageFieldDraws();
  }

  /**
   * Builds the record of an image.
   *
   * @param t the image's traits
   * @param base the link base
   * @return the record, keys in serializer order
   */
  public ObjectNode build(ImageTraits t, String base) {
    Rng rng = Rng.of(seed, Salt.IMAGE_FIELDS, t.imageId());
    ObjectNode node = NODES.objectNode();
    head(node, t, base);
    switch (t.kind()) {
      case STATISTIC_MAP -> statisticMap(node, t, base, rng);
      case ATLAS -> atlas(node, t, base, rng);
      case NIDM -> nidm(node, t, base, rng);
      default -> throw new IllegalStateException(t.kind().name());
    }
    node.put("image_type", t.kind().wireName());
    if (t.collection().oldSchema()) {
      node.properties().removeIf(e -> !OLD_KEYS.contains(e.getKey()));
    } else if (t.kind() == ImageKind.STATISTIC_MAP) {
      CustomKeys.add(node, Rng.of(seed, Salt.CUSTOM_KEYS, t.imageId()));
    }
    return node;
  }

  private void head(ObjectNode node, ImageTraits t, String base) {
    String ref = t.collection().ref();
    node.put("id", t.imageId());
    node.put("file", Links.media(base, ref, t.relativePath()));
    node.put("collection", Links.collection(base, ref));
    node.put("collection_id", t.collection().collectionId());
    node.put("url", Links.image(base, t.imageId(), t.collection().token()));
    node.put("file_size", fileSize.applyAsLong(t));
  }

  private void statisticMap(ObjectNode node, ImageTraits t, String base, Rng rng) {
    draws.cognitiveAtlas(node, rng);
    node.put("map_type", Labels.mapType(t.mapTypeCode()));
    node.put("analysis_level", Labels.analysisLevel(t.analysisLevel()));
    describe(node, t, rng, null);
    draws.subjects(node, t, base, rng);
    draws.quality(node, t, rng);
    draws.number(node, rng);
    node.put("modality", t.modality());
    draws.contrast(node, rng, t.collection().oldSchema());
  }

  private void atlas(ObjectNode node, ImageTraits t, String base, Rng rng) {
    node.put(
        "label_description_file",
        Links.media(base, t.collection().ref(), FileNames.labelFile(t.relativePath())));
    describe(node, t, rng, null);
    draws.subjects(node, t, base, rng);
    node.set(
        "data",
        rng.chance(0.5)
            ? NODES.nullNode()
            : NODES.objectNode().put("labels", rng.between(7, 400)).put("space", "MNI"));
  }

  private void nidm(ObjectNode node, ImageTraits t, String base, Rng rng) {
    String folder = t.relativePath().substring(0, t.relativePath().indexOf('/'));
    String pkg = folder.substring(0, folder.length() - ".nidm".length());
    String fileName = t.relativePath().substring(folder.length() + 1);
    String collection = Links.collection(base, t.collection().ref());
    node.put("map_type", Labels.mapType(t.mapTypeCode()));
    node.put("analysis_level", Labels.analysisLevel(t.analysisLevel()));
    node.put("nidm_results", collection + folder + "/");
    node.put("nidm_results_ttl", collection + pkg + ".nidm.ttl");
    describe(node, t, rng, "NIDM Results: " + pkg + ".nidm.zip > " + fileName);
    draws.subjects(node, t, base, rng);
    node.set("data", NODES.objectNode());
    draws.quality(node, t, rng);
    draws.number(node, rng);
  }

  private void describe(ObjectNode node, ImageTraits t, Rng rng, String fixedDescription) {
    boolean old = t.collection().oldSchema();
    String file = t.relativePath().substring(t.relativePath().lastIndexOf('/') + 1);
    node.put("name", rng.chance(0.5) ? file : file.replace(".nii.gz", "").replace('_', ' '));
    node.put(
        "description",
        fixedDescription != null
            ? fixedDescription
            : rng.chance(0.6)
                ? ""
                : "Contrast " + (t.index() + 1) + " of the " + rng.pick(TextPools.TASKS) + ".");
    Instant added = Dates.after(Dates.at(t.collection().fraction(), rng), 30, rng);
    node.put("add_date", Dates.format(added, old));
    node.put("modify_date", Dates.format(Dates.after(added, 200, rng), old));
    node.put("is_valid", rng.chance(0.9));
  }
}
