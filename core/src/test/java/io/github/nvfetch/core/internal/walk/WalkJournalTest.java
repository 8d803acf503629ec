package io.github.nvfetch.core.internal.walk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.Mode;
import io.github.nvfetch.core.store.LocalStore;
import io.github.nvfetch.core.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The walk journal: atomic records per selection, read back exactly, refusals that say why. */
class WalkJournalTest {

  private static final WalkSelection SELECTION =
      new WalkSelection(
          "http://127.0.0.1:1/api/", "{'number_of_images': NotNull()}", "{'not_mni': False}");

  @TempDir Path dataDir;

  private WalkJournal journal() {
    return WalkJournal.of(LocalStore.at(dataDir));
  }

  private static WalkRecord record(WalkSelection selection, long offset, Long... walked) {
    return new WalkRecord(
        selection,
        500,
        120,
        offset,
        OptionalLong.of(41),
        new TreeSet<>(List.of(walked)),
        false,
        Instant.parse("2026-12-02T00:00:00Z"));
  }

  @Test
  void aRecordIsReadBackExactlyFromItsSelectionsFile() throws IOException {
    WalkRecord written = record(SELECTION, 100, 7L, 3L, 41L);
    journal().write(written);

    assertEquals(Optional.of(written), journal().read(SELECTION));
    Path file = journal().file(SELECTION);
    assertEquals(dataDir.resolve("neurovault/.nvfetch/walk-" + SELECTION.hash() + ".json"), file);
    try (Stream<Path> files = Files.list(file.getParent())) {
      assertEquals(List.of(file), files.toList(), "no temporary file is left");
    }
  }

  @Test
  void aNewerRecordReplacesTheOlder() {
    journal().write(record(SELECTION, 100, 1L));
    journal().write(record(SELECTION, 200, 1L, 2L));

    assertEquals(200, journal().read(SELECTION).orElseThrow().resumeOffset());
  }

  @Test
  void theHashDependsOnEveryPartOfTheSelection() {
    assertEquals(
        SELECTION.hash(),
        new WalkSelection(SELECTION.baseUrl(), SELECTION.collectionTerms(), SELECTION.imageTerms())
            .hash());
    assertNotEquals(
        SELECTION.hash(),
        new WalkSelection("http://other/api/", SELECTION.collectionTerms(), SELECTION.imageTerms())
            .hash());
    assertNotEquals(
        SELECTION.hash(),
        new WalkSelection(SELECTION.baseUrl(), SELECTION.collectionTerms(), "{}").hash());
    assertNotEquals(
        new WalkSelection("ab", "c", "").hash(),
        new WalkSelection("a", "bc", "").hash(),
        "parts are delimited");
  }

  @Test
  void withoutAnyRecordTheReasonSaysSo() {
    assertEquals(Optional.empty(), journal().read(SELECTION));
    assertTrue(
        journal().missingReason(SELECTION).startsWith("no walk is recorded in "),
        journal().missingReason(SELECTION));
  }

  @Test
  void aRecordOfAnotherSelectionIsNamedWithWhatDiffers() {
    WalkSelection other =
        new WalkSelection(
            SELECTION.baseUrl(), SELECTION.collectionTerms(), "{'map_type': 'T map'}");
    journal().write(record(other, 100, 1L));

    assertEquals(Optional.empty(), journal().read(SELECTION));
    String reason = journal().missingReason(SELECTION);
    assertTrue(
        reason.contains(
            "image terms: recorded {'map_type': 'T map'}, now " + SELECTION.imageTerms()),
        reason);
    assertTrue(!reason.contains("base URL") && !reason.contains("collection terms"), reason);
  }

  @Test
  void aDamagedRecordIsATypedErrorNamingTheFile() throws IOException {
    Path file = journal().file(SELECTION);
    Files.createDirectories(file.getParent());
    for (String damaged :
        List.of(
            "{\"format\": 1, \"selection\": ",
            "[]",
            "{\"format\": 2}",
            "{\"format\": 1, \"selection\": {\"base_url\": \"x\", \"collection_terms\": \"\", "
                + "\"image_terms\": \"\"}, \"count\": -1}")) {
      Files.writeString(file, damaged);
      StoreException e = assertThrows(StoreException.class, () -> journal().read(SELECTION));
      assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }
  }

  @Test
  void aTemporaryFileOfAKilledWriteIsRemovedWithTheOtherLeftovers() throws IOException {
    journal().write(record(SELECTION, 100, 1L));
    Path stale = journal().file(SELECTION).resolveSibling(".walk-x.json.1234.nvtmp");
    Files.writeString(stale, "{\"format\": 1, \"sel");

    assertEquals(1, LocalStore.at(dataDir).removeLeftovers());
    assertTrue(Files.notExists(stale));
    assertEquals(100, journal().read(SELECTION).orElseThrow().resumeOffset());
  }

  @Test
  void resumeIsOnlyForDownloadNew() {
    assertTrue(FetchRequest.builder().resume(true).build().resume());
    assertThrows(
        IllegalArgumentException.class,
        () -> FetchRequest.builder().resume(true).mode(Mode.OVERWRITE).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> FetchRequest.builder().resume(true).mode(Mode.OFFLINE).build());
    assertTrue(FetchRequest.fromJson("{\"resume\": true}").resume());
    assertEquals(false, FetchRequest.fromJson("{}").resume());
  }
}
