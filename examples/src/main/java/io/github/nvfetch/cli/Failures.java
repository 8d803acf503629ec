package io.github.nvfetch.cli;

import io.github.nvfetch.core.RequestFormatException;
import io.github.nvfetch.core.store.StoreException;
import io.github.nvfetch.reactor.HarvestAbortedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import reactor.core.Exceptions;

/** Turns any failure of a command into an exit code and one line of text. */
public final class Failures {

  /** What to do when NeuroVault does not answer. */
  static final String OUTAGE_HINT =
      "(check --base-url and your connection, or use --mode "
          + "offline to read what is already on disk)";

  private Failures() {}

  /**
   * The exit code for a failure.
   *
   * @param failure what the command threw
   * @return one of {@link ExitCodes}
   */
  public static int exitCode(Throwable failure) {
    Throwable e = root(failure);
    if (e instanceof CliException cli) {
      return cli.exitCode();
    }
    if (e instanceof RequestFormatException || e instanceof IllegalArgumentException) {
      return ExitCodes.BAD_INPUT;
    }
    if (e instanceof StoreException
        || e instanceof IOException
        || e instanceof UncheckedIOException) {
      return ExitCodes.STORAGE;
    }
    return ExitCodes.HARVEST_FAILED;
  }

  /**
   * The line to print for a failure: its message, or what it is when it has none, plus a hint for
   * an aborted harvest.
   */
  public static String message(Throwable failure) {
    Throwable e = root(failure);
    String text = describe(e).strip();
    if (e instanceof HarvestAbortedException) {
      return text + " " + OUTAGE_HINT;
    }
    return text;
  }

  /** One line saying what an exception is about. */
  public static String describe(Throwable e) {
    String message = e.getMessage();
    if (e instanceof AccessDeniedException denied) {
      return "permission denied: " + denied.getFile();
    }
    if (e instanceof NoSuchFileException missing) {
      return "file not found: " + missing.getFile();
    }
    if (e instanceof NotDirectoryException notDirectory) {
      return "not a directory: " + notDirectory.getFile();
    }
    if (e instanceof FileAlreadyExistsException exists) {
      return "already exists: " + exists.getFile();
    }
    if (e instanceof FileSystemException fs && fs.getReason() == null) {
      return "cannot access " + fs.getFile();
    }
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  private static Throwable root(Throwable failure) {
    Throwable e = Exceptions.unwrap(failure);
    while ((e instanceof InvocationTargetException || e instanceof UncheckedIOException)
        && e.getCause() != null) {
      e = e.getCause();
    }
    return e;
  }
}
