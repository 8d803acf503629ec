package io.github.nvfetch.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.testkit.apifixture.Leaky;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The public API scan finds every leak of an internal type, and core's API has none. */
class ApiSurfaceTest {

  @Test
  void everyPublicSignatureMentioningAnInternalTypeIsReported() {
    List<String> leaks =
        ApiSurface.of(Leaky.class, "io.github.nvfetch.testkit.apifixture").internalLeaks();
    String all = String.join("\n", leaks);
    for (String where :
        List.of(
            "implements",
            ".field",
            "constructor parameter",
            ".list returns",
            ".compareTo parameter",
            "component hidden")) {
      assertTrue(all.contains(where), "expected a leak at " + where + " in:\n" + all);
    }
    assertTrue(leaks.stream().noneMatch(l -> l.contains("secret") || l.contains("quiet")), all);
  }

  @Test
  void coresPublicSignaturesMentionNoInternalType() {
    ApiSurface core = ApiSurface.of(FetchRequest.class, "io.github.nvfetch.core");
    assertTrue(core.types().size() > 20, "scanned " + core.types());
    assertEquals(List.of(), core.internalLeaks());
  }
}
