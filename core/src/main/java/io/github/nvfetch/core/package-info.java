/**
 * The Reactor-free domain of neurovault-fetch: the requests ({@link
 * io.github.nvfetch.core.FetchRequest}, {@link io.github.nvfetch.core.IdsRequest}), NeuroVault's
 * collection and image metadata, the per-image outcomes of a harvest and the {@link
 * io.github.nvfetch.core.NeuroVaultDataset} it returns, with the typed exceptions of bad requests
 * and bad metadata. Every type is immutable.
 */
@NullMarked
package io.github.nvfetch.core;

import org.jspecify.annotations.NullMarked;
