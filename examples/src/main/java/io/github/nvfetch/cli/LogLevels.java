package io.github.nvfetch.cli;

import java.util.Arrays;

/**
 * Configures slf4j-simple before the first logger exists: the SDK's warnings are shown in the
 * summaries instead, so only errors are logged, unless {@code --debug} asks for everything.
 */
final class LogLevels {

  private static final String DEFAULT_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";
  private static final String SDK_LEVEL = "org.slf4j.simpleLogger.log.io.github.nvfetch";

  private LogLevels() {}

  /** Sets the levels from the arguments, unless the user set them with -D. */
  static void configure(String[] args) {
    boolean debug = Arrays.asList(args).contains("--debug");
    setIfAbsent(DEFAULT_LEVEL, debug ? "info" : "error");
    setIfAbsent(SDK_LEVEL, debug ? "debug" : "error");
    setIfAbsent("org.slf4j.simpleLogger.showDateTime", debug ? "true" : "false");
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
