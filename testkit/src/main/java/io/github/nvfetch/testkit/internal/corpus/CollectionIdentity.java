package io.github.nvfetch.testkit.internal.corpus;

/**
 * The fields of a collection that the {@code DOI}, {@code name} and {@code owner} filters match,
 * computed from their own random stream so that filtering never generates whole records.
 *
 * @param name unique name
 * @param doi unique DOI, or null
 * @param owner owner user id, or null (deleted user)
 * @param ownerName owner's username (kept when the user id was nulled)
 * @param journal the journal of the DOI, or null
 * @param year publication year
 */
public record CollectionIdentity(
    String name, String doi, Long owner, String ownerName, String journal, int year) {

  private static final String[] PREFIXES = {
    "10.1016", "10.1038", "10.1093", "10.1523", "10.1002", "10.7554", "10.1073", "10.1186"
  };
  private static final String[] TEMPLATES = {
    "Neural correlates of %s during the %s",
    "%s: %s in healthy adults",
    "Meta-analysis of %s (%s)",
    "The role of the striatum in %s and the %s",
    "%s across the lifespan: %s"
  };

  /**
   * Computes the identity of a collection.
   *
   * @param seed the corpus seed
   * @param collectionId the id
   * @param fraction place in the corpus (sets the year)
   * @return the identity
   */
  public static CollectionIdentity of(long seed, long collectionId, double fraction) {
    Rng rng = Rng.of(seed, Salt.COLLECTION_IDENTITY, collectionId);
    String topic = rng.pick(TextPools.TOPICS);
    String task = rng.pick(TextPools.TASKS);
    String title = String.format(rng.pick(TEMPLATES), capitalize(topic), task);
    String name = title + " (study " + collectionId + ")";
    int year = 2013 + (int) Math.round(fraction * 12);
    boolean hasDoi = rng.chance(0.55);
    String doi = hasDoi ? rng.pick(PREFIXES) + "/nv." + year + "." + collectionId : null;
    String journal = hasDoi ? rng.pick(TextPools.JOURNALS) : null;
    long ownerId = 1 + (long) Math.floor(Math.pow(3000, rng.nextDouble()));
    Long owner = rng.chance(0.02) ? null : ownerId;
    return new CollectionIdentity(name, doi, owner, TextPools.username(ownerId), journal, year);
  }

  private static String capitalize(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
