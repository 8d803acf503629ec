package io.github.nvfetch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code nvfetch replica} run in-process through picocli. */
class ReplicaCommandTest {

  @Test
  void replicaPrintsTheListeningLineServesPagesAndStops() throws Exception {
    CommandLine cl = NvfetchCommand.commandLine();
    LineWriter out = new LineWriter();
    cl.setOut(new PrintWriter(out, true));
    CompletableFuture<Integer> exit =
        CompletableFuture.supplyAsync(
            () ->
                cl.execute(
                    "replica",
                    "--port",
                    "0",
                    "--seed",
                    "7",
                    "--collections",
                    "6",
                    "--images",
                    "40",
                    "--profile",
                    "nginx",
                    "--private-rate",
                    "0"));
    String line = out.firstLine.get(60, TimeUnit.SECONDS);
    assertTrue(line.matches("replica listening on http://127\\.0\\.0\\.1:\\d+"), line);
    String base = line.substring("replica listening on ".length());

    HttpResponse<String> page =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + "/api/collections/?limit=2")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, page.statusCode());
    assertTrue(
        page.body()
            .startsWith(
                "{\"count\":6,\"next\":\"" + base + "/api/collections/?limit=2&offset=2\""));

    ReplicaCommand replica = cl.getSubcommands().get("replica").getCommand();
    replica.requestStop();
    assertEquals(0, exit.get(30, TimeUnit.SECONDS));
    assertEquals("replica listening on " + base + System.lineSeparator(), out.toString());
  }

  @Test
  void badFlagsPrintOneLineAndExit2() {
    for (String[] args :
        new String[][] {
          {"replica", "--port", "0", "--bogus"},
          {"replica"},
          {"replica", "--port", "x"},
          {"replica", "--port", "0", "--profile", "slowish"}
        }) {
      StringWriter err = new StringWriter();
      CommandLine cl = NvfetchCommand.commandLine();
      cl.setErr(new PrintWriter(err));
      assertEquals(2, cl.execute(args), String.join(" ", args));
      assertEquals(1, err.toString().lines().count(), err.toString());
      assertTrue(err.toString().startsWith("nvfetch replica: "), err.toString());
    }
  }

  @Test
  void invalidValuesAndBusyPortsFailWithOneLine() throws IOException {
    StringWriter err = new StringWriter();
    CommandLine cl = NvfetchCommand.commandLine();
    cl.setErr(new PrintWriter(err));
    assertEquals(ExitCodes.BAD_INPUT, cl.execute("replica", "--port", "0", "--missing-rate", "2"));
    assertEquals("nvfetch replica: missingFileRate must be in [0, 1]: 2.0", err.toString().strip());

    try (ServerSocket busy = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
      StringWriter err2 = new StringWriter();
      CommandLine cl2 = NvfetchCommand.commandLine();
      cl2.setErr(new PrintWriter(err2));
      assertEquals(1, cl2.execute("replica", "--port", Integer.toString(busy.getLocalPort())));
      assertEquals(1, err2.toString().lines().count(), err2.toString());
      assertTrue(
          err2.toString().contains("cannot listen on 127.0.0.1:" + busy.getLocalPort()),
          err2.toString());
    }
  }

  @Test
  void variedVolumesServeEachImagesOwnGridWithTheRecordsSize() throws Exception {
    CommandLine cl = NvfetchCommand.commandLine();
    LineWriter out = new LineWriter();
    cl.setOut(new PrintWriter(out, true));
    CompletableFuture<Integer> exit =
        CompletableFuture.supplyAsync(
            () ->
                cl.execute(
                    "replica",
                    "--port",
                    "0",
                    "--collections",
                    "3",
                    "--images",
                    "20",
                    "--private-rate",
                    "0",
                    "--volumes",
                    "varied"));
    String base =
        out.firstLine.get(60, TimeUnit.SECONDS).substring("replica listening on ".length());
    HttpClient http = HttpClient.newHttpClient();
    JsonNode images =
        new ObjectMapper()
            .readTree(
                http.send(
                        HttpRequest.newBuilder(URI.create(base + "/api/images/?limit=3")).build(),
                        HttpResponse.BodyHandlers.ofString())
                    .body());
    java.util.Set<Integer> dims = new java.util.HashSet<>();
    for (JsonNode image : images.get("results")) {
      HttpResponse<byte[]> file =
          http.send(
              HttpRequest.newBuilder(URI.create(image.get("file").asText())).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(image.get("file_size").asLong(), file.body().length);
      try (java.io.InputStream in =
          new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(file.body()))) {
        byte[] header = in.readNBytes(348);
        dims.add(
            java.nio.ByteBuffer.wrap(header).order(java.nio.ByteOrder.LITTLE_ENDIAN).getShort(42)
                & 0xFFFF);
      }
    }
    assertEquals(java.util.Set.of(91, 61, 64), dims, "2 mm, 3 mm and cropped 1 mm grids");
    ReplicaCommand replica = cl.getSubcommands().get("replica").getCommand();
    replica.requestStop();
    assertEquals(0, exit.get(30, TimeUnit.SECONDS));
  }

  @Test
  void helpWorks() {
    StringWriter out = new StringWriter();
    CommandLine cl = NvfetchCommand.commandLine();
    cl.setOut(new PrintWriter(out));
    assertEquals(0, cl.execute("replica", "--help"));
    assertTrue(out.toString().contains("--profile"));
    StringWriter top = new StringWriter();
    CommandLine cl2 = NvfetchCommand.commandLine();
    cl2.setOut(new PrintWriter(top));
    assertEquals(0, cl2.execute("--help"));
    assertTrue(top.toString().contains("replica"));
  }

  /** Collects output and completes a future with the first full line. */
  private static final class LineWriter extends Writer {
    final CompletableFuture<String> firstLine = new CompletableFuture<>();
    private final StringBuilder text = new StringBuilder();

    @Override
    public synchronized void write(char[] buf, int off, int len) {
      text.append(buf, off, len);
      int nl = text.indexOf("\n");
      if (nl >= 0) {
        firstLine.complete(text.substring(0, nl).strip());
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Override
    public synchronized String toString() {
      return text.toString();
    }
  }
}
