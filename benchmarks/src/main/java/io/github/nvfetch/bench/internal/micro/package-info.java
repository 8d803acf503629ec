/** Implementation of the benchmarks (internal/micro): not API. */
package io.github.nvfetch.bench.internal.micro;
