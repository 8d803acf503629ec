package io.github.nvfetch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/**
 * {@code nvfetch --version}: the version Maven wrote into {@code version.properties} at build time
 * (a filtered resource), so it never disagrees with the jar.
 */
public final class BuildVersion implements CommandLine.IVersionProvider {

  private static final String RESOURCE = "version.properties";

  /** Creates the provider (picocli instantiates it). */
  public BuildVersion() {}

  /** The project version of this build, e.g. {@code 0.1.0-SNAPSHOT}. */
  public static String version() {
    Properties properties = new Properties();
    try (InputStream in = BuildVersion.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return "unknown (built without Maven resources)";
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return properties.getProperty("version", "unknown");
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "nvfetch " + version(),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"
    };
  }
}
