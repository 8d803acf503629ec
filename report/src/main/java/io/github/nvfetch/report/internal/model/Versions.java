package io.github.nvfetch.report.internal.model;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** The versions shown in a report's footer: nvfetch, the Java runtime, the OS. */
public final class Versions {

  private Versions() {}

  /** nvfetch's version (from the build), else {@code "unknown"}. */
  public static String nvfetch() {
    Properties properties = new Properties();
    try (InputStream in =
        Versions.class.getResourceAsStream("/io/github/nvfetch/report/version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return properties.getProperty("version", "unknown");
  }

  /** nvfetch, Java and OS versions. */
  public static Map<String, String> all() {
    Map<String, String> versions = new LinkedHashMap<>();
    versions.put("nvfetch", nvfetch());
    versions.put(
        "Java",
        System.getProperty("java.runtime.version", "unknown")
            + " ("
            + System.getProperty("java.vendor", "unknown vendor")
            + ")");
    versions.put(
        "OS",
        System.getProperty("os.name", "?")
            + " "
            + System.getProperty("os.version", "")
            + " "
            + System.getProperty("os.arch", ""));
    return versions;
  }
}
