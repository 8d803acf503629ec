package io.github.nvfetch.testkit.internal.faults;

import io.github.nvfetch.testkit.Faults;
import io.github.nvfetch.testkit.internal.http.PageInfo;
import io.github.nvfetch.testkit.internal.http.Replies;
import io.github.nvfetch.testkit.internal.http.Reply;
import io.github.nvfetch.testkit.internal.http.ReplyKind;
import java.util.Arrays;
import java.util.Set;

/**
 * The faults that depend on the generated answer: poison records in large pages, malformed JSON.
 */
public final class ReplyFaults {

  private ReplyFaults() {}

  /** Whether a page holds a poison record and is larger than the threshold. */
  public static boolean poisoned(Faults faults, Reply reply) {
    PageInfo page = reply.page();
    return page != null
        && page.limit() > faults.poisonPageThreshold()
        && (containsAny(page.collectionIds(), faults.poisonCollectionIds())
            || containsAny(page.imageIds(), faults.poisonImageIds()));
  }

  /** Whether the answer is to be sent malformed. */
  public static boolean malformed(Faults faults, FaultPlan plan, Reply reply) {
    return reply.status() == 200
        && ((reply.kind() == ReplyKind.API_JSON && plan.malformed())
            || (reply.kind() == ReplyKind.NEUROSYNTH_JSON && faults.neurosynthMalformed()));
  }

  /** The poison answer: Django's 500 page. */
  public static Reply poison() {
    return Replies.djangoPage(500);
  }

  /**
   * The answer with its body cut at the plan's cut point (a strict prefix of JSON is never valid
   * JSON).
   */
  public static Reply truncate(FaultPlan plan, Reply reply) {
    byte[] body = reply.segments().get(0);
    return reply.withBody(Arrays.copyOf(body, (int) plan.cut(body.length)));
  }

  private static boolean containsAny(long[] ids, Set<Long> poison) {
    if (poison.isEmpty()) {
      return false;
    }
    for (long id : ids) {
      if (poison.contains(id)) {
        return true;
      }
    }
    return false;
  }
}
