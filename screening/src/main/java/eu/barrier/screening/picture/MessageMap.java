package eu.barrier.screening.picture;

import eu.barrier.screening.ScreeningError;
import eu.barrier.screening.ScreeningException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** The in-memory {@link MessageStore} of {@link MessageStore#of}. */
final class MessageMap implements MessageStore {

  private final TreeMap<String, byte[]> messages = new TreeMap<>();

  MessageMap(Map<String, byte[]> messages) {
    Objects.requireNonNull(messages, "messages");
    if (messages.size() > MAX_MESSAGES) {
      throw new ScreeningException(ScreeningError.PICTURE_STORE, "messages");
    }
    messages.forEach((name, bytes) -> this.messages.put(Objects.requireNonNull(name, "name"), bytes.clone()));
  }

  @Override
  public synchronized List<String> names() {
    return List.copyOf(messages.keySet());
  }

  @Override
  public synchronized byte[] read(String name) {
    byte[] bytes = messages.get(Objects.requireNonNull(name, "name"));
    if (bytes == null) {
      throw new ScreeningException(ScreeningError.PICTURE_STORE, "message");
    }
    if (bytes.length > MAX_MESSAGE_BYTES) {
      throw new ScreeningException(ScreeningError.PICTURE_MESSAGE_TOO_LARGE, "message");
    }
    return bytes.clone();
  }

  @Override
  public synchronized void remove(String name) {
    messages.remove(Objects.requireNonNull(name, "name"));
  }

  @Override
  public synchronized String toString() {
    return "MessageStore[in memory, " + messages.size() + " messages]";
  }
}
