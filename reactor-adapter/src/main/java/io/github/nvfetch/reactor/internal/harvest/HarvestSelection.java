package io.github.nvfetch.reactor.internal.harvest;

import io.github.nvfetch.core.store.StoredImage;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What differs between the kinds of harvest (filtered, by ids): which images they select. The
 * {@link HarvestEngine} does the rest (opening the store, images on disk first, the limits, storing
 * in order, settling); a selection only yields candidates and steps.
 */
interface HarvestSelection {

  /** The images on disk the harvest wants, in order (the engine takes each id once). */
  Flux<StoredImage> onDisk(HarvestContext context);

  /**
   * The steps of the images to fetch from the server, in nilearn's order: reached collections and
   * (lazy) downloads, each image claimed through {@link HarvestContext#once}.
   */
  Flux<Mono<HarvestStep>> fromServer(HarvestContext context);
}
