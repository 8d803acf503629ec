package io.github.nvfetch.core.internal.walk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.nvfetch.core.internal.AtomicFiles;
import io.github.nvfetch.core.internal.Json;
import io.github.nvfetch.core.store.LocalStore;
import io.github.nvfetch.core.store.StoreException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;

/**
 * The records of filtered harvests' server walks in a store: one JSON file per selection, {@code
 * <data_dir>/neurovault/.nvfetch/walk-<selection hash>.json}, each replaced atomically (temporary
 * file, forced to disk, renamed over it) so that a harvest killed at any moment leaves the previous
 * record or the new one, never a torn one. Methods block on file I/O.
 */
public final class WalkJournal {

  /** The folder of the records, inside the store's root. */
  public static final String DIR_NAME = ".nvfetch";

  /** The version of the file format this class writes and reads. */
  public static final int FORMAT = 1;

  private static final long MAX_FILE_BYTES = 64L << 20;

  private final Path dir;

  private WalkJournal(Path dir) {
    this.dir = dir;
  }

  /** The journal of {@code store} (nothing is created until a record is written). */
  public static WalkJournal of(LocalStore store) {
    return new WalkJournal(Objects.requireNonNull(store, "store").root().resolve(DIR_NAME));
  }

  /** The file that holds the walk of {@code selection}. */
  public Path file(WalkSelection selection) {
    return dir.resolve("walk-" + selection.hash() + ".json");
  }

  /** Replaces the record of the walk's selection, atomically. */
  public void write(WalkRecord record) {
    AtomicFiles.write(file(record.selection()), toJson(record).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Deletes the record of {@code selection}, and the records' folder once it is empty, so that a
   * data directory whose harvests all ended holds only nilearn's files.
   *
   * @throws StoreException when the record exists but cannot be deleted
   */
  public void remove(WalkSelection selection) {
    Path file = file(selection);
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new StoreException("cannot delete " + file + ": " + e.getMessage(), e);
    }
    try {
      Files.deleteIfExists(dir);
    } catch (IOException stillUsed) {
      // another selection's record (or anything else) is still there: the folder stays
    }
  }

  /**
   * The recorded walk of {@code selection}, if there is one.
   *
   * @throws StoreException when the file cannot be read or is not a walk record of this format
   */
  public Optional<WalkRecord> read(WalkSelection selection) {
    Path file = file(selection);
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        throw new StoreException(file + " is larger than " + MAX_FILE_BYTES + " bytes", null);
      }
      return Optional.of(parse(Files.readString(file, StandardCharsets.UTF_8), file));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Why there is no record for {@code selection}: how the most recently written record of another
   * selection differs from it, or that no walk was recorded yet.
   */
  public String missingReason(WalkSelection selection) {
    Optional<WalkRecord> latest = latestOther(selection);
    if (latest.isEmpty()) {
      return "no walk is recorded in " + dir;
    }
    List<String> differences = selection.differencesFrom(latest.get().selection());
    return "no walk is recorded for this selection; the latest recorded walk ("
        + file(latest.get().selection()).getFileName()
        + ") differs: "
        + String.join("; ", differences);
  }

  private Optional<WalkRecord> latestOther(WalkSelection selection) {
    Path own = file(selection);
    Path latest = null;
    FileTime latestTime = null;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "walk-*.json")) {
      for (Path file : files) {
        FileTime time = Files.getLastModifiedTime(file);
        if (!file.equals(own) && (latestTime == null || time.compareTo(latestTime) > 0)) {
          latest = file;
          latestTime = time;
        }
      }
      return latest == null
          ? Optional.empty()
          : Optional.of(parse(Files.readString(latest, StandardCharsets.UTF_8), latest));
    } catch (IOException | StoreException e) {
      return Optional.empty();
    }
  }

  private static String toJson(WalkRecord record) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("format", FORMAT);
    ObjectNode selection = root.putObject("selection");
    selection.put("base_url", record.selection().baseUrl());
    selection.put("collection_terms", record.selection().collectionTerms());
    selection.put("image_terms", record.selection().imageTerms());
    root.put("count", record.count());
    root.put("walked", record.walked());
    root.put("resume_offset", record.resumeOffset());
    if (record.anchorId().isPresent()) {
      root.put("anchor_id", record.anchorId().getAsLong());
    } else {
      root.putNull("anchor_id");
    }
    root.put("complete", record.complete());
    root.put("updated", record.updated().toString());
    ArrayNode ids = root.putArray("walked_ids");
    record.walkedIds().forEach(ids::add);
    try {
      return Json.MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a walk record as JSON", e);
    }
  }

  private static WalkRecord parse(String text, Path file) {
    try {
      JsonNode root = Json.MAPPER.readTree(text);
      if (root == null || !root.isObject() || root.path("format").asInt(-1) != FORMAT) {
        throw bad(file, "not a walk record of format " + FORMAT);
      }
      JsonNode selection = root.path("selection");
      WalkSelection parsed =
          new WalkSelection(
              text(selection, "base_url", file),
              text(selection, "collection_terms", file),
              text(selection, "image_terms", file));
      JsonNode anchor = root.path("anchor_id");
      TreeSet<Long> walkedIds = new TreeSet<>();
      JsonNode ids = root.path("walked_ids");
      if (!ids.isArray()) {
        throw bad(file, "walked_ids is not an array");
      }
      for (JsonNode id : ids) {
        walkedIds.add(positive(id, "walked_ids", file));
      }
      return new WalkRecord(
          parsed,
          count(root, "count", file),
          count(root, "walked", file),
          count(root, "resume_offset", file),
          anchor.isNull() || anchor.isMissingNode()
              ? OptionalLong.empty()
              : OptionalLong.of(positive(anchor, "anchor_id", file)),
          walkedIds,
          root.path("complete").asBoolean(false),
          Instant.parse(text(root, "updated", file)));
    } catch (JsonProcessingException | DateTimeParseException | IllegalArgumentException e) {
      throw bad(file, e.getMessage());
    }
  }

  private static String text(JsonNode node, String field, Path file) {
    JsonNode value = node.path(field);
    if (!value.isTextual()) {
      throw bad(file, field + " is not a string");
    }
    return value.textValue();
  }

  private static long count(JsonNode node, String field, Path file) {
    JsonNode value = node.path(field);
    if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0) {
      throw bad(file, field + " is not a non-negative integer");
    }
    return value.longValue();
  }

  private static long positive(JsonNode value, String field, Path file) {
    if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() <= 0) {
      throw bad(file, field + " holds something other than a positive collection id");
    }
    return value.longValue();
  }

  private static StoreException bad(Path file, String why) {
    return new StoreException(file + " is not a usable walk record: " + why, null);
  }
}
