package io.github.nvfetch.testkit.internal.corpus;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Set;

/**
 * Builds collection records with the live serializer's key set and order (like {@code
 * collection_63}), or the 2016 key set (like {@code collection_35}: no {@code download_url}, {@code
 * private}, {@code communities}, {@code preprint_DOI}, {@code publication_status}, {@code
 * nutbrain_*}; {@code ""} for empty text; UTC dates).
 */
public final class CollectionRecords {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String[] STATUSES = {
    "published", "submitted", "in_preparation", "not_intended"
  };
  private static final Set<String> NOT_IN_OLD =
      Set.of("download_url", "private", "communities", "preprint_DOI", "publication_status");

  private final long seed;
  private final CorpusLayout layout;

  /**
   * Creates the factory.
   *
   * @param seed the corpus seed
   * @param layout the layout
   */
  public CollectionRecords(long seed, CorpusLayout layout) {
    this.seed = seed;
    this.layout = layout;
  }

  /** The identity (name, DOI, owner) of the collection at a position. */
  public CollectionIdentity identity(int position) {
    return CollectionIdentity.of(seed, layout.collectionId(position), traits(position).fraction());
  }

  /** The traits of the collection at a position. */
  public CollectionTraits traits(int position) {
    return CollectionTraits.of(seed, layout, position);
  }

  /**
   * Builds the record of the collection at a position.
   *
   * @param position the position
   * @param base the link base, e.g. {@code http://127.0.0.1:8080}
   * @return the record, keys in serializer order
   */
  public ObjectNode build(int position, String base) {
    CollectionTraits traits = traits(position);
    CollectionIdentity identity =
        CollectionIdentity.of(seed, traits.collectionId(), traits.fraction());
    Rng rng = Rng.of(seed, Salt.COLLECTION_FIELDS, traits.collectionId());
    ObjectNode node = NODES.objectNode();
    head(node, traits, identity, base, rng);
    publication(node, traits, identity, rng);
    dates(node, traits, identity, rng);
    for (MethodField field : MethodField.ALL) {
      node.set(field.name(), field.draw(rng, traits.richness(), traits.oldSchema()));
    }
    node.set(
        "communities",
        rng.chance(0.03) ? NODES.arrayNode().add(rng.between(1, 2)) : NODES.arrayNode());
    return traits.oldSchema() ? toOldSchema(node) : node;
  }

  private void head(
      ObjectNode node, CollectionTraits traits, CollectionIdentity identity, String base, Rng rng) {
    String url = Links.collection(base, traits.ref());
    node.put("id", traits.collectionId());
    node.put("url", url);
    node.put("download_url", url + "download");
    node.put("owner", identity.owner());
    node.put(
        "contributors",
        rng.chance(0.15)
            ? TextPools.username(rng.between(1, 3000))
                + ", "
                + TextPools.username(rng.between(1, 3000))
            : "");
    node.put("owner_name", identity.ownerName());
    int extra =
        Rng.of(seed, Salt.EXTRA_ITEMS, traits.collectionId()).chance(0.1) ? rng.between(1, 3) : 0;
    node.put("number_of_images", layout.imageCount(traits.position()) + extra);
    node.put("name", identity.name());
  }

  private void publication(
      ObjectNode node, CollectionTraits traits, CollectionIdentity identity, Rng rng) {
    boolean old = traits.oldSchema();
    boolean hasDoi = identity.doi() != null;
    node.put("publication_status", rng.chance(0.3) ? rng.pick(STATUSES) : null);
    node.put("DOI", identity.doi());
    node.put(
        "preprint_DOI",
        rng.chance(0.05) ? "10.1101/" + identity.year() + "." + traits.collectionId() : null);
    node.put("authors", hasDoi || rng.chance(0.3) ? authors(rng) : old ? "" : null);
    node.put(
        "paper_url",
        hasDoi
            ? (old ? "http://dx.doi.org/" : "https://doi.org/") + identity.doi()
            : old ? "" : null);
    node.put("journal_name", hasDoi ? identity.journal() : old ? "" : null);
    node.put("description", description(rng, old));
    node.put(
        "full_dataset_url",
        rng.chance(0.1)
            ? "https://openneuro.org/datasets/ds"
                + String.format("%06d", traits.collectionId() % 1_000_000)
            : null);
    node.put("private", traits.isPrivate());
  }

  private void dates(
      ObjectNode node, CollectionTraits traits, CollectionIdentity identity, Rng rng) {
    Instant added = Dates.at(traits.fraction(), rng);
    Instant modified = Dates.after(added, 400, rng);
    node.put("add_date", Dates.format(added, traits.oldSchema()));
    node.put("modify_date", Dates.format(modified, traits.oldSchema()));
    node.put(
        "doi_add_date", identity.doi() == null ? null : Dates.format(added, traits.oldSchema()));
  }

  private static String authors(Rng rng) {
    int n = rng.between(1, 6);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      out.append(i == 0 ? "" : ", ").append(TextPools.person(rng));
    }
    return out.toString();
  }

  private static String description(Rng rng, boolean old) {
    double u = rng.nextDouble();
    if (u < 0.4) {
      return old ? "" : null;
    }
    if (u < 0.5) {
      return "";
    }
    return "Statistical maps from a study of "
        + rng.pick(TextPools.TOPICS)
        + " using the "
        + rng.pick(TextPools.TASKS)
        + ".\nUnthresholded group maps; see the paper for details.";
  }

  private static ObjectNode toOldSchema(ObjectNode node) {
    node.remove(NOT_IN_OLD);
    node.properties().removeIf(e -> e.getKey().startsWith("nutbrain_"));
    return node;
  }
}
