package io.github.nvfetch.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hostile records attack clients as documented. */
class HostileRecordsTest {

  private static ReplicaServer server;
  private static String base;
  private static HostileImageIds ids;

  @BeforeAll
  static void start() {
    server =
        ReplicaServer.builder()
            .corpus(
                CorpusSpec.builder().seed(2).collections(5).images(20).hostileRecords(true).build())
            .start();
    base = server.baseUrl();
    ids = server.corpus().hostileImageIds().orElseThrow();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @Test
  void theyAreListedAfterEveryRegularImage() {
    assertEquals(8, ids.all().size());
    assertEquals(
        ids.all(),
        server.corpus().imageIds().skip(server.corpus().imageCount() - 8).boxed().toList());
    assertTrue(Corpus.generate(CorpusSpec.DEFAULT).hostileImageIds().isEmpty());
  }

  @Test
  void linksAndTypesAreHostile() {
    assertTrue(
        record(ids.pathTraversal())
            .get("file")
            .asText()
            .endsWith("/media/images/../../../etc/passwd"));
    assertTrue(record(ids.encodedTraversal()).get("file").asText().contains("..%2F..%2F"));
    assertEquals("../../evil", record(ids.stringCollectionId()).get("collection_id").asText());
    assertEquals(404, Http.get(record(ids.encodedTraversal()).get("file").asText()).statusCode());
  }

  @Test
  void deepAndHugeRecordsDefeatDefaultParserLimits() {
    HttpResponse<byte[]> deep = Http.get(base + "/api/images/" + ids.deepJson() + "/");
    assertThrows(JsonProcessingException.class, () -> new ObjectMapper().readTree(deep.body()));
    HttpResponse<byte[]> huge = Http.get(base + "/api/images/" + ids.hugeString() + "/");
    assertTrue(huge.body().length > 20_000_000);
    assertThrows(JsonProcessingException.class, () -> new ObjectMapper().readTree(huge.body()));
  }

  @Test
  void theLyingContentLengthEndsInAnIoError() {
    String url = base + server.corpus().filePath(ids.hugeContentLength());
    assertThrows(IOException.class, () -> Http.send(Http.request(url)));
  }

  @Test
  void theGzipBombHasAValidHeaderAndInflatesToGigabytes() throws IOException {
    byte[] gz = Http.get(base + server.corpus().filePath(ids.gzipBomb())).body();
    assertTrue(gz.length < 3_000_000);
    try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
      ByteBuffer h = ByteBuffer.wrap(in.readNBytes(352)).order(ByteOrder.LITTLE_ENDIAN);
      assertEquals(348, h.getInt(0));
      long declared = 4L * h.getShort(42) * h.getShort(44) * h.getShort(46);
      assertTrue(declared >= 1L << 31, "declares " + declared);
      byte[] zeros = in.readNBytes(64 << 20);
      assertEquals(64 << 20, zeros.length, "keeps inflating well past any sane NIfTI");
    }
  }

  @Test
  void theNonNiftiFileIsValidGzipOfText() throws IOException {
    byte[] text = FilesTest.gunzip(server.corpus().fileBytes(ids.notNifti()));
    assertTrue(new String(text).startsWith("This is not a NIfTI file."));
    assertEquals(FileStatus.CORRUPT, server.corpus().fileStatus(ids.notNifti()));
  }

  private static JsonNode record(long id) {
    return server.corpus().imageJson(id, base);
  }
}
