/** Implementation of the benchmarks (internal/transfer): not API. */
package io.github.nvfetch.bench.internal.transfer;
