package io.github.nvfetch.testkit.internal.http;

import io.github.nvfetch.testkit.internal.corpus.CorpusLayout;
import java.util.OptionalInt;

/**
 * Resolves the collection reference of an API path as NeuroVault does: a number (403 for a private
 * collection unless a valid token was sent, 404 if unknown), an 8-uppercase-letter private token
 * (404 if unknown), or anything else (Django raises ValueError: 500).
 *
 * @param position the collection's layout position, or -1 on error
 * @param error the error reply, or null
 */
public record CollectionLookup(int position, Reply error) {

  /** Resolves a reference. */
  public static CollectionLookup resolve(CorpusLayout layout, String ref, Caller caller) {
    if (ref.matches("[0-9]{1,18}")) {
      OptionalInt p = layout.positionOf(Long.parseLong(ref));
      if (p.isEmpty()) {
        return failed(Replies.notFound());
      }
      boolean forbidden = layout.isPrivate(p.getAsInt()) && !caller.authenticated();
      return forbidden ? failed(Replies.forbidden()) : new CollectionLookup(p.getAsInt(), null);
    }
    if (ref.matches("[0-9]+")) {
      return failed(Replies.notFound());
    }
    if (ref.matches("[A-Z]{8}")) {
      OptionalInt p = layout.positionOfToken(ref);
      return p.isPresent() ? new CollectionLookup(p.getAsInt(), null) : failed(Replies.notFound());
    }
    return failed(Replies.djangoPage(500));
  }

  private static CollectionLookup failed(Reply reply) {
    return new CollectionLookup(-1, reply);
  }
}
