/**
 * Runnable examples of the SDK, one small class per use case of nilearn's NeuroVault documentation
 * ({@link io.github.nvfetch.examples.Example} lists them). Each runs against an embedded replica by
 * default and against NeuroVault with {@code --base-url URL}. (The README's code is in {@code
 * examples/consumer}, a project of its own.)
 */
package io.github.nvfetch.examples;
