package io.github.nvfetch.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.FailedImage;
import io.github.nvfetch.core.NeuroVaultDataset;
import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.testkit.CorpusSpec;
import io.github.nvfetch.testkit.ReplicaServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java snippets cannot rot: each one appears verbatim in {@link ReadmeSnippets},
 * which compiles, and each snippet method runs here against the replica.
 */
class ReadmeSnippetsTest {

  private static final Path README = Path.of("..", "README.md");
  private static final Path SOURCE =
      Path.of("src/main/java/io/github/nvfetch/examples/ReadmeSnippets.java");

  private static ReplicaServer replica;
  private static NeuroVaultClient client;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    replica = ReplicaServer.builder().corpus(CorpusSpec.builder().seed(42).collections(12)
        .images(240).build()).port(0).start();
    client = NeuroVaultClient.builder().baseUrl(replica.baseUrl())
        .neurosynthUrl(replica.neurosynthUrl()).requestsPerSecond(100).build();
  }

  @AfterAll
  static void stop() {
    client.close();
    replica.close();
  }

  @Test
  void everyJavaBlockOfTheReadmeIsInReadmeSnippets() throws IOException {
    List<String> source = stripped(Files.readString(SOURCE));
    List<List<String>> blocks = javaBlocks(Files.readString(README));
    assertTrue(blocks.size() >= 8, "the README's Java blocks: " + blocks.size());
    for (List<String> block : blocks) {
      assertTrue(Collections.indexOfSubList(source, block) >= 0,
          "README block not found verbatim in ReadmeSnippets.java:\n" + String.join("\n", block));
    }
  }

  @Test
  void idsSnippetReportsUnknownIdsAsFailures() {
    NeuroVaultDataset data = ReadmeSnippets.fetchByIds(client, dir);
    assertEquals(List.of(), data.fetched(), "the replica has no such ids");
    assertEquals(List.of(32015L, 32016L),
        data.failures().stream().map(FailedImage::imageId).toList());
  }

  @Test
  void filterSnippetsSelect() {
    NeuroVaultDataset terms = ReadmeSnippets.termsOverDefaults(client, dir);
    assertEquals(20, terms.fetched().size());
    terms.imagesMeta().forEach(image -> assertTrue(image.modality().orElseThrow()
        .equals("fMRI-BOLD") && List.of("T map", "Z map").contains(image.get("map_type"))));

    NeuroVaultDataset matchers = ReadmeSnippets.matchers(client, dir);
    assertFalse(matchers.fetched().isEmpty());
    matchers.fetched().forEach(image -> assertTrue(image.collection().get("DOI") != null
        && image.image().getLong("number_of_subjects").orElseThrow() >= 20));

    NeuroVaultDataset filters = ReadmeSnippets.filters(client, dir);
    assertFalse(filters.fetched().isEmpty());
    filters.imagesMeta().forEach(image -> assertTrue("group".equals(image.get("analysis_level"))
        && !Boolean.TRUE.equals(image.get("is_thresholded"))));
  }

  @Test
  void outputSnippetWritesTheTables() throws IOException {
    NeuroVaultDataset data = ReadmeSnippets.output(client, dir);
    assertEquals(5, data.fetched().size());
    assertTrue(List.of(Files.readAllLines(dir.resolve("images.csv")).get(0).split(","))
        .contains("id"));
    assertEquals(data.collectionsMeta().stream().distinct().count(),
        Files.readAllLines(dir.resolve("collections.jsonl")).size());
  }

  @Test
  void wordsSnippetVectorizes() {
    NeuroVaultDataset data = ReadmeSnippets.words(client, dir);
    assertFalse(data.vocabulary().orElseThrow().isEmpty());
  }

  @Test
  void reactiveSnippetsStreamAndCountFailures() {
    List<Path> files = ReadmeSnippets.reactive(client, dir);
    assertEquals(10, files.size());
    files.forEach(file -> assertTrue(Files.isRegularFile(file)));
    assertEquals(0, ReadmeSnippets.outcomes(client, dir));
  }

  @Test
  void configurationAndReplicaAndDefaultsSnippets() {
    try (NeuroVaultClient configured = ReadmeSnippets.configuration()) {
      assertTrue(configured != null);
    }
    assertEquals(3, ReadmeSnippets.replica(dir).size());
    assertEquals("{'not_mni': False, 'is_thresholded': False, "
        + "'map_type': NotIn('ROI/mask', 'anatomical', 'parcellation'), "
        + "'image_type': NotEqual('atlas')}", ReadmeSnippets.defaults().get(0).toString());
    assertEquals("{'number_of_images': NotNull()}", ReadmeSnippets.defaults().get(1).toString());
  }

  @Test
  void reportSnippetWritesBothPages() throws IOException {
    io.github.nvfetch.core.FetchRequest request = io.github.nvfetch.core.FetchRequest.builder()
        .maxImages(3).dataDir(dir).build();
    NeuroVaultDataset data = client.fetchDataset(request).block(java.time.Duration.ofMinutes(1));
    List<Path> pages = ReadmeSnippets.report(data, request, java.time.Duration.ofSeconds(2), dir);
    assertTrue(Files.readString(pages.get(0)).contains("data-count=\"fetched\"><span "
        + "class=\"n\">3<"));
    assertTrue(Files.readString(pages.get(1)).contains("data:image/png;base64,"));
  }

  private static List<String> stripped(String text) {
    return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
  }

  private static List<List<String>> javaBlocks(String markdown) {
    List<List<String>> blocks = new ArrayList<>();
    Matcher m = java.util.regex.Pattern.compile("```java\\n(.*?)```",
        java.util.regex.Pattern.DOTALL).matcher(markdown);
    while (m.find()) {
      blocks.add(stripped(m.group(1)));
    }
    return blocks;
  }
}
