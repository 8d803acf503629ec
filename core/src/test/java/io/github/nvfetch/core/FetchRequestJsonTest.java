package io.github.nvfetch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.filter.Contains;
import io.github.nvfetch.core.filter.DefaultTerms;
import io.github.nvfetch.core.filter.GreaterOrEqual;
import io.github.nvfetch.core.filter.GreaterThan;
import io.github.nvfetch.core.filter.IsIn;
import io.github.nvfetch.core.filter.IsNull;
import io.github.nvfetch.core.filter.LessOrEqual;
import io.github.nvfetch.core.filter.LessThan;
import io.github.nvfetch.core.filter.NotContains;
import io.github.nvfetch.core.filter.NotEqual;
import io.github.nvfetch.core.filter.NotIn;
import io.github.nvfetch.core.filter.NotNull;
import io.github.nvfetch.core.filter.Pattern;
import io.github.nvfetch.core.filter.Terms;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FetchRequestJsonTest {

  /** Reads a request whose JSON uses single quotes for readability. */
  private static FetchRequest read(String json) {
    return FetchRequest.fromJson(json.replace('\'', '"'));
  }

  private static Object imageTerm(String termJson) {
    return read("{'image_terms': {'k': " + termJson + "}}").imageTerms().get("k");
  }

  private static ImageMeta image(Object... keyValues) {
    Map<String, Object> fields = new java.util.LinkedHashMap<>();
    fields.put("id", 1L);
    for (int i = 0; i < keyValues.length; i += 2) {
      fields.put((String) keyValues[i], keyValues[i + 1]);
    }
    return ImageMeta.fromMap(fields);
  }

  @Test
  void emptyDocumentGivesTheDefaults() {
    FetchRequest request = read("{}");
    assertEquals(OptionalInt.of(100), request.maxImages());
    assertEquals(DefaultTerms.images(), request.effectiveImageTerms());
    assertEquals(DefaultTerms.collections(), request.effectiveCollectionTerms());
    assertEquals(Mode.DOWNLOAD_NEW, request.mode());
    assertFalse(request.fetchNeurosynthWords());
    assertTrue(request.vectorizeWords());
    assertTrue(request.warnings().isEmpty());
  }

  @Test
  void everyTopLevelMember() {
    FetchRequest request =
        read(
            "{'max_images': 7, 'mode': 'OFFLINE', "
                + "'fetch_neurosynth_words': true, 'vectorize_words': false, 'data_dir': '/nv/data', "
                + "'collection_terms': {'DOI': {'$NotNull': null}}, 'image_terms': {'not_mni': false}}");
    assertEquals(OptionalInt.of(7), request.maxImages());
    assertEquals(Mode.OFFLINE, request.mode());
    assertTrue(request.fetchNeurosynthWords());
    assertFalse(request.vectorizeWords());
    assertEquals(Path.of("/nv/data").toAbsolutePath(), request.dataDir());
    assertEquals(Terms.of("DOI", NotNull.of()), request.collectionTerms());
    assertEquals(Terms.of("not_mni", false), request.imageTerms());
  }

  @Test
  void maxImagesNullMeansNoLimitAndNegativeToo() {
    assertEquals(OptionalInt.empty(), read("{'max_images': null}").maxImages());
    assertEquals(OptionalInt.empty(), read("{'max_images': -1}").maxImages());
    assertEquals(OptionalInt.of(0), read("{'max_images': 0}").maxImages());
  }

  @Test
  void emptyTermsObjectsMeanNoTermsAndNullMeansDefaults() {
    FetchRequest none = read("{'collection_terms': {}, 'image_terms': {}}");
    assertTrue(none.effectiveCollectionTerms().isEmpty());
    assertTrue(none.effectiveImageTerms().isEmpty());
    FetchRequest defaults =
        read(
            "{'collection_terms': null, 'image_terms': null, "
                + "'image_filter': null, 'collection_filter': null, 'data_dir': null}");
    assertEquals(DefaultTerms.images(), defaults.effectiveImageTerms());
    assertEquals(DefaultTerms.collections(), defaults.effectiveCollectionTerms());
    assertTrue(defaults.warnings().isEmpty());
  }

  @Test
  void scalarTermsMeanEqualityWithJavaTypes() {
    FetchRequest request =
        read(
            "{'image_terms': {'a': 1, 'b': 2.5, 'c': 'x', 'd': true, "
                + "'e': null, 'f': 123456789012345678901234567890, 'g': 1.0}}");
    Terms terms = request.imageTerms();
    assertEquals(1L, terms.get("a"));
    assertEquals(2.5, terms.get("b"));
    assertEquals("x", terms.get("c"));
    assertEquals(true, terms.get("d"));
    assertTrue(terms.containsKey("e"));
    assertNull(terms.get("e"));
    assertEquals(new BigInteger("123456789012345678901234567890"), terms.get("f"));
    assertEquals(1.0, terms.get("g"));
  }

  @Test
  void everyOperator() {
    assertEquals(IsNull.of(), imageTerm("{'$IsNull': null}"));
    assertEquals(NotNull.of(), imageTerm("{'$NotNull': null}"));
    assertEquals(NotEqual.of("atlas"), imageTerm("{'$NotEqual': 'atlas'}"));
    assertEquals(NotEqual.of(null), imageTerm("{'$NotEqual': null}"));
    assertEquals(GreaterOrEqual.of("2016-01-01"), imageTerm("{'$GreaterOrEqual': '2016-01-01'}"));
    assertEquals(GreaterThan.of(3), imageTerm("{'$GreaterThan': 3}"));
    assertEquals(LessOrEqual.of(4.5), imageTerm("{'$LessOrEqual': 4.5}"));
    assertEquals(LessThan.of(false), imageTerm("{'$LessThan': false}"));
    assertEquals(IsIn.of("T map", "Z map"), imageTerm("{'$IsIn': ['T map', 'Z map']}"));
    assertEquals(NotIn.of(0, null), imageTerm("{'$NotIn': [0, null]}"));
    assertEquals(Contains.of("a", 0), imageTerm("{'$Contains': ['a', 0]}"));
    assertEquals(NotContains.of("ab"), imageTerm("{'$NotContains': ['ab']}"));
    assertEquals(IsIn.of(), imageTerm("{'$IsIn': []}"));
  }

  @ParameterizedTest
  @CsvSource(
      quoteCharacter = '`',
      delimiterString = " -> ",
      value = {
        "'^T' -> Pattern(pattern='^T', flags=0)",
        "['^T'] -> Pattern(pattern='^T', flags=0)",
        "['^T', 'IGNORECASE'] -> Pattern(pattern='^T', flags=re.IGNORECASE)",
        "['^T', 'IGNORECASE|DOTALL'] -> Pattern(pattern='^T', flags=re.IGNORECASE|re.DOTALL)",
        "['^T', ['MULTILINE', 're.S']] -> Pattern(pattern='^T', flags=re.MULTILINE|re.DOTALL)",
        "['^T', 'i'] -> Pattern(pattern='^T', flags=re.IGNORECASE)",
        "['^T', []] -> Pattern(pattern='^T', flags=0)"
      })
  void patternForms(String argument, String repr) {
    Object matcher = imageTerm("{'$Pattern': " + argument + "}");
    assertTrue(matcher instanceof Pattern);
    assertEquals(repr, matcher.toString().replace('"', '\''));
  }

  @Test
  void otherMembersAreExtraImageTermsInDocumentOrder() {
    FetchRequest request =
        read(
            "{'map_type': 'Z map', 'max_images': 3, "
                + "'modify_date': {'$GreaterThan': '2016'}, 'collection_id': 40}");
    assertEquals(
        Terms.of("map_type", "Z map", "modify_date", GreaterThan.of("2016")),
        request.extraImageTerms().without("collection_id"));
    assertEquals(
        List.of("not_mni", "is_thresholded", "map_type", "image_type", "modify_date"),
        List.copyOf(request.effectiveImageTerms().keys()));
    assertEquals(40L, request.effectiveCollectionTerms().get("id"));
  }

  @Test
  void termsFilterSelectsLikeTheEquivalentBuilder() {
    FetchRequest request =
        read(
            "{'image_terms': {}, 'image_filter': {'map_type': "
                + "{'$IsIn': ['T map', 'Z map']}, 'name': {'$Pattern': ['motor', 'IGNORECASE']}}}");
    Predicate<ImageMeta> selection = request.imageSelection();
    assertTrue(selection.test(image("map_type", "T map", "name", "Motor task")));
    assertFalse(selection.test(image("map_type", "T map", "name", "a motor task")));
    assertFalse(selection.test(image("map_type", "F map", "name", "motor")));
    assertTrue(request.warnings().isEmpty());
  }

  @Test
  void filterGivenWithDefaultTermsWarnsAsInNilearn() {
    FetchRequest request = read("{'image_filter': {'a': 1}, 'collection_filter': {'b': 2}}");
    assertEquals(2, request.warnings().size());
  }

  @Test
  void combinatorsNest() {
    FetchRequest request =
        read(
            "{'image_terms': {}, 'image_filter': {'$AND': ["
                + "{'a': 0},"
                + "{'$OR': [{'b': 1}, {'b': 2}]},"
                + "{'$NOT': {'c': {'$NotNull': null}}}"
                + "]}}");
    Predicate<ImageMeta> selection = request.imageSelection();
    assertTrue(selection.test(image("a", 0, "b", 1)));
    assertTrue(selection.test(image("a", 0, "b", 2, "c", "")));
    assertFalse(selection.test(image("a", 0, "b", 3)));
    assertFalse(selection.test(image("a", 1, "b", 1)));
    assertFalse(selection.test(image("a", 0, "b", 1, "c", "x")));
  }

  @Test
  void xorTruthTableAndLeftFold() {
    Predicate<ImageMeta> xor =
        read("{'image_terms': {}, 'image_filter': " + "{'$XOR': [{'a': 1}, {'b': 1}]}}")
            .imageSelection();
    assertFalse(xor.test(image("a", 1, "b", 1)));
    assertTrue(xor.test(image("a", 1, "b", 0)));
    assertTrue(xor.test(image("a", 0, "b", 1)));
    assertFalse(xor.test(image("a", 0, "b", 0)));
    Predicate<ImageMeta> three =
        read("{'image_terms': {}, 'image_filter': " + "{'$XOR': [{'a': 1}, {'b': 1}, {'c': 1}]}}")
            .imageSelection();
    assertTrue(three.test(image("a", 1, "b", 1, "c", 1)));
    assertFalse(three.test(image("a", 1, "b", 1, "c", 0)));
  }

  @Test
  void singleOperandCombinatorsAndCollectionFilters() {
    FetchRequest request =
        read(
            "{'collection_terms': {}, 'collection_filter': "
                + "{'$OR': [{'DOI': {'$NotNull': null}}]}}");
    Predicate<CollectionMeta> selection = request.collectionSelection();
    assertTrue(selection.test(CollectionMeta.fromMap(Map.of("id", 1, "DOI", "10.1/x"))));
    assertFalse(selection.test(CollectionMeta.fromMap(Map.of("id", 1))));
  }

  @Test
  void textReaderAndFileGiveTheSameRequest(@TempDir Path dir) throws Exception {
    String text = "{\"max_images\": 5, \"map_type\": {\"$NotIn\": [\"ROI/mask\"]}}";
    Path file = Files.writeString(dir.resolve("request.json"), text);
    FetchRequest fromText = FetchRequest.fromJson(text);
    FetchRequest fromReader = FetchRequest.fromJson(new StringReader(text));
    FetchRequest fromFile = FetchRequest.fromJson(file);
    assertEquals(fromText.toString(), fromReader.toString());
    assertEquals(fromText.toString(), fromFile.toString());
    assertEquals(
        Arrays.asList("ROI/mask"),
        ((NotIn) fromFile.effectiveImageTerms().get("map_type")).rejected());
  }

  @Test
  void aHarvestRequestDocumentIsByIdsWhenItNamesIds(@TempDir Path dir) throws Exception {
    assertEquals(
        IdsRequest.fromJson("{\"image_ids\": [3, 1]}"),
        HarvestRequest.fromJson(new StringReader("{\"image_ids\": [3, 1]}")));
    HarvestRequest filtered =
        HarvestRequest.fromJson(Files.writeString(dir.resolve("r.json"), "{\"max_images\": 2}"));
    assertEquals(OptionalInt.of(2), ((FetchRequest) filtered).maxImages());
  }

  @Test
  void aMissingRequestFileIsAnIoErrorNamingIt(@TempDir Path dir) {
    Path missing = dir.resolve("absent.json");
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> FetchRequest.fromJson(missing));
    assertTrue(e.getMessage().contains("absent.json"), e.getMessage());
  }
}
