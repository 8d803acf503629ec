package io.github.nvfetch.cli;

/**
 * One {@code --term} or {@code --collection-term} flag, parsed: a metadata key and what its value
 * must be (a plain value for equality, or a {@link io.github.nvfetch.core.filter.ValueMatcher}).
 *
 * @param key the metadata key, e.g. {@code modality}
 * @param value the term value, as {@link io.github.nvfetch.core.filter.Terms} takes it
 */
public record TermArgument(String key, Object value) {}
