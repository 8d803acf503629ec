package io.github.nvfetch.testkit.internal.http;

import io.github.nvfetch.testkit.internal.corpus.CorpusLayout;
import io.github.nvfetch.testkit.internal.corpus.ImageSlot;

/**
 * Resolves the image reference of an API path: {@code 123} (visible if its collection is public, or
 * with a valid token) or {@code TOKEN-123} (visible if TOKEN is its collection's private token).
 */
public final class ImageLookup {

  private ImageLookup() {}

  /**
   * The slot of a visible image, or null (answered 404).
   *
   * @param layout the layout
   * @param ref the reference from the path or query
   * @param caller who is calling
   * @return the slot or null
   */
  public static ImageSlot resolve(CorpusLayout layout, String ref, Caller caller) {
    String token = null;
    String number = ref;
    if (ref.matches("[A-Z]{8}-[0-9]{1,18}")) {
      token = ref.substring(0, 8);
      number = ref.substring(9);
    } else if (!ref.matches("[0-9]{1,18}")) {
      return null;
    }
    ImageSlot slot = layout.locate(Long.parseLong(number));
    if (slot == null) {
      return null;
    }
    String own = layout.token(slot.position());
    boolean visible = token != null ? token.equals(own) : own == null || caller.authenticated();
    return visible ? slot : null;
  }
}
