package eu.barrier.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.event.Level;

/**
 * Every SLF4J event logged while tests run, at every level, as recorded by {@link
 * RecordingServiceProvider}. Tests that check what is logged call {@link #clear()} first.
 */
public final class RecordingLogs {

  /**
   * One logging event.
   *
   * @param logger the logger name
   * @param level the level
   * @param message the message with its arguments filled in
   * @param template the message before formatting
   * @param arguments the arguments and key-value pairs, as strings
   * @param thrown the throwable and its causes, as class name and message, or empty
   */
  public record Event(String logger, Level level, String message, String template, List<String> arguments, String thrown) {

    /**
     * Returns whether any part of the event contains the text.
     *
     * @param text the text
     * @return {@code true} if found
     */
    public boolean mentions(String text) {
      return message.contains(text) || template.contains(text) || thrown.contains(text)
          || arguments.stream().anyMatch(a -> a.contains(text));
    }
  }

  private static final List<Event> EVENTS = new CopyOnWriteArrayList<>();

  private RecordingLogs() {}

  static void record(Event event) {
    EVENTS.add(event);
  }

  /** Forgets all events recorded so far. */
  public static void clear() {
    EVENTS.clear();
  }

  /**
   * Returns the events recorded since the last {@link #clear()}.
   *
   * @return a snapshot
   */
  public static List<Event> events() {
    return new ArrayList<>(EVENTS);
  }

  /**
   * Returns the recorded events that mention the text anywhere.
   *
   * @param text the text
   * @return the events
   */
  public static List<Event> mentioning(String text) {
    return EVENTS.stream().filter(e -> e.mentions(text)).toList();
  }
}
