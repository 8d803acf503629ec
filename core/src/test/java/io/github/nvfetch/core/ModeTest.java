package io.github.nvfetch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ModeTest {

  @ParameterizedTest
  @CsvSource({
    "download_new,DOWNLOAD_NEW",
    "DOWNLOAD_NEW,DOWNLOAD_NEW",
    "Overwrite,OVERWRITE",
    "offline,OFFLINE",
    "OFFLINE,OFFLINE"
  })
  void parsesNilearnNamesInAnyCase(String text, Mode expected) {
    assertEquals(expected, Mode.parse(text));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"bad", "", " offline", "download-new", "DOWNLOADNEW"})
  void rejectsAnythingElseWithNilearnsWording(String text) {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> Mode.parse(text));
    assertTrue(error.getMessage().contains("'mode' must be one of"), error.getMessage());
    for (Mode mode : Mode.values()) {
      assertTrue(error.getMessage().contains(mode.nilearnName()), error.getMessage());
    }
  }

  @Test
  void nilearnNamesRoundTrip() {
    for (Mode mode : Mode.values()) {
      assertEquals(mode, Mode.parse(mode.nilearnName()));
    }
    assertEquals("download_new", Mode.DOWNLOAD_NEW.nilearnName());
  }
}
