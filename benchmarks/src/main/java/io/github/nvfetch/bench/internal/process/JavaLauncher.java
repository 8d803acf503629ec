package io.github.nvfetch.bench.internal.process;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Command lines that start another JVM on this JVM's Java and class path (the benchmark jar). */
public final class JavaLauncher {

  private JavaLauncher() {}

  /**
   * {@code <java> <jvmArgs> -cp <this class path> <mainClass> <args>}, with the SLF4J simple logger
   * at {@code warn} unless the JVM options set it.
   */
  public static List<String> command(List<String> jvmArgs, Class<?> mainClass, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    if (jvmArgs.stream().noneMatch(a -> a.startsWith("-Dorg.slf4j.simpleLogger.defaultLogLevel"))) {
      command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
    }
    command.addAll(jvmArgs);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass.getName());
    command.addAll(args);
    return command;
  }
}
