package io.github.nvfetch.testkit.internal.corpus;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.nvfetch.testkit.HostileImageIds;
import java.nio.charset.StandardCharsets;

/**
 * The hostile records: one public collection after all regular ones whose images attack clients
 * (path traversal, wrong types, lying {@code Content-Length}, gzip bomb, non-NIfTI gzip, deep
 * nesting, huge strings).
 */
// an image's index in the hostile collection picks its kind (HostileKind.values()[index])
@SuppressWarnings("EnumOrdinal")
public final class HostileRecords {

  /** Number of hostile images. */
  public static final int COUNT = HostileKind.values().length;

  /** Nesting depth of the deep record. */
  public static final int DEPTH = 1000;

  /** Length of the huge string: 20 MiB, beyond Jackson's default 20,000,000-character limit. */
  public static final int HUGE_STRING_LENGTH = 20 * 1024 * 1024;

  /** The declared length of the lying file: 50 GB. */
  public static final long HUGE_CONTENT_LENGTH = 50_000_000_000L;

  /** The gzip bomb inflates to this many MiB (2 GiB) of zeros after its header. */
  static final int BOMB_MIB = 2048;

  private static final int[] BOMB_DIMS = {1024, 1024, 512};

  private final CorpusLayout layout;
  private final int position;
  private final FileStore files;
  private final byte[] bomb;

  /**
   * Creates the hostile records of a layout whose last collection is the hostile one, and builds
   * the gzip bomb (a fraction of a second, done here so that no event loop ever pays for it).
   *
   * @param layout the layout
   * @param files the file store (for the regular part of hostile files)
   */
  public HostileRecords(CorpusLayout layout, FileStore files) {
    this.layout = layout;
    this.position = layout.size() - 1;
    this.files = files;
    byte[] header =
        NiftiHeader.write(BOMB_DIMS, 1f, new float[3], new float[2], "nvfetch replica gzip bomb");
    this.bomb = FileStore.concat(Gzip.stored(header), Gzip.zeros(BOMB_MIB));
  }

  /** Whether a layout position is the hostile collection. */
  public boolean isHostileCollection(int p) {
    return p == position;
  }

  /** The ids. */
  public HostileImageIds ids() {
    long[] ids = new long[COUNT];
    for (int i = 0; i < COUNT; i++) {
      ids[i] = layout.imageId(position, i);
    }
    return new HostileImageIds(ids[0], ids[1], ids[2], ids[3], ids[4], ids[5], ids[6], ids[7]);
  }

  /** The traits of the hostile image at an index. */
  public ImageTraits traits(CollectionTraits collection, int index) {
    HostileKind kind = HostileKind.values()[index];
    return new ImageTraits(
        layout.imageId(position, index),
        index,
        collection,
        ImageKind.STATISTIC_MAP,
        "T",
        "G",
        "fMRI-BOLD",
        kind.fileStatus(),
        kind.fileName());
  }

  /** Makes a regular record hostile. */
  public ObjectNode patch(ObjectNode record, ImageTraits t, String base) {
    switch (HostileKind.values()[t.index()]) {
      case PATH_TRAVERSAL -> record.put("file", base + "/media/images/../../../etc/passwd");
      case ENCODED_TRAVERSAL ->
          record.put(
              "file",
              base + "/media/images/" + t.collection().ref() + "/..%2F..%2F..%2F..%2Fetc%2Fpasswd");
      case STRING_COLLECTION_ID -> record.put("collection_id", "../../evil");
      case DEEP_JSON -> record.set("deep", deep());
      case HUGE_STRING -> record.put("description", "hostile ".repeat(HUGE_STRING_LENGTH / 8));
      default -> {}
    }
    return record;
  }

  /** The served body of a hostile image's file, or null when missing. */
  public FileBody body(ImageTraits t) {
    return switch (HostileKind.values()[t.index()]) {
      case PATH_TRAVERSAL, ENCODED_TRAVERSAL -> null;
      case HUGE_CONTENT_LENGTH ->
          new FileBody(java.util.List.of(files.tiny(t.imageId())), HUGE_CONTENT_LENGTH);
      case GZIP_BOMB -> FileBody.of(bomb);
      case NOT_NIFTI ->
          FileBody.of(
              Gzip.stored(
                  "This is not a NIfTI file.\n".repeat(40).getBytes(StandardCharsets.US_ASCII)));
      default -> FileBody.of(files.tiny(t.imageId()));
    };
  }

  /** The served size of a hostile image's file (what {@code file_size} says). */
  public long size(ImageTraits t) {
    FileBody body = body(t);
    return body == null ? 0 : body.length();
  }

  private static ArrayNode deep() {
    ArrayNode root = JsonNodeFactory.instance.arrayNode();
    ArrayNode current = root;
    for (int i = 1; i < DEPTH; i++) {
      ArrayNode next = JsonNodeFactory.instance.arrayNode();
      current.add(next);
      current = next;
    }
    return root;
  }
}
