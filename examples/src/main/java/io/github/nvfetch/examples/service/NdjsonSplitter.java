package io.github.nvfetch.examples.service;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import reactor.core.publisher.Flux;

/**
 * For clients of the service: the lines of an NDJSON stream from its body's chunks as they arrive,
 * whatever the chunks' boundaries (a line may span chunks, a chunk hold many lines).
 */
public final class NdjsonSplitter {

  private final ByteArrayOutputStream partial = new ByteArrayOutputStream();

  private NdjsonSplitter() {}

  /**
   * The complete lines (without their {@code \n}) of a stream of chunks; a last line without {@code
   * \n} is kept too.
   *
   * @param chunks the body's bytes, in order
   * @return the lines, each emitted as soon as its end arrived
   */
  public static Flux<String> lines(Flux<byte[]> chunks) {
    return Flux.defer(
        () -> {
          NdjsonSplitter splitter = new NdjsonSplitter();
          return chunks
              .concatMapIterable(splitter::complete, 1)
              .concatWith(Flux.defer(() -> Flux.fromIterable(splitter.rest())));
        });
  }

  private List<String> complete(byte[] chunk) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < chunk.length; i++) {
      if (chunk[i] == '\n') {
        partial.write(chunk, start, i - start);
        lines.add(partial.toString(StandardCharsets.UTF_8));
        partial.reset();
        start = i + 1;
      }
    }
    partial.write(chunk, start, chunk.length - start);
    return lines;
  }

  private List<String> rest() {
    return partial.size() == 0 ? List.of() : List.of(partial.toString(StandardCharsets.UTF_8));
  }
}
