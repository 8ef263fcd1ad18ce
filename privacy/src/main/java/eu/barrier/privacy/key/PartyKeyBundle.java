package eu.barrier.privacy.key;

import eu.barrier.privacy.PrivacyError;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * All keys of one party in one place: its own pseudonym {@link KeySet}, its exchange {@link
 * PartyKeys} (signing and encryption) and the {@link SharedKeySet}s it imported for shared
 * pseudonym domains. This is what {@code barrier keys generate} writes, in the {@code
 * barrier-keys/1} format of {@link KeyFiles}. Immutable.
 *
 * <p>{@link #keySetFor} picks the key set for a pseudonym context: the shared key set of that
 * purpose and recipient if one was imported, otherwise the party's own.
 *
 * <p>Privacy guarantees: secret material stays behind the {@code SecretAccess} token of the two
 * parts; {@link #toString()} shows the party id and key ids only.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class PartyKeyBundle {

  private final KeySet keySet;
  private final PartyKeys partyKeys;
  private final List<SharedKeySet> shared;

  private PartyKeyBundle(KeySet keySet, PartyKeys partyKeys, List<SharedKeySet> shared) {
    this.keySet = keySet;
    this.partyKeys = partyKeys;
    this.shared = List.copyOf(shared);
  }

  /**
   * Combines the two parts.
   *
   * @param keySet the pseudonym key set
   * @param partyKeys the exchange keys; their party id is the bundle's
   * @return the bundle
   */
  public static PartyKeyBundle of(KeySet keySet, PartyKeys partyKeys) {
    return new PartyKeyBundle(Objects.requireNonNull(keySet, "keySet"), Objects.requireNonNull(partyKeys, "partyKeys"),
        List.of());
  }

  /**
   * Combines the parts with shared key sets, each checked as by {@link #withSharedKeySet}.
   *
   * @param keySet the pseudonym key set
   * @param partyKeys the exchange keys
   * @param shared the shared key sets, at most one per purpose and recipient
   * @return the bundle
   * @throws KeySetException with {@link PrivacyError#SHARED_KEY_SET_IMPORT} as {@link
   *     #withSharedKeySet}
   */
  public static PartyKeyBundle of(KeySet keySet, PartyKeys partyKeys, List<SharedKeySet> shared) {
    PartyKeyBundle out = of(keySet, partyKeys);
    for (SharedKeySet s : Objects.requireNonNull(shared, "shared")) {
      if (out.sharedKeySet(s.purpose(), s.recipient()).isPresent()) {
        throw new KeySetException(PrivacyError.SHARED_KEY_SET_IMPORT,
            "two shared key sets for one purpose and recipient");
      }
      out = out.withSharedKeySet(s);
    }
    return out;
  }

  /**
   * Generates a fresh key set (one primary key, {@code HMAC_SHA256_V1}) and fresh exchange keys.
   *
   * @param partyId the party id, see {@link PartyPublicKeys#isValidPartyId}
   * @param random the source of key material
   * @return the bundle
   * @throws KeySetException with {@code BARRIER-PRIV-0113} for a malformed party id
   */
  public static PartyKeyBundle generate(String partyId, SecureRandom random) {
    PartyKeys keys = PartyKeys.generate(partyId, random);
    return new PartyKeyBundle(KeySet.generate(random), keys, List.of());
  }

  /**
   * Imports a shared key set: adds it, or replaces the one of the same purpose and recipient with
   * a newer version from the same custodian. Importing the version already held returns this
   * bundle.
   *
   * @param sharedKeySet the shared key set
   * @return the new bundle
   * @throws KeySetException with {@link PrivacyError#SHARED_KEY_SET_IMPORT} if this party is the
   *     key set's recipient, the key set held for that purpose and recipient has another
   *     custodian or a higher version, or the same version with other keys
   */
  public PartyKeyBundle withSharedKeySet(SharedKeySet sharedKeySet) {
    Objects.requireNonNull(sharedKeySet, "sharedKeySet");
    if (sharedKeySet.recipient().equals(partyId())) {
      throw new KeySetException(PrivacyError.SHARED_KEY_SET_IMPORT,
          "this party is the recipient of the shared key set and must not hold it");
    }
    List<SharedKeySet> out = new ArrayList<>(shared);
    Optional<SharedKeySet> held = sharedKeySet(sharedKeySet.purpose(), sharedKeySet.recipient());
    if (held.isPresent()) {
      SharedKeySet h = held.get();
      if (!h.custodian().equals(sharedKeySet.custodian())) {
        throw new KeySetException(PrivacyError.SHARED_KEY_SET_IMPORT,
            "the shared key set held for this purpose and recipient has another custodian");
      }
      if (h.version() == sharedKeySet.version()) {
        if (h.sameIssue(sharedKeySet)) {
          return this;
        }
        throw new KeySetException(PrivacyError.SHARED_KEY_SET_IMPORT,
            "version " + h.version() + " is already held with other keys");
      }
      if (h.version() > sharedKeySet.version()) {
        throw new KeySetException(PrivacyError.SHARED_KEY_SET_IMPORT,
            "version " + sharedKeySet.version() + " is older than the held version " + h.version());
      }
      out.set(out.indexOf(h), sharedKeySet);
    } else {
      out.add(sharedKeySet);
    }
    return new PartyKeyBundle(keySet, partyKeys, out);
  }

  /**
   * Returns the imported shared key sets, in import order.
   *
   * @return an unmodifiable list
   */
  public List<SharedKeySet> sharedKeySets() {
    return shared;
  }

  /**
   * Returns the shared key set of a pseudonym context.
   *
   * @param purpose the purpose label
   * @param recipient the recipient domain label
   * @return the shared key set, or empty
   */
  public Optional<SharedKeySet> sharedKeySet(String purpose, String recipient) {
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(recipient, "recipient");
    return shared.stream().filter(s -> s.serves(purpose, recipient)).findFirst();
  }

  /**
   * Returns the key set to pseudonymise with for a context on a date: the shared key set of that
   * purpose and recipient as it applies on {@code date} ({@link SharedKeySet#keySetOn}), or the
   * party's own key set when none was imported.
   *
   * @param purpose the purpose label
   * @param recipient the recipient domain label
   * @param date the day of use
   * @return the key set
   */
  public KeySet keySetFor(String purpose, String recipient, LocalDate date) {
    Objects.requireNonNull(date, "date");
    return sharedKeySet(purpose, recipient).map(s -> s.keySetOn(date)).orElse(keySet);
  }

  /**
   * Returns the party id.
   *
   * @return the party id
   */
  public String partyId() {
    return partyKeys.partyId();
  }

  /**
   * Returns the pseudonym key set.
   *
   * @return the key set
   */
  public KeySet keySet() {
    return keySet;
  }

  /**
   * Returns the exchange keys.
   *
   * @return the keys
   */
  public PartyKeys partyKeys() {
    return partyKeys;
  }

  /**
   * Returns the shareable public part: the exchange public keys.
   *
   * @return the public keys
   */
  public PartyPublicKeys publicKeys() {
    return partyKeys.publicKeys();
  }

  /**
   * Returns the party id and key ids; never key material.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "PartyKeyBundle[party=" + partyId() + ", pseudonymKeys=" + keySet.keys().size() + ", signing="
        + partyKeys.publicKeys().signingKeyId() + ", encryption=" + partyKeys.publicKeys().encryptionKeyId()
        + ", sharedKeySets=" + shared.size() + "]";
  }
}
