/**
 * Neurosynth words: the per-image term weights and their vectorisation into one vocabulary-by-image
 * matrix, as nilearn's {@code vectorize_words} does.
 */
@NullMarked
package io.github.nvfetch.core.words;

import org.jspecify.annotations.NullMarked;
