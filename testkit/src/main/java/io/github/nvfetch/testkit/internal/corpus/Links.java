package io.github.nvfetch.testkit.internal.corpus;

/**
 * The absolute links inside records, built on a base such as {@code http://127.0.0.1:8080}. A
 * private collection is referred to by its token instead of its id, as the live service does.
 */
public final class Links {

  private Links() {}

  /** {@code <base>/collections/<ref>/}. */
  public static String collection(String base, String ref) {
    return base + "/collections/" + ref + "/";
  }

  /**
   * {@code <base>/images/<id>/}, or {@code <base>/collections/<token>/images/<id>/} in a private
   * collection.
   */
  public static String image(String base, long imageId, String token) {
    return token == null
        ? base + "/images/" + imageId + "/"
        : base + "/collections/" + token + "/images/" + imageId + "/";
  }

  /** {@code <base>/media/images/<ref>/<relative path, percent-encoded>}. */
  public static String media(String base, String ref, String relativePath) {
    return base + "/media/images/" + ref + "/" + UrlEncoding.quotePath(relativePath);
  }
}
