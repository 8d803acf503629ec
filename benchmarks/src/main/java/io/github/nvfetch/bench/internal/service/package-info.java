/** Implementation of the service load benchmark (internal/service): not API. */
package io.github.nvfetch.bench.internal.service;
