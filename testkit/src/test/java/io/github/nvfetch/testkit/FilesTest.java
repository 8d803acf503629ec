package io.github.nvfetch.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Files are raw gzip NIfTI-1 as application/octet-stream with Content-Length and no
 * Content-Encoding.
 */
class FilesTest {

  private static ReplicaServer server;
  private static String base;
  private static Corpus corpus;

  @BeforeAll
  static void start() {
    server =
        ReplicaServer.builder()
            .corpus(
                CorpusSpec.builder()
                    .seed(5)
                    .collections(20)
                    .images(200)
                    .missingFileRate(0.1)
                    .corruptFileRate(0.1)
                    .build())
            .start();
    base = server.baseUrl();
    corpus = server.corpus();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @Test
  void everyFileIsServedAsTheCorpusSaysFromTheRecordsFileLink() throws IOException {
    int ok = 0;
    for (long id : corpus.imageIds().toArray()) {
      JsonNode record = Http.getJson(base + "/api/images/" + id + "/");
      HttpResponse<byte[]> file = Http.get(record.get("file").asText());
      switch (corpus.fileStatus(id)) {
        case MISSING -> {
          assertEquals(404, file.statusCode());
          assertEquals(0, record.get("file_size").asLong());
        }
        case CORRUPT -> {
          assertEquals(200, file.statusCode());
          assertThrows(IOException.class, () -> gunzip(file.body()));
        }
        case OK -> {
          assertEquals(200, file.statusCode());
          assertEquals(
              "application/octet-stream", file.headers().firstValue("Content-Type").orElseThrow());
          assertTrue(file.headers().firstValue("Content-Encoding").isEmpty());
          assertEquals(
              file.body().length, file.headers().firstValueAsLong("Content-Length").orElseThrow());
          assertEquals(record.get("file_size").asLong(), file.body().length);
          assertArrayEquals(corpus.fileBytes(id), file.body());
          assertNifti(gunzip(file.body()));
          ok++;
        }
        default -> throw new AssertionError();
      }
    }
    assertTrue(ok > 100);
  }

  @Test
  void headAnswersTheLengthWithoutABody() throws Exception {
    long id =
        corpus
            .imageIds()
            .filter(i -> corpus.fileStatus(i) == FileStatus.OK)
            .findFirst()
            .orElseThrow();
    HttpResponse<byte[]> head =
        Http.send(
            HttpRequest.newBuilder(URI.create(base + corpus.filePath(id)))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build());
    assertEquals(200, head.statusCode());
    assertEquals(
        corpus.fileBytes(id).length,
        head.headers().firstValueAsLong("Content-Length").orElseThrow());
    assertEquals(0, head.body().length);
  }

  @Test
  void subFolderAndEncodedNamesAreServed() {
    Corpus big = Corpus.generate(CorpusSpec.builder().seed(5).collections(60).images(2000).build());
    try (ReplicaServer s = ReplicaServer.builder().corpus(big.spec()).start()) {
      long nidm =
          big.imageIds().filter(i -> big.filePath(i).contains(".nidm/")).findFirst().orElseThrow();
      long spaced =
          big.imageIds().filter(i -> big.filePath(i).contains("%20")).findFirst().orElseThrow();
      for (long id : List.of(nidm, spaced)) {
        HttpResponse<byte[]> r = Http.get(s.baseUrl() + big.filePath(id));
        assertEquals(200, r.statusCode(), big.filePath(id));
        assertArrayEquals(big.fileBytes(id), r.body());
      }
    }
  }

  @Test
  void realisticFilesAreMultiMemberGzipOfAnMniGrid() throws IOException {
    try (ReplicaServer s =
        ReplicaServer.builder()
            .corpus(
                CorpusSpec.builder()
                    .seed(9)
                    .collections(3)
                    .images(5)
                    .privateCollectionRate(0)
                    .realisticFileSize(true)
                    .build())
            .start()) {
      long id = s.corpus().imageIds().findFirst().orElseThrow();
      HttpResponse<byte[]> r = Http.get(s.baseUrl() + s.corpus().filePath(id));
      assertTrue(
          r.body().length > 300_000 && r.body().length < 4_000_000, "size " + r.body().length);
      byte[] nifti = gunzip(r.body());
      assertEquals(352 + 91 * 109 * 91 * 4, nifti.length);
      ByteBuffer h = assertNifti(nifti);
      assertEquals(91, h.getShort(42));
      assertEquals(2f, h.getFloat(80));
      assertEquals(-126f, h.getFloat(272), "qoffset_y");
      assertEquals(-126f, h.getFloat(308), "srow_y[3]");
      assertEquals(-2f, h.getFloat(280), "srow_x[0]: x flipped");
      long other = s.corpus().imageIds().skip(1).findFirst().orElseThrow();
      assertTrue(
          !java.util.Arrays.equals(r.body(), s.corpus().fileBytes(other)), "id-specific bytes");
    }
  }

  @Test
  void unknownFilesAndCollectionsAreDjango404s() {
    long cid = corpus.collectionIds().findFirst().orElseThrow();
    assertEquals(404, Http.get(base + "/media/images/" + cid + "/nothing.nii.gz").statusCode());
    assertEquals(404, Http.get(base + "/media/images/999999/x.nii.gz").statusCode());
    assertEquals(
        404, Http.get(base + "/media/images/" + cid + "/..%2F..%2Fetc%2Fpasswd").statusCode());
  }

  static ByteBuffer assertNifti(byte[] nifti) {
    ByteBuffer h = ByteBuffer.wrap(nifti, 0, 348).order(ByteOrder.LITTLE_ENDIAN);
    assertEquals(348, h.getInt(0));
    assertEquals("n+1\0", new String(nifti, 344, 4, java.nio.charset.StandardCharsets.US_ASCII));
    assertEquals(3, h.getShort(40));
    assertEquals(16, h.getShort(70), "float32");
    assertEquals(352f, h.getFloat(108));
    long voxels = (long) h.getShort(42) * h.getShort(44) * h.getShort(46);
    assertEquals(352 + 4 * voxels, nifti.length);
    assertEquals(4, h.getShort(254), "sform MNI");
    return h;
  }

  static byte[] gunzip(byte[] gz) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
      return in.readAllBytes();
    }
  }
}
