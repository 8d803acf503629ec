package io.github.nvfetch.examples;

import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.NeuroVaultDataset;
import io.github.nvfetch.reactor.NeuroVault;
import io.github.nvfetch.testkit.CorpusSpec;
import java.util.function.UnaryOperator;

/**
 * Runs a filtered harvest described by a request: the shared body of the filter examples, which
 * differ only in their request.
 */
final class FilteredExample {

  /** The embedded corpus of the filter examples. */
  static final CorpusSpec CORPUS =
      CorpusSpec.builder().seed(42).collections(12).images(240).build();

  private FilteredExample() {}

  /**
   * Runs {@code main} of a filter example.
   *
   * @param args the example's arguments
   * @param request the request, given the data directory's builder
   */
  static void main(String[] args, UnaryOperator<FetchRequest.Builder> request) {
    try (ExampleEnvironment env = ExampleEnvironment.fromArgs(args, CORPUS)) {
      run(env, request);
    }
  }

  /** Builds the request in the environment's data directory, fetches, prints, returns. */
  static NeuroVaultDataset run(
      ExampleEnvironment env, UnaryOperator<FetchRequest.Builder> request) {
    FetchRequest built = request.apply(FetchRequest.builder().dataDir(env.dataDir())).build();
    built.warnings().forEach(warning -> env.out().println("warning: " + warning));
    NeuroVaultDataset dataset = NeuroVault.fetchNeurovault(env.client(), built);
    Show.dataset(dataset, env.out());
    return dataset;
  }
}
