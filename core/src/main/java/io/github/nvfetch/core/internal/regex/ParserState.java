package io.github.nvfetch.core.internal.regex;

import io.github.nvfetch.core.internal.PythonRepr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** CPython's {@code re._parser.State}: groups, their names and widths, pending references. */
final class ParserState {

  static final int MAXGROUPS = 1073741823;

  int flags;

  /** Widths of the closed groups (index = group number); null while a group is open. */
  final List<long[]> groupWidths = new ArrayList<>();

  final Map<String, Integer> groupDict = new HashMap<>();

  /** Group numbers referenced by conditionals, with the position of the reference. */
  final Map<Integer, Integer> groupRefPos = new LinkedHashMap<>();

  Integer lookbehindGroups;

  ParserState(int flags) {
    this.flags = flags;
    groupWidths.add(null);
  }

  int groups() {
    return groupWidths.size();
  }

  /**
   * Opens a group.
   *
   * @return its number
   * @throws IllegalStateException with Python's message when the name is taken
   */
  int openGroup(String name) {
    int gid = groups();
    groupWidths.add(null);
    if (name != null) {
      Integer ogid = groupDict.get(name);
      if (ogid != null) {
        throw new IllegalStateException(
            "redefinition of group name "
                + PythonRepr.repr(name)
                + " as group "
                + gid
                + "; was group "
                + ogid);
      }
      groupDict.put(name, gid);
    }
    return gid;
  }

  void closeGroup(int gid, long[] width) {
    groupWidths.set(gid, width);
  }

  boolean checkGroup(int gid) {
    return gid < groups() && groupWidths.get(gid) != null;
  }

  void checkLookbehindGroup(int gid, Tokenizer source) {
    if (lookbehindGroups != null) {
      if (!checkGroup(gid)) {
        throw source.error("cannot refer to an open group", 0);
      }
      if (gid >= lookbehindGroups) {
        throw source.error("cannot refer to group defined in the same lookbehind subpattern", 0);
      }
    }
  }
}
