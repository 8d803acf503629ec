/** Implementation of the benchmarks (internal/harvest): not API. */
package io.github.nvfetch.bench.internal.harvest;
