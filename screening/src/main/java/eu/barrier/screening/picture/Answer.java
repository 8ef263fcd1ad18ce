package eu.barrier.screening.picture;

import eu.barrier.privacy.exchange.Holding;
import eu.barrier.privacy.exchange.InformationCategory;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One answer of an information response about an entity: whether the partner holds information,
 * of what category, and whom to contact.
 *
 * @param source the message id of the response ({@link Source#messageId()})
 * @param sender the partner that answered
 * @param holding whether the partner holds information
 * @param category the category of what it holds, when it holds something
 * @param contact the partner's contact reference, when it holds something
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Answer(String source, String sender, Holding holding, Optional<InformationCategory> category,
    Optional<String> contact) {

  /**
   * Checks for {@code null}.
   *
   * @param source the message id
   * @param sender the sender
   * @param holding the holding
   * @param category the category
   * @param contact the contact reference
   */
  public Answer {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(holding, "holding");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(contact, "contact");
  }
}
