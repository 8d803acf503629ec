/**
 * Implementation of the start-up timeline of the throughput benchmark (internal/startup): not API.
 */
package io.github.nvfetch.bench.internal.startup;
