package io.github.nvfetch.cli;

import static io.github.nvfetch.reactor.NeuroVaultClientBuilder.DEFAULT_NEUROSYNTH_URL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Results that look empty but are mistakes say so, on stderr and in the JSON warnings. */
class RunWarningsTest {

  @RegisterExtension static final TestReplica replica = new TestReplica();

  @TempDir Path dir;

  private static List<String> warnings(JsonNode json) {
    List<String> all = new ArrayList<>();
    json.get("warnings").forEach(w -> all.add(w.asText()));
    return all;
  }

  @Test
  void aTermOnAFieldNoRecordHasSaysDidYouMean() {
    CliRun run =
        CliRun.of(
            replica.args(
                "fetch",
                "--data-dir",
                dir.toString(),
                "--term",
                "modalty=fMRI-BOLD",
                "--collection-term",
                "DOI~NotNull",
                "--json"));

    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertEquals(0, run.json().get("n_images").asInt());
    String expected = "no image record had a field 'modalty'; did you mean 'modality'?";
    assertTrue(warnings(run.json()).contains(expected), run.out());
    assertTrue(run.err().contains("warning: " + expected), run.err());
    assertFalse(run.err().contains("field 'DOI'"), "DOI is a collection field: " + run.err());
  }

  @Test
  void aTermThatMatchesNothingOnAKnownFieldIsNotWarnedAbout() {
    CliRun run =
        CliRun.of(
            replica.args(
                "fetch",
                "--data-dir",
                dir.toString(),
                "--term",
                "modality=no-such-modality",
                "--json"));

    assertEquals(List.of(), warnings(run.json()), run.err());
  }

  @Test
  void noWordsAtAllIsNilearnsWarningWithTheAddress() {
    String wrong = replica.server().baseUrl() + "/api/v2/nowhere/";
    CliRun run =
        CliRun.of(
            "fetch",
            "--base-url",
            replica.server().baseUrl(),
            "--rate",
            "200",
            "--neurosynth-url",
            wrong,
            "--data-dir",
            dir.toString(),
            "--max-images",
            "2",
            "--neurosynth");

    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(
        run.err()
            .contains(
                "warning: No word weight could be loaded, vectorizing "
                    + "Neurosynth words failed. Neurosynth at "
                    + wrong
                    + " gave no words for any of the 2 "
                    + "images"),
        run.err());
    assertTrue(
        run.err()
            .contains(
                "the default --neurosynth-url is the public service " + DEFAULT_NEUROSYNTH_URL),
        run.err());
    assertTrue(run.out().contains("Files: "), run.out());
    assertFalse(
        run.out().contains("neurosynth_words_for_image"),
        "no words file was written: " + run.out());
  }
}
