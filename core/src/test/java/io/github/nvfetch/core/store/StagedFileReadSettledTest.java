package io.github.nvfetch.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link StagedFile#readSettled}: the part file once flushed, the target once committed. */
class StagedFileReadSettledTest {

  @TempDir Path dir;

  @Test
  void readsNothingBeforeTheFlushThenThePartFileThenTheTarget() {
    StagedFile file = StagedFile.forTarget(dir.resolve("image.nii.gz"));
    file.write(ByteBuffer.wrap("bytes".getBytes(StandardCharsets.US_ASCII)));
    assertEquals(Optional.empty(), file.readSettled(Path::getFileName), "still being written");

    file.flush();
    assertEquals(Optional.of(file.partPath()), file.readSettled(path -> path));
    assertEquals(Optional.of("bytes"), file.readSettled(StagedFileReadSettledTest::content));

    file.commit();
    assertEquals(Optional.of(file.target()), file.readSettled(path -> path));
    assertEquals(Optional.of("bytes"), file.readSettled(StagedFileReadSettledTest::content));
  }

  @Test
  void readsNothingOnceAborted() {
    StagedFile file = StagedFile.forTarget(dir.resolve("image.nii.gz"));
    file.write(ByteBuffer.wrap(new byte[] {1}));
    file.flush();
    file.abort();
    assertEquals(Optional.empty(), file.readSettled(path -> path));
  }

  private static String content(Path path) {
    try {
      return Files.readString(path, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
