package io.github.nvfetch.reactor;

import java.util.Objects;
import java.util.function.Supplier;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Flux;

/**
 * A NeuroVault list as one object with two views: it is a {@link Flux} of the items, and {@link
 * #byPage()} gives the pages themselves (with the server's total {@code count}). Pages are
 * requested lazily, one after the other, following the server's {@code next} link, and only as fast
 * as the subscriber asks for items. Each subscription starts again from the first page.
 *
 * @param <T> the item type
 */
public final class PagedFlux<T> extends Flux<T> {

  private final Supplier<Flux<Page<T>>> pages;

  /**
   * Creates a paged flux.
   *
   * @param pages called once per subscription; returns the pages in order
   */
  public PagedFlux(Supplier<Flux<Page<T>>> pages) {
    this.pages = Objects.requireNonNull(pages, "pages");
  }

  /** The pages, in order; lazily fetched. */
  public Flux<Page<T>> byPage() {
    return Flux.defer(pages);
  }

  @Override
  public void subscribe(CoreSubscriber<? super T> actual) {
    byPage().concatMapIterable(Page::items).subscribe(actual);
  }
}
