package io.github.nvfetch.bench.reliability;

import io.github.nvfetch.testkit.Corpus;
import io.github.nvfetch.testkit.FileStatus;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;

/**
 * The oracle of a harvest without filters or limit, computed from the corpus alone: the images it
 * selects, those whose file the server can serve (reachable: they must end up on disk), and those
 * it cannot (missing or corrupt: they must be reported as failures, and only they).
 *
 * @param selected every selected image id, in API order
 * @param reachable the selected images whose file is {@link FileStatus#OK}
 * @param unreachable the selected images whose file is missing or corrupt
 */
public record Reachability(List<Long> selected, Set<Long> reachable, Set<Long> unreachable) {

  /** Makes the collections unmodifiable. */
  public Reachability {
    selected = List.copyOf(selected);
    reachable = Collections.unmodifiableSet(new TreeSet<>(reachable));
    unreachable = Collections.unmodifiableSet(new TreeSet<>(unreachable));
  }

  /** The split of the given image ids. */
  public static Reachability of(Corpus corpus, LongStream imageIds) {
    List<Long> selected = imageIds.boxed().toList();
    Set<Long> reachable = new TreeSet<>();
    Set<Long> unreachable = new TreeSet<>();
    for (long id : selected) {
      (corpus.fileStatus(id) == FileStatus.OK ? reachable : unreachable).add(id);
    }
    return new Reachability(selected, reachable, unreachable);
  }

  /** Every public image: what a filtered harvest with no terms, no filter and no limit selects. */
  public static Reachability publicImages(Corpus corpus) {
    return of(corpus, corpus.imageIds());
  }

  /** The images of some collections, in the order given. */
  public static Reachability ofCollections(Corpus corpus, long... collectionIds) {
    return of(corpus, LongStream.of(collectionIds).flatMap(corpus::imageIds));
  }

  /** The reachable images, in API order. */
  public List<Long> reachableInOrder() {
    return selected.stream().filter(reachable::contains).toList();
  }
}
