package io.github.nvfetch.reactor.internal.metrics;

import io.github.nvfetch.core.InvalidMetadataException;
import io.github.nvfetch.core.store.CorruptFileException;
import io.github.nvfetch.reactor.ForbiddenException;
import io.github.nvfetch.reactor.HttpStatusException;
import io.github.nvfetch.reactor.MalformedResponseException;
import io.github.nvfetch.reactor.NotFoundException;
import io.github.nvfetch.reactor.TransportException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;

/** The low-cardinality tag values of failures: a kind, never a message or a URL. */
final class FailureTags {

  private FailureTags() {}

  /**
   * {@code not_found}, {@code forbidden}, {@code http_<status>}, {@code transport}, {@code
   * malformed_response}, {@code corrupt_file}, {@code invalid_metadata}, {@code circuit_open} or
   * {@code other}.
   */
  static String kind(Throwable error) {
    if (error instanceof NotFoundException) {
      return "not_found";
    }
    if (error instanceof ForbiddenException) {
      return "forbidden";
    }
    if (error instanceof HttpStatusException status) {
      return "http_" + status.status();
    }
    if (error instanceof TransportException) {
      return "transport";
    }
    if (error instanceof MalformedResponseException) {
      return "malformed_response";
    }
    if (error instanceof CorruptFileException) {
      return "corrupt_file";
    }
    if (error instanceof InvalidMetadataException) {
      return "invalid_metadata";
    }
    if (error instanceof CallNotPermittedException) {
      return "circuit_open";
    }
    return "other";
  }
}
