/**
 * nilearn's filter algebra for NeuroVault metadata: {@link
 * io.github.nvfetch.core.filter.ResultFilter}, the term maps of {@link
 * io.github.nvfetch.core.filter.Terms} and the special values ({@code IsNull}, {@code NotIn},
 * {@code Contains}, {@code Pattern}, comparisons, ...) with nilearn's semantics, and nilearn's
 * default terms.
 */
@NullMarked
package io.github.nvfetch.core.filter;

import org.jspecify.annotations.NullMarked;
