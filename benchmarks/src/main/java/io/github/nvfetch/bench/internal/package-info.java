/** Implementation of the benchmarks (internal): not API. */
package io.github.nvfetch.bench.internal;
