package com.example.nvfetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's Java snippets cannot rot: every {@code ```java} block is, whitespace aside, in one
 * source file of this project, which compiles. The block's imports are that file's imports (the
 * file may add only those its method signature needs, never one a block line names), and the
 * block's code lines are in the file in one piece.
 */
class ReadmeBlocksTest {

  private static final Path README = Path.of("..", "..", "README.md");
  private static final List<Path> SOURCES = List.of(Path.of("src/main/java"),
      Path.of("src/test/java"));
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** A block or a file: its import lines and its other lines, stripped, blank lines dropped. */
  private record Code(Set<String> imports, List<String> lines) {

    static Code of(String text) {
      List<String> all = text.lines().map(String::strip).filter(line -> !line.isEmpty())
          .toList();
      return new Code(all.stream().filter(line -> line.startsWith("import "))
          .collect(Collectors.toSet()),
          all.stream().filter(line -> !line.startsWith("import ")).toList());
    }

    Set<String> words() {
      Matcher m = WORD.matcher(String.join("\n", lines));
      Set<String> words = new java.util.HashSet<>();
      while (m.find()) {
        words.add(m.group());
      }
      return words;
    }
  }

  private static Map<Path, Code> sources() {
    Map<Path, Code> files = new TreeMap<>();
    for (Path root : SOURCES) {
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path file : walk.filter(f -> f.toString().endsWith(".java")).toList()) {
          files.put(file, Code.of(Files.readString(file)));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  private static List<Code> readmeBlocks() throws IOException {
    List<Code> blocks = new ArrayList<>();
    Matcher m = JAVA_BLOCK.matcher(Files.readString(README));
    while (m.find()) {
      blocks.add(Code.of(m.group(1)));
    }
    return blocks;
  }

  /** The simple name an import brings in: the text after its last dot. */
  private static String importedName(String importLine) {
    String name = importLine.substring(0, importLine.length() - 1);
    return name.substring(name.lastIndexOf('.') + 1);
  }

  @Test
  void everyJavaBlockOfTheReadmeIsOneSourceFileWithItsImports() throws IOException {
    List<Code> blocks = readmeBlocks();
    assertTrue(blocks.size() >= 13, "the README's Java blocks: " + blocks.size());
    Map<Path, Code> sources = sources();
    for (Code block : blocks) {
      assertTrue(!block.imports().isEmpty(), "a README block without its imports:\n"
          + String.join("\n", block.lines()));
      List<Path> homes = sources.entrySet().stream()
          .filter(e -> Collections.indexOfSubList(e.getValue().lines(), block.lines()) >= 0)
          .map(Map.Entry::getKey).toList();
      assertEquals(1, homes.size(), "README block in " + homes + " (once, verbatim):\n"
          + String.join("\n", block.lines()));
      Code file = sources.get(homes.get(0));
      assertTrue(file.imports().containsAll(block.imports()), homes.get(0)
          + " lacks imports the README shows: " + block.imports());
      Set<String> used = block.words();
      List<String> missing = file.imports().stream()
          .filter(line -> !block.imports().contains(line))
          .filter(line -> used.contains(importedName(line))).sorted().toList();
      assertEquals(List.of(), missing, "imports the README block needs but does not show ("
          + homes.get(0) + ")");
    }
  }
}
