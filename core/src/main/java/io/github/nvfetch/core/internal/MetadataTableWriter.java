package io.github.nvfetch.core.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes metadata rows as CSV or JSON Lines, atomically. */
public final class MetadataTableWriter {

  private static final CsvMapper CSV = new CsvMapper();

  private MetadataTableWriter() {}

  /**
   * CSV with a header row; columns are the union of keys in first-seen order. Nulls are empty
   * cells; lists and objects are written as JSON text.
   */
  public static void writeCsv(List<Map<String, Object>> rows, Path target) {
    Set<String> columns = new LinkedHashSet<>();
    rows.forEach(row -> columns.addAll(row.keySet()));
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    columns.forEach(schema::addColumn);
    AtomicFiles.write(
        target,
        out -> {
          var writer =
              CSV.writerFor(Map.class)
                  .with(schema.build())
                  .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                  .writeValues(out);
          for (Map<String, Object> row : rows) {
            writer.write(cells(row));
          }
          writer.close();
        });
  }

  private static Map<String, String> cells(Map<String, Object> row) throws IOException {
    Map<String, String> cells = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : row.entrySet()) {
      Object v = e.getValue();
      cells.put(
          e.getKey(),
          v == null
              ? ""
              : v instanceof Map || v instanceof List
                  ? Json.MAPPER.writeValueAsString(v)
                  : String.valueOf(v));
    }
    return cells;
  }

  /** One compact JSON object per line, UTF-8. */
  public static void writeJsonLines(List<Map<String, Object>> rows, Path target) {
    AtomicFiles.write(target, out -> writeLines(rows, out));
  }

  private static void writeLines(List<Map<String, Object>> rows, OutputStream out)
      throws IOException {
    var writer = Json.MAPPER.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    for (Map<String, Object> row : rows) {
      writer.writeValue(out, row);
      out.write('\n');
    }
  }
}
