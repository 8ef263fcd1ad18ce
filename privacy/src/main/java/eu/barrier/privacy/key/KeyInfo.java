package eu.barrier.privacy.key;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The public description of one key: what {@link KeySets#writePublic} writes. Holds no secret.
 *
 * @param id the key id
 * @param status the status
 * @param parameters the parameter set name, for example {@code HMAC_SHA256_V1}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record KeyInfo(int id, KeyStatus status, String parameters) {

  /**
   * Checks the components.
   *
   * @param id the key id
   * @param status the status
   * @param parameters the parameter set name
   */
  public KeyInfo {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(parameters, "parameters");
  }
}
