package eu.barrier.privacy.envelope;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A party and one of its keys, as named in an envelope header: the sender with its signing key
 * id, or a recipient with its encryption key id. Holds organisation ids only.
 *
 * @param party the party id
 * @param keyId the key id (16 characters of lower-case base32)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record PartyRef(String party, String keyId) {

  /**
   * Checks for {@code null}.
   *
   * @param party the party id
   * @param keyId the key id
   */
  public PartyRef {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(keyId, "keyId");
  }
}
