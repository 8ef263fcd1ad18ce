package eu.barrier.privacy.key;

import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.SecretBytes;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * An immutable set of pseudonym root keys, in the manner of Tink's keysets: every key has an id
 * and a {@link KeyStatus}, exactly one key is primary, the primary writes, and lookups during
 * rotation try every usable key.
 *
 * <p>Life-cycle methods ({@link #rotate}, {@link #addKey}, {@link #promote}, {@link #disable},
 * {@link #enable}, {@link #destroy}) return a new key set and leave this one unchanged.
 *
 * <p>Rotation, step by step: {@code addKey} (the new key is active and can already be found),
 * distribute the key set, then {@code promote} the new key; keep the old key active until stored
 * pseudonyms have been recomputed from their source identifiers, then {@code disable} and finally
 * {@code destroy} it. {@link #rotate} does add and promote in one step.
 *
 * <p>{@link #toString()} lists ids and statuses, never material. Read and write key set files
 * with {@link KeySets}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class KeySet {

  private final List<PseudonymKey> keys;

  private KeySet(List<PseudonymKey> keys) {
    this.keys = List.copyOf(keys);
    KeySetInfo.check(
        this.keys.stream().map(PseudonymKey::id).toList(),
        this.keys.stream().map(PseudonymKey::status).toList());
  }

  /**
   * Builds a key set from keys.
   *
   * @param keys the keys, in the order they should be listed
   * @return the key set
   * @throws KeySetException if there is not exactly one primary key or an id repeats
   */
  public static KeySet of(List<PseudonymKey> keys) {
    Objects.requireNonNull(keys, "keys");
    return new KeySet(keys);
  }

  /**
   * Generates a key set with one fresh primary key of {@link PseudonymParameters#HMAC_SHA256_V1}.
   *
   * @param random the source of key material and key ids
   * @return the key set
   */
  public static KeySet generate(SecureRandom random) {
    return generate(PseudonymParameters.HMAC_SHA256_V1, random);
  }

  /**
   * Generates a key set with one fresh primary key.
   *
   * @param parameters the parameter set
   * @param random the source of key material and key ids
   * @return the key set
   */
  public static KeySet generate(PseudonymParameters parameters, SecureRandom random) {
    Objects.requireNonNull(parameters, "parameters");
    Objects.requireNonNull(random, "random");
    return new KeySet(List.of(newKey(parameters, random, Set.of(), KeyStatus.PRIMARY)));
  }

  private static PseudonymKey newKey(
      PseudonymParameters parameters, SecureRandom random, Set<Integer> taken, KeyStatus status) {
    int id;
    do {
      id = 1 + random.nextInt(PseudonymKey.MAX_ID);
    } while (taken.contains(id));
    return PseudonymKey.of(id, status, parameters, SecretBytes.random(parameters.rootKeyLength(), random));
  }

  /**
   * Returns the keys in key set order.
   *
   * @return an unmodifiable list
   */
  public List<PseudonymKey> keys() {
    return keys;
  }

  /**
   * Returns the primary key.
   *
   * @return the one primary key
   */
  public PseudonymKey primary() {
    return keys.stream().filter(k -> k.status() == KeyStatus.PRIMARY).findFirst().orElseThrow();
  }

  /**
   * Returns the usable keys, primary first, then the active keys in key set order.
   *
   * @return the keys that take part in lookups
   */
  public List<PseudonymKey> usableKeys() {
    List<PseudonymKey> out = new ArrayList<>();
    out.add(primary());
    for (PseudonymKey k : keys) {
      if (k.status() == KeyStatus.ACTIVE) {
        out.add(k);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Finds a key by id.
   *
   * @param id the key id
   * @return the key, or empty
   */
  public Optional<PseudonymKey> find(int id) {
    return keys.stream().filter(k -> k.id() == id).findFirst();
  }

  /**
   * Returns the public description: ids, statuses, parameters.
   *
   * @return the description
   */
  public KeySetInfo info() {
    return new KeySetInfo(keys.stream().map(PseudonymKey::info).toList());
  }

  /**
   * Adds a fresh {@link KeyStatus#ACTIVE} key of the primary's parameter set. Lookups find
   * pseudonyms under it at once; it writes only after {@link #promote}.
   *
   * @param random the source of key material and key id
   * @return the new key set; its last key is the new one
   */
  public KeySet addKey(SecureRandom random) {
    Objects.requireNonNull(random, "random");
    List<PseudonymKey> out = new ArrayList<>(keys);
    out.add(newKey(primary().parameters(), random, ids(), KeyStatus.ACTIVE));
    return new KeySet(out);
  }

  /**
   * Adds a fresh key and makes it primary; the old primary becomes active.
   *
   * @param random the source of key material and key id
   * @return the new key set
   */
  public KeySet rotate(SecureRandom random) {
    KeySet added = addKey(random);
    return added.promote(added.keys.get(added.keys.size() - 1).id());
  }

  /**
   * Makes an active key primary; the old primary becomes active.
   *
   * @param id the id of an active key
   * @return the new key set; this key set if the key already is primary
   * @throws KeySetException for an unknown id, or a key that is disabled or destroyed
   */
  public KeySet promote(int id) {
    PseudonymKey target = require(id);
    if (target.status() == KeyStatus.PRIMARY) {
      return this;
    }
    if (target.status() != KeyStatus.ACTIVE) {
      throw transition(id, "promote");
    }
    return map(k -> {
      if (k.id() == id) {
        return k.withStatus(KeyStatus.PRIMARY);
      }
      return k.status() == KeyStatus.PRIMARY ? k.withStatus(KeyStatus.ACTIVE) : k;
    });
  }

  /**
   * Disables an active key: it no longer takes part in lookups but keeps its material.
   *
   * @param id the id of an active key
   * @return the new key set
   * @throws KeySetException for an unknown id or a key that is not active
   */
  public KeySet disable(int id) {
    PseudonymKey target = require(id);
    if (target.status() == KeyStatus.DISABLED) {
      return this;
    }
    if (target.status() != KeyStatus.ACTIVE) {
      throw transition(id, "disable");
    }
    return map(k -> k.id() == id ? k.withStatus(KeyStatus.DISABLED) : k);
  }

  /**
   * Enables a disabled key again as an active key.
   *
   * @param id the id of a disabled key
   * @return the new key set
   * @throws KeySetException for an unknown id or a key that is not disabled
   */
  public KeySet enable(int id) {
    PseudonymKey target = require(id);
    if (target.status() == KeyStatus.ACTIVE) {
      return this;
    }
    if (target.status() != KeyStatus.DISABLED) {
      throw transition(id, "enable");
    }
    return map(k -> k.id() == id ? k.withStatus(KeyStatus.ACTIVE) : k);
  }

  /**
   * Destroys a key that is not primary: its material is dropped, its id stays so it is never
   * reused.
   *
   * @param id the id of an active, disabled or destroyed key
   * @return the new key set
   * @throws KeySetException for an unknown id or the primary key
   */
  public KeySet destroy(int id) {
    PseudonymKey target = require(id);
    if (target.status() == KeyStatus.DESTROYED) {
      return this;
    }
    if (target.status() == KeyStatus.PRIMARY) {
      throw transition(id, "destroy");
    }
    return map(k -> k.id() == id ? k.withStatus(KeyStatus.DESTROYED) : k);
  }

  private PseudonymKey require(int id) {
    return find(id)
        .orElseThrow(() -> new KeySetException(PrivacyError.KEYSET_UNKNOWN_KEY, "key id " + id));
  }

  private static KeySetException transition(int id, String action) {
    return new KeySetException(PrivacyError.KEYSET_TRANSITION, "cannot " + action + " key " + id);
  }

  private Set<Integer> ids() {
    Set<Integer> ids = new HashSet<>();
    keys.forEach(k -> ids.add(k.id()));
    return ids;
  }

  private KeySet map(java.util.function.UnaryOperator<PseudonymKey> f) {
    List<PseudonymKey> out = new ArrayList<>(keys.size());
    keys.forEach(k -> out.add(f.apply(k)));
    return new KeySet(out);
  }

  /**
   * Returns {@code KeySet[primary=…, keys=[id:STATUS, …]]}, never material.
   *
   * @return the description
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("KeySet[primary=").append(primary().id()).append(", keys=[");
    for (int i = 0; i < keys.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(keys.get(i).id()).append(':').append(keys.get(i).status());
    }
    return sb.append("]]").toString();
  }
}
