/**
 * A local NeuroVault + Neurosynth replica for tests: {@link
 * io.github.nvfetch.testkit.ReplicaServer} serves a deterministic {@link
 * io.github.nvfetch.testkit.Corpus} described by a {@link io.github.nvfetch.testkit.CorpusSpec}
 * (uniform or {@link io.github.nvfetch.testkit.VolumeMix#VARIED varied} NIfTI files) over real HTTP
 * on loopback, with fault injection ({@link io.github.nvfetch.testkit.Faults}, {@link
 * io.github.nvfetch.testkit.FaultProfile}), a request log and statistics.
 */
package io.github.nvfetch.testkit;
