package io.github.nvfetch.bench.reliability;

import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.Mode;
import io.github.nvfetch.core.filter.Terms;
import java.nio.file.Path;

/** The harvest requests of the suite. */
public final class Requests {

  private Requests() {}

  /**
   * A filtered harvest of everything public: no collection or image terms, no filter, no limit, so
   * that the corpus alone says what it selects ({@link Reachability#publicImages}).
   */
  public static FetchRequest everything(Path dataDir, Mode mode, boolean words) {
    return FetchRequest.builder()
        .dataDir(dataDir)
        .mode(mode)
        .noLimit()
        .collectionTerms(Terms.of())
        .imageTerms(Terms.of())
        .fetchNeurosynthWords(words)
        .build();
  }
}
