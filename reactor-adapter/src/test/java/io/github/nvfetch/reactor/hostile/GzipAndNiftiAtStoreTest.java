package io.github.nvfetch.reactor.hostile;

import static io.github.nvfetch.reactor.hostile.HostileHarness.everything;
import static io.github.nvfetch.reactor.hostile.HostileHarness.failures;
import static io.github.nvfetch.reactor.hostile.HostileHarness.fetchedIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.FailedImage;
import io.github.nvfetch.core.ImageOutcome;
import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.testkit.hostile.Scripts;
import io.github.nvfetch.testkit.hostile.TinyNifti;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What is committed is checked at store time as {@code gzip -t} checks it: trailing garbage after a
 * valid member is refused, concatenated members and zero padding are accepted, and a body that is
 * not the image's own (wrong size for its {@code file_size}) is refused.
 */
class GzipAndNiftiAtStoreTest {

  @TempDir Path dataDir;

  @Test
  void trailingGarbageIsNeverStoredAndConcatenatedMembersAre() {
    try (HostileHarness h = new HostileHarness()) {
      h.site.collection(5, 51, 52, 53, 54, 55);
      byte[] garbage = "<html>oops</html>".getBytes(StandardCharsets.ISO_8859_1);
      byte[] withGarbage = concat(TinyNifti.forId(51), garbage);
      h.site.body(51, withGarbage);
      h.site.body(52, concat(TinyNifti.forId(52), new byte[] {0x1f, (byte) 0x8b, 8}));
      h.site.body(53, twoMembers(53));
      h.site.body(54, concat(TinyNifti.forId(54), new byte[32]));
      h.site.file(55, Scripts.withTrailingBytes(h.site.bytes(55), garbage));
      try (NeuroVaultClient client = h.clientBuilder().build()) {
        List<ImageOutcome> outcomes = HostileHarness.run(client, everything(dataDir));

        List<FailedImage> failed = failures(outcomes);
        assertEquals(List.of(51L, 52L, 55L), failed.stream().map(FailedImage::imageId).toList());
        failed.forEach(
            f ->
                assertTrue(
                    f.reason().contains("gzip") || f.reason().contains("file_size"), f.reason()));
        assertEquals(List.of(53L, 54L), fetchedIds(outcomes));
        h.assertStoredExactly(dataDir, List.of(53L, 54L));
        HostileHarness.assertNoLeftovers(dataDir);
      }
    }
  }

  private static byte[] twoMembers(long id) {
    byte[] whole = TinyNifti.forId(id);
    byte[] raw;
    try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(whole))) {
      raw = in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return concat(
        TinyNifti.gzip(Arrays.copyOf(raw, 100)),
        TinyNifti.gzip(Arrays.copyOfRange(raw, 100, raw.length)));
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
