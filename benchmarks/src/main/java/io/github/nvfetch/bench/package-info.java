/**
 * Benchmarks of neurovault-fetch: programs that print figures and append them to {@code
 * docs/BENCHMARKS.md} (never timed assertions in tests). {@link io.github.nvfetch.bench.BenchMain}
 * dispatches to {@link io.github.nvfetch.bench.HarvestThroughput}, {@link
 * io.github.nvfetch.bench.ScaleAndMemory}, {@link io.github.nvfetch.bench.RawTransfer} and {@link
 * io.github.nvfetch.bench.MicroBenchmarks}.
 */
package io.github.nvfetch.bench;
