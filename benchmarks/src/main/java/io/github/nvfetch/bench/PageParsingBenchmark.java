package io.github.nvfetch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.nvfetch.bench.internal.micro.SampleRecords;
import io.github.nvfetch.core.ImageMeta;
import io.github.nvfetch.core.internal.Json;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH: the cost of parsing one record of a {@value #RECORDS}-record list page, as the client does:
 * {@code Json.MAPPER.readTree} of the page bytes, then {@code ImageMeta.fromJson} of every result
 * (the score is per record).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PageParsingBenchmark {

  /** Records per page. */
  public static final int RECORDS = 100;

  private byte[] page;

  /** Builds the page bytes. */
  @Setup
  public void setUp() {
    page = SampleRecords.page(RECORDS);
  }

  /** Parses the page and converts every record. */
  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public void parsePage(Blackhole sink) throws IOException {
    JsonNode root = Json.MAPPER.readTree(page);
    for (JsonNode record : root.get("results")) {
      sink.consume(ImageMeta.fromJson(record));
    }
  }

  /** The page bytes, for the report. */
  public static int pageBytes() {
    return SampleRecords.page(RECORDS).length;
  }
}
