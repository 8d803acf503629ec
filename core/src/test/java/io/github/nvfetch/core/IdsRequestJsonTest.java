package io.github.nvfetch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdsRequestJsonTest {

  private static IdsRequest read(String json) {
    return IdsRequest.fromJson(json.replace('\'', '"'));
  }

  @Test
  void readsEveryMember() {
    IdsRequest request =
        read(
            "{'collection_ids': [35, 10, 35], 'image_ids': [7], "
                + "'mode': 'overwrite', 'fetch_neurosynth_words': true, 'vectorize_words': false, "
                + "'data_dir': '/nv'}");
    IdsRequest expected =
        IdsRequest.builder()
            .collectionIds(35, 10)
            .imageIds(7)
            .mode(Mode.OVERWRITE)
            .fetchNeurosynthWords(true)
            .vectorizeWords(false)
            .dataDir(Path.of("/nv"))
            .build();
    assertEquals(expected, request);
    assertEquals(List.of(35L, 10L), request.collectionIds());
  }

  @Test
  void emptyDocumentAndNullIdsMeanNoIds() {
    IdsRequest request = read("{'collection_ids': null}");
    assertTrue(request.collectionIds().isEmpty());
    assertTrue(request.imageIds().isEmpty());
    assertEquals(Mode.DOWNLOAD_NEW, read("{}").mode());
  }
}
