package io.github.nvfetch.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The ids flags of {@code ids}. */
public final class IdsOptions {

  @Option(
      names = "--collection",
      paramLabel = "ID",
      arity = "1..*",
      split = ",",
      description = "Collections to fetch whole, in this order (repeatable; 1 2 3 or 1,2,3).")
  List<Long> collectionIds = new ArrayList<>();

  @Option(
      names = "--image",
      paramLabel = "ID",
      arity = "1..*",
      split = ",",
      description = "Single images to fetch, after the collections (repeatable).")
  List<Long> imageIds = new ArrayList<>();

  /** Creates the options (picocli fills them). */
  public IdsOptions() {}
}
