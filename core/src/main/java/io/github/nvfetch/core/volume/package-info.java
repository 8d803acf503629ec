/**
 * Brain volumes: an immutable {@link io.github.nvfetch.core.volume.Volume} read from NIfTI-1 or
 * NIfTI-2 files (with nibabel's scaling and affine rules), and nilearn's resampling onto the
 * NeuroVault downloader's 3 mm standard grid ({@link io.github.nvfetch.core.volume.Resampling}).
 */
@NullMarked
package io.github.nvfetch.core.volume;

import org.jspecify.annotations.NullMarked;
