package io.github.nvfetch.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.CollectionMeta;
import io.github.nvfetch.core.ImageMeta;
import io.github.nvfetch.core.store.LocalStore;
import io.github.nvfetch.reactor.NeuroVaultClientBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HarvestReportTest {

  private static final String HOSTILE = "<script>alert('x')</script>\"><img src=x onerror=1>&";

  @TempDir Path dir;

  @Test
  void aDataDirReportShowsItsImagesEscapedWithThumbnailsBesideThePage() throws IOException {
    Path dataDir = dir.resolve("data");
    LocalStore store = LocalStore.at(dataDir);
    store.saveCollection(CollectionMeta.fromMap(Map.of("id", 7, "name", HOSTILE)));
    store.saveImage(image(11, "faces > houses", "T map"), false);
    store.saveImage(image(12, HOSTILE, "Z map").with("url", "javascript:alert(1)"), false);
    store.saveImage(image(13, "missing file", "T map"), false);
    Files.write(store.imageFile(7, 11), TestNifti.mni2mm(6));
    Files.write(store.imageFile(7, 12), new byte[] {1, 2, 3}); // not a volume
    Files.writeString(
        store.wordsFile(7, 11),
        "{\"data\": {\"values\": {\"face\": 0.4, \"<b>bold</b>\": 0.9, \"house\": 0.1}}}");

    Path page =
        HarvestReport.ofDataDir(dataDir)
            .request(List.of("fetch --term " + HOSTILE))
            .generatedAt(Instant.parse("2026-12-01T22:00:00Z"))
            .build()
            .write(dir.resolve("out/my report.html"));

    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertFalse(html.contains("<script"), "no script element, server text escaped");
    assertFalse(html.contains("<img src=x"));
    assertFalse(html.contains("javascript:"), "a javascript: url is never a link");
    assertFalse(html.contains("<b>bold"));
    assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    assertTrue(
        html.contains("href=\"" + NeuroVaultClientBuilder.DEFAULT_BASE_URL + "/images/12/\""),
        "the image links to its NeuroVault page");
    assertTrue(html.contains("faces &gt; houses"));
    assertTrue(html.contains("data-count=\"fetched\"><span class=\"n\">2<"));
    assertTrue(html.contains("data-count=\"failed\"><span class=\"n\">1<"));
    assertTrue(html.contains("image file missing from the store: image_13.nii.gz"));
    assertTrue(html.contains("No thumbnail: "), "the unreadable volume says why");
    assertTrue(html.indexOf("&lt;b&gt;bold") < html.indexOf(">face<"), "strongest word first");
    assertTrue(html.contains("src=\"my%20report_files/image_11.png\""), html);
    Path png = dir.resolve("out/my report_files/image_11.png");
    assertTrue(Files.size(png) > 500);
    assertEquals(List.of(page.getFileName().toString(), "my report_files"), list(page.getParent()));
  }

  @Test
  void inlineThumbnailsMakeOneFileAndLeaveNoFolder() throws IOException {
    Path dataDir = dir.resolve("data");
    LocalStore store = LocalStore.at(dataDir);
    store.saveCollection(CollectionMeta.fromMap(Map.of("id", 7, "name", "c")));
    store.saveImage(image(11, "a", "T map"), false);
    Files.write(store.imageFile(7, 11), TestNifti.mni2mm(6));

    Path page =
        HarvestReport.ofDataDir(dataDir)
            .inlineThumbnails(true)
            .build()
            .write(dir.resolve("out/r.html"));

    assertTrue(Files.readString(page).contains("src=\"data:image/png;base64,iVBORw0KGgo"));
    assertEquals(List.of("r.html"), list(page.getParent()));
  }

  private static ImageMeta image(long id, String name, String mapType) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("id", id);
    fields.put("collection_id", 7);
    fields.put("name", name);
    fields.put("map_type", mapType);
    fields.put("modality", "fMRI-BOLD");
    fields.put("number_of_subjects", 20);
    return ImageMeta.fromMap(fields);
  }

  private static List<String> list(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }
}
