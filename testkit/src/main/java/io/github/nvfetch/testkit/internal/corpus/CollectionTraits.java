package io.github.nvfetch.testkit.internal.corpus;

/**
 * The collection-level facts shared by a collection record and its images.
 *
 * @param position position in the layout
 * @param collectionId the id
 * @param token the private token, or null for a public collection
 * @param fraction place in the corpus, 0 (oldest) to 1 (newest)
 * @param oldSchema whether records are emitted with the 2016 key set, {@code ""} for empty text and
 *     UTC dates
 * @param richness probability that an optional metadata field is filled
 */
public record CollectionTraits(
    int position,
    long collectionId,
    String token,
    double fraction,
    boolean oldSchema,
    double richness) {

  /** Fraction of the oldest collections that may use the old schema. */
  static final double OLD_ERA = 0.15;

  /** Computes the traits of the collection at a position. */
  public static CollectionTraits of(long seed, CorpusLayout layout, int position) {
    long id = layout.collectionId(position);
    double fraction = layout.size() <= 1 ? 0.5 : position / (double) (layout.size() - 1);
    Rng rng = Rng.of(seed, Salt.COLLECTION_FIELDS, id);
    boolean old = fraction < OLD_ERA && rng.chance(0.7) && layout.token(position) == null;
    double richness = rng.chance(0.25) ? 0.9 : rng.decimal(0, 0.4, 2);
    return new CollectionTraits(position, id, layout.token(position), fraction, old, richness);
  }

  /** How the collection is referred to in links: its token if private, else its id. */
  public String ref() {
    return token != null ? token : Long.toString(collectionId);
  }

  /** Whether the collection is private. */
  public boolean isPrivate() {
    return token != null;
  }
}
