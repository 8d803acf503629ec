package io.github.nvfetch.bench;

import io.github.nvfetch.bench.internal.micro.SampleFilters;
import io.github.nvfetch.bench.internal.micro.SampleRecords;
import io.github.nvfetch.core.ImageMeta;
import io.github.nvfetch.core.Metadata;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH: the cost of evaluating a filter on one parsed image record, over {@value #RECORDS} realistic
 * records of the replica's corpus (each invocation evaluates all of them; the score is per record).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FilterBenchmark {

  /** Records evaluated per invocation. */
  public static final int RECORDS = 1_000;

  private ImageMeta[] records;
  private Predicate<Metadata> defaultTerms;
  private Predicate<Metadata> complex;

  /** Builds the records and filters. */
  @Setup
  public void setUp() {
    records = SampleRecords.images(RECORDS);
    defaultTerms = SampleFilters.defaultTerms();
    complex = SampleFilters.complex();
  }

  /** nilearn's default image terms. */
  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public int defaultTerms() {
    return count(defaultTerms);
  }

  /**
   * A complex {@code ResultFilter}: terms, IsIn, Pattern (IGNORECASE), GreaterThan, OR, AND, NOT.
   */
  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public int complexFilter() {
    return count(complex);
  }

  private int count(Predicate<Metadata> filter) {
    int kept = 0;
    for (ImageMeta record : records) {
      if (filter.test(record)) {
        kept++;
      }
    }
    return kept;
  }
}
