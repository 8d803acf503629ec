package io.github.nvfetch.core.internal;

import java.util.regex.Pattern;

/**
 * Builds the JSON paths that locate request-format errors: {@code $} for the document, {@code
 * $.image_terms.map_type.$IsIn} for object members, {@code $.image_ids[2]} for array elements and
 * {@code $['odd key']} for member names that are not plain identifiers.
 */
public final class JsonPath {

  /** The whole document. */
  public static final String ROOT = "$";

  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

  private JsonPath() {}

  /** The path of an object member. */
  public static String member(String parent, String name) {
    if (PLAIN_NAME.matcher(name).matches()) {
      return parent + "." + name;
    }
    return parent + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  /** The path of an array element. */
  public static String element(String parent, int index) {
    return parent + "[" + index + "]";
  }
}
