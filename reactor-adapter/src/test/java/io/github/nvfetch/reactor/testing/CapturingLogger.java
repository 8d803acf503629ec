package io.github.nvfetch.reactor.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/** An SLF4J logger that keeps what it was given, every level enabled, for assertions. */
public final class CapturingLogger extends LegacyAbstractLogger {

  /** One logged line: its level and formatted message. */
  public record Line(Level level, String message) {}

  private final List<Line> lines = new CopyOnWriteArrayList<>();
  private final boolean debug;

  /** A logger with DEBUG enabled or not (INFO and above always are). */
  public CapturingLogger(boolean debug) {
    this.name = "capturing";
    this.debug = debug;
  }

  /** The lines logged so far. */
  public List<Line> lines() {
    return List.copyOf(lines);
  }

  /** The lines of one level. */
  public List<String> at(Level level) {
    return lines.stream().filter(l -> l.level() == level).map(Line::message).toList();
  }

  @Override
  protected String getFullyQualifiedCallerName() {
    return null;
  }

  @Override
  protected void handleNormalizedLoggingCall(
      Level level, Marker marker, String pattern, Object[] arguments, Throwable throwable) {
    lines.add(new Line(level, MessageFormatter.basicArrayFormat(pattern, arguments)));
  }

  @Override
  public boolean isTraceEnabled() {
    return false;
  }

  @Override
  public boolean isDebugEnabled() {
    return debug;
  }

  @Override
  public boolean isInfoEnabled() {
    return true;
  }

  @Override
  public boolean isWarnEnabled() {
    return true;
  }

  @Override
  public boolean isErrorEnabled() {
    return true;
  }
}
