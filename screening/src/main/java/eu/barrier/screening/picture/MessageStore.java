package eu.barrier.screening.picture;

import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Where a recipient keeps the sealed messages it received: the input of a {@link
 * PictureCompiler}. {@link MessageFolder} is a directory; an application can keep them in a
 * database instead.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface MessageStore {

  /** The most messages one picture reads from a store. */
  int MAX_MESSAGES = 100_000;

  /** The largest message read, in bytes (the envelope reader's limit). */
  long MAX_MESSAGE_BYTES = 16L * 1024 * 1024;

  /**
   * Returns the names of the stored messages, sorted.
   *
   * @return the names
   * @throws eu.barrier.screening.ScreeningException with {@code PICTURE_STORE} if the store cannot
   *     be listed or holds more than {@link #MAX_MESSAGES} messages
   */
  List<String> names();

  /**
   * Reads one message.
   *
   * @param name a name from {@link #names()}
   * @return the message bytes
   * @throws eu.barrier.screening.ScreeningException with {@code PICTURE_MESSAGE_TOO_LARGE} if the
   *     message is larger than {@link #MAX_MESSAGE_BYTES} or not a regular file (the compiler lists
   *     it as not used and goes on), or with {@code PICTURE_STORE} if it cannot be read
   */
  byte[] read(String name);

  /**
   * Removes a message whose retention has passed.
   *
   * @param name a name from {@link #names()}
   * @throws eu.barrier.screening.ScreeningException with {@code PICTURE_STORE} if it cannot be
   *     removed
   */
  void remove(String name);

  /**
   * Returns a store in memory holding copies of the given messages; {@link #remove} removes from
   * it. For tests, demonstrations and applications that keep messages elsewhere.
   *
   * @param messages the messages by name; names end in {@code .json}
   * @return the store
   */
  static MessageStore of(Map<String, byte[]> messages) {
    return new MessageMap(messages);
  }
}
