package eu.barrier.screening.picture;

import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A stored message whose retain-until date had passed on the picture's date: opened (so the date
 * is the sender's, verified), left out of the picture and removed from the store.
 *
 * @param name the message's name in the store
 * @param messageId the message id
 * @param sender the sending party
 * @param retainUntil the date until which it could be kept
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Removed(String name, String messageId, String sender, LocalDate retainUntil) {

  /**
   * Checks for {@code null}.
   *
   * @param name the name
   * @param messageId the message id
   * @param sender the sender
   * @param retainUntil the retention date
   */
  public Removed {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(retainUntil, "retainUntil");
  }
}
