package io.github.nvfetch.reactor;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a NeuroVault list: its items, the total the server reported in {@code count}, and the
 * {@code next} link (absent on the last page).
 *
 * @param <T> the item type
 * @param uri the address this page was read from
 * @param items the items, in server order
 * @param count the total number of items of the whole list, as the server reported it
 * @param next the address of the next page, absent on the last one
 */
public record Page<T>(URI uri, List<T> items, long count, Optional<URI> next) {

  /** Validates and copies the components. */
  public Page {
    Objects.requireNonNull(uri, "uri");
    items = List.copyOf(items);
    Objects.requireNonNull(next, "next");
  }
}
