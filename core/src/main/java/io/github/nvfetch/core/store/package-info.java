/**
 * The local data directory laid out as nilearn's {@code neurovault} folder: atomic staging and
 * publication of files ({@link io.github.nvfetch.core.store.LocalStore}), metadata next to the
 * maps, and the typed errors of a corrupt file or an unsafe path.
 */
@NullMarked
package io.github.nvfetch.core.store;

import org.jspecify.annotations.NullMarked;
