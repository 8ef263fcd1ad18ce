package eu.barrier.privacy.key;

import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.SecretAccess;
import eu.barrier.privacy.SecretBytes;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A pseudonym root key: an id, a status, a {@link PseudonymParameters parameter set} and the
 * secret material (absent once destroyed). Immutable.
 *
 * <p>{@link #toString()} shows id, status and parameters, never the material.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class PseudonymKey {

  /** The largest key id. */
  public static final int MAX_ID = Integer.MAX_VALUE;

  private final int id;
  private final KeyStatus status;
  private final PseudonymParameters parameters;
  private final SecretBytes material;

  private PseudonymKey(int id, KeyStatus status, PseudonymParameters parameters, SecretBytes material) {
    this.id = id;
    this.status = status;
    this.parameters = parameters;
    this.material = material;
  }

  /**
   * Creates a key that holds material.
   *
   * @param id the key id, 1 to {@link #MAX_ID}
   * @param status any status but {@link KeyStatus#DESTROYED}
   * @param parameters the parameter set
   * @param material the secret, of the parameter set's root key length
   * @return the key
   * @throws KeySetException for an id out of range or material of the wrong length
   * @throws IllegalArgumentException if {@code status} is {@code DESTROYED}
   */
  public static PseudonymKey of(int id, KeyStatus status, PseudonymParameters parameters, SecretBytes material) {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(parameters, "parameters");
    Objects.requireNonNull(material, "material");
    checkId(id);
    if (status == KeyStatus.DESTROYED) {
      throw new IllegalArgumentException("a destroyed key holds no material: use destroyed(id, parameters)");
    }
    if (material.size() != parameters.rootKeyLength()) {
      throw new KeySetException(PrivacyError.KEYSET_MATERIAL, "key " + id + ": wrong material length");
    }
    return new PseudonymKey(id, status, parameters, material);
  }

  /**
   * Creates the record of a destroyed key: id and parameters only.
   *
   * @param id the key id
   * @param parameters the parameter set
   * @return the key
   * @throws KeySetException for an id out of range
   */
  public static PseudonymKey destroyed(int id, PseudonymParameters parameters) {
    Objects.requireNonNull(parameters, "parameters");
    checkId(id);
    return new PseudonymKey(id, KeyStatus.DESTROYED, parameters, null);
  }

  static void checkId(int id) {
    if (id < 1) {
      throw new KeySetException(PrivacyError.KEYSET_KEY_ID, "key id out of range");
    }
  }

  /**
   * Returns the key id. It also enters the key derivation, so it acts as the key version.
   *
   * @return the id, 1 to {@link #MAX_ID}
   */
  public int id() {
    return id;
  }

  /**
   * Returns the status.
   *
   * @return the status
   */
  public KeyStatus status() {
    return status;
  }

  /**
   * Returns the parameter set.
   *
   * @return the parameters
   */
  public PseudonymParameters parameters() {
    return parameters;
  }

  /**
   * Tells whether the key still holds material (it is not destroyed).
   *
   * @return whether {@link #material} returns a value
   */
  public boolean hasMaterial() {
    return material != null;
  }

  /**
   * Returns the secret material.
   *
   * @param access the token
   * @return the material, or empty for a destroyed key
   */
  public Optional<SecretBytes> material(SecretAccess access) {
    SecretAccess.require(access);
    return Optional.ofNullable(material);
  }

  PseudonymKey withStatus(KeyStatus newStatus) {
    if (newStatus == KeyStatus.DESTROYED) {
      return new PseudonymKey(id, newStatus, parameters, null);
    }
    return new PseudonymKey(id, newStatus, parameters, material);
  }

  /**
   * Returns the public description of this key.
   *
   * @return id, status and parameters
   */
  public KeyInfo info() {
    return new KeyInfo(id, status, parameters.name());
  }

  /**
   * Returns {@code PseudonymKey[id=…, status=…, parameters=…]}, never the material.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "PseudonymKey[id=" + id + ", status=" + status + ", parameters=" + parameters.name() + "]";
  }
}
