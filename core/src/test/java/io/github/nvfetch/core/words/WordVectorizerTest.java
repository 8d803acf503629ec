package io.github.nvfetch.core.words;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordVectorizerTest {

  @TempDir Path dir;

  private Optional<Path> wordsFile(String name, String json) throws IOException {
    return Optional.of(Files.writeString(dir.resolve(name), json));
  }

  private static String decode(String values) {
    return "{\"data\": {\"id\": 1, \"values\": " + values + "}}";
  }

  @Test
  void reproducesNilearnsWorkedExample() throws IOException {
    List<Optional<Path>> files =
        List.of(
            wordsFile("a.json", decode("{\"w1\": 1.0, \"common\": 1.0}")),
            wordsFile("b.json", "this is not json"),
            wordsFile("c.json", decode("{\"common\": 1.3, \"w1\": 1.0}")),
            wordsFile("d.json", decode("{\"w2\": 1.0, \"common\": 1.31}")));

    WordVectors vectors = WordVectorizer.vectorizeFiles(files);

    assertEquals(List.of("common", "w1", "w2"), vectors.vocabulary());
    double[][] expected = {{1, 1, 0}, {0, 0, 0}, {1.3, 1, 0}, {1.31, 0, 1}};
    double[][] actual = vectors.frequencies();
    for (int i = 0; i < expected.length; i++) {
      assertArrayEquals(expected[i], actual[i], 0.0, "row " + i);
    }
    assertTrue(vectors.warning().isEmpty());
  }

  @Test
  void oneHotFilesGiveASquareMatrixWhoseColumnsEachSumToOne() throws IOException {
    List<Optional<Path>> files = new ArrayList<>();
    String[] words = {"pain", "memory", "reward", "motor", "visual"};
    for (String word : words) {
      files.add(wordsFile(word + ".json", decode("{\"" + word + "\": 1}")));
    }

    double[][] matrix = WordVectorizer.vectorizeFiles(files).frequencies();

    assertEquals(5, matrix.length);
    for (int col = 0; col < 5; col++) {
      double sum = 0;
      for (double[] row : matrix) {
        assertEquals(5, row.length);
        sum += row[col];
      }
      assertEquals(1.0, sum, 0.0);
    }
  }

  @Test
  void absentEmptyAndMissingFilesGiveZeroRows() throws IOException {
    List<Optional<Path>> files =
        List.of(
            Optional.empty(),
            Optional.of(dir.resolve("missing.json")),
            wordsFile("empty.json", decode("{}")),
            wordsFile("nodata.json", "{\"values\": {\"x\": 1}}"),
            wordsFile("ok.json", decode("{\"reward\": -0.25}")));

    WordVectors vectors = WordVectorizer.vectorizeFiles(files);

    assertEquals(List.of("reward"), vectors.vocabulary());
    double[][] m = vectors.frequencies();
    assertArrayEquals(new double[] {0}, m[0]);
    assertArrayEquals(new double[] {0}, m[3]);
    assertArrayEquals(new double[] {-0.25}, m[4]);
  }

  @Test
  void noWordsAtAllGivesAnEmptyResultWithNilearnsWarning() throws IOException {
    WordVectors vectors =
        WordVectorizer.vectorizeFiles(List.of(Optional.empty(), wordsFile("x.json", "[]")));

    assertTrue(vectors.isEmpty());
    assertEquals(0, vectors.rows());
    assertEquals(Optional.of(WordVectorizer.NO_WORDS_WARNING), vectors.warning());
    assertTrue(WordVectorizer.vectorize(List.of()).isEmpty());
  }

  @Test
  void returnsCopiesSoCallersCannotAlterTheResult() {
    WordVectors vectors = WordVectorizer.vectorize(List.of(Map.of("a", 2.0)));
    vectors.frequencies()[0][0] = 99;
    assertEquals(2.0, vectors.frequencies()[0][0]);
  }
}
