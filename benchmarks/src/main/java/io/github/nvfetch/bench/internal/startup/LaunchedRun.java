package io.github.nvfetch.bench.internal.startup;

import java.time.Instant;

/**
 * One harvest as its launcher saw it.
 *
 * @param launch just before the child process was started (or the client created, in-process)
 * @param end once the process had exited (or {@code fetch} completed, in-process)
 * @param exitCode the process's exit code (0 in-process when every image was fetched, 1 otherwise)
 */
public record LaunchedRun(Instant launch, Instant end, int exitCode) {}
