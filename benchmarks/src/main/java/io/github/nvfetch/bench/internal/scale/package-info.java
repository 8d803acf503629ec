/** Implementation of the benchmarks (internal/scale): not API. */
package io.github.nvfetch.bench.internal.scale;
