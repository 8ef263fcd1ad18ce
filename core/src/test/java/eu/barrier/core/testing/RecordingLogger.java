package eu.barrier.core.testing;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.event.LoggingEvent;
import org.slf4j.helpers.AbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.LoggingEventAware;

/** A logger that is enabled at every level and records every event in {@link RecordingLogs}. */
final class RecordingLogger extends AbstractLogger implements LoggingEventAware {

  private static final long serialVersionUID = 1L;

  RecordingLogger(String name) {
    this.name = name;
  }

  @Override
  public boolean isTraceEnabled() {
    return true;
  }

  @Override
  public boolean isTraceEnabled(Marker marker) {
    return true;
  }

  @Override
  public boolean isDebugEnabled() {
    return true;
  }

  @Override
  public boolean isDebugEnabled(Marker marker) {
    return true;
  }

  @Override
  public boolean isInfoEnabled() {
    return true;
  }

  @Override
  public boolean isInfoEnabled(Marker marker) {
    return true;
  }

  @Override
  public boolean isWarnEnabled() {
    return true;
  }

  @Override
  public boolean isWarnEnabled(Marker marker) {
    return true;
  }

  @Override
  public boolean isErrorEnabled() {
    return true;
  }

  @Override
  public boolean isErrorEnabled(Marker marker) {
    return true;
  }

  @Override
  protected String getFullyQualifiedCallerName() {
    return null;
  }

  @Override
  protected void handleNormalizedLoggingCall(Level level, Marker marker, String template, Object[] arguments, Throwable thrown) {
    record(level, template, arguments, List.of(), thrown);
  }

  @Override
  public void log(LoggingEvent event) {
    List<String> keyValues = new ArrayList<>();
    if (event.getKeyValuePairs() != null) {
      event.getKeyValuePairs().forEach(kv -> keyValues.add(kv.key + "=" + kv.value));
    }
    Object[] arguments = event.getArgumentArray();
    record(event.getLevel(), String.valueOf(event.getMessage()), arguments, keyValues, event.getThrowable());
  }

  private void record(Level level, String template, Object[] arguments, List<String> keyValues, Throwable thrown) {
    String message = MessageFormatter.basicArrayFormat(template, arguments);
    List<String> args = new ArrayList<>();
    if (arguments != null) {
      for (Object a : arguments) {
        args.add(String.valueOf(a));
      }
    }
    args.addAll(keyValues);
    StringBuilder throwable = new StringBuilder();
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      throwable.append(t.getClass().getName()).append(": ").append(t.getMessage()).append('\n');
    }
    RecordingLogs.record(
        new RecordingLogs.Event(name, level, String.valueOf(message), String.valueOf(template), List.copyOf(args), throwable.toString()));
  }
}
