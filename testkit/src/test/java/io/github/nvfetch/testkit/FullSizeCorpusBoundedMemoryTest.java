package io.github.nvfetch.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.BitSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * NeuroVault's real size (17,000 collections, 300,000 images) paged through {@code
 * /api/images/?limit=1000} in bounded memory. Runs in its own surefire execution with {@code
 * -Xmx160m}: a replica that held the corpus would fail with OutOfMemoryError.
 */
@Tag("slow")
class FullSizeCorpusBoundedMemoryTest {

  @Test
  void pagesThroughThreeHundredThousandImagesSeeingEachOnce() throws IOException {
    CorpusSpec spec = CorpusSpec.builder().seed(42).collections(17_000).images(300_000).build();
    try (ReplicaServer server =
        ReplicaServer.builder().corpus(spec).requestLogCapacity(1000).start()) {
      long count = server.corpus().imageCount();
      assertTrue(count > 280_000 && count <= 300_000, "public images " + count);
      BitSet seen = new BitSet();
      int pages = 0;
      long total = 0;
      for (long offset = 0; offset < count; offset += 1000) {
        byte[] page =
            Http.get(server.baseUrl() + "/api/images/?limit=1000&offset=" + offset).body();
        total += idsOf(page, seen);
        pages++;
      }
      assertEquals(count, total);
      assertEquals(count, seen.cardinality(), "every id exactly once");
      assertEquals((count + 999) / 1000, pages);
      server.corpus().imageIds().forEach(id -> assertTrue(seen.get(Math.toIntExact(id))));
      assertEquals(server.corpus().collectionCount(), server.corpus().collectionIds().count());
      assertTrue(server.corpus().collectionCount() > 16_000);
      System.gc();
      long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      assertTrue(used < 100L << 20, "heap used after GC: " + (used >> 20) + " MB");
    }
  }

  private static long idsOf(byte[] page, BitSet seen) throws IOException {
    long n = 0;
    try (JsonParser p = Http.JSON.getFactory().createParser(page)) {
      int depth = 0;
      boolean inResults = false;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          depth++;
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          depth--;
        } else if (t == JsonToken.FIELD_NAME && depth == 1) {
          inResults = p.currentName().equals("results");
        } else if (t == JsonToken.FIELD_NAME
            && depth == 3
            && inResults
            && p.currentName().equals("id")) {
          int id = Math.toIntExact(p.nextLongValue(-1));
          assertFalse(seen.get(id), "duplicate " + id);
          seen.set(id);
          n++;
        }
      }
    }
    return n;
  }
}
