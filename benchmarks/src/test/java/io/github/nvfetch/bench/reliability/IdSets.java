package io.github.nvfetch.bench.reliability;

import java.util.Set;
import java.util.TreeSet;

/** Set arithmetic on image ids. */
final class IdSets {

  private IdSets() {}

  /** The ids in both sets, sorted. */
  static Set<Long> intersection(Set<Long> a, Set<Long> b) {
    Set<Long> both = new TreeSet<>(a);
    both.retainAll(b);
    return both;
  }
}
