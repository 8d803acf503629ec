package io.github.nvfetch.bench.internal.service;

import io.github.nvfetch.testkit.Corpus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * What one client of the load benchmark asks for: its request, when it starts, and after how many
 * images it disconnects (never, for most).
 *
 * @param index the client's number
 * @param large whether it is one of the few large requests
 * @param uri the service request
 * @param start its delay after the run's start
 * @param leaveAfter images after which it disconnects; 0 for a client that reads to the end
 */
public record ClientPlan(int index, boolean large, String uri, Duration start, int leaveAfter) {

  private static final List<String> TERMS =
      List.of("", "modality=fMRI-BOLD", "map_type=T map", "map_type=Z map");

  /** The clients: the large ones first, then small ones, half filtered and half by image ids. */
  public static List<ClientPlan> of(LoadSettings settings, Corpus corpus) {
    Random random = new Random(settings.seed());
    long[] ids = corpus.imageIds().toArray();
    List<ClientPlan> plans = new ArrayList<>();
    long spreadMillis = settings.spreadSeconds() * 1000L;
    for (int i = 0; i < settings.clients(); i++) {
      boolean large = i < settings.large();
      String uri =
          large
              ? filtered(150, TERMS.get(i % TERMS.size()))
              : i % 2 == 0
                  ? filtered(5, TERMS.get(random.nextInt(TERMS.size())))
                  : byIds(ids, random);
      boolean leaves = random.nextDouble() < settings.disconnectRate();
      Duration start = Duration.ofMillis(large ? 0 : spreadMillis * i / settings.clients());
      plans.add(new ClientPlan(i, large, uri, start, leaves ? (large ? 40 : 2) : 0));
    }
    return plans;
  }

  private static String filtered(int images, String term) {
    return "/harvest?max_images="
        + images
        + (term.isEmpty() ? "" : "&term=" + URLEncoder.encode(term, StandardCharsets.UTF_8));
  }

  private static String byIds(long[] ids, Random random) {
    return "/harvest/ids?image="
        + random
            .ints(5, 0, ids.length)
            .mapToObj(i -> String.valueOf(ids[i]))
            .distinct()
            .collect(Collectors.joining(","));
  }

  /** Whether it disconnects midway. */
  public boolean leaves() {
    return leaveAfter > 0;
  }
}
