package eu.barrier.screening.picture;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A stored message a picture did not use, with the reason. Nothing of its content is in the
 * picture.
 *
 * @param name the message's name in the store, for example its file name
 * @param code the stable error code: an envelope check's {@code BARRIER-PRIV-04xx} or {@code
 *     BARRIER-SCR-050x}
 * @param reason the rule that was not met, in English, never a value from the message
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record NotUsed(String name, String code, String reason) {

  /**
   * Checks for {@code null}.
   *
   * @param name the name
   * @param code the code
   * @param reason the rule
   */
  public NotUsed {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(reason, "reason");
  }
}
