/**
 * The reactive SDK: {@link io.github.nvfetch.reactor.NeuroVaultClient} (built with {@link
 * io.github.nvfetch.reactor.NeuroVaultClientBuilder}) harvests NeuroVault with nilearn's {@code
 * fetch_neurovault} semantics on Reactor Netty, paced, retried and circuit-broken; the static
 * {@link io.github.nvfetch.reactor.NeuroVault} facade, the harvest's events and listener, paged
 * listings and the typed HTTP errors.
 */
@NullMarked
package io.github.nvfetch.reactor;

import org.jspecify.annotations.NullMarked;
