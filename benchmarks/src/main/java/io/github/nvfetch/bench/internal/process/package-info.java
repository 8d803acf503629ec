/** Implementation of the benchmarks (internal/process): not API. */
package io.github.nvfetch.bench.internal.process;
