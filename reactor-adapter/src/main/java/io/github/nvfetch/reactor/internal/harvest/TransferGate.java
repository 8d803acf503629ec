package io.github.nvfetch.reactor.internal.harvest;

import reactor.core.publisher.Mono;

/**
 * Where a download's transfer waits for its turn: a slot is held while the body arrives and freed
 * as soon as it has, before the part file is flushed and checked.
 */
interface TransferGate {

  /** No slot to wait for (a download outside a harvest). */
  TransferGate OPEN =
      new TransferGate() {
        @Override
        public <T> Mono<T> during(Mono<T> transfer) {
          return transfer;
        }
      };

  /** Runs {@code transfer} in a slot, freed when it ends. */
  <T> Mono<T> during(Mono<T> transfer);
}
