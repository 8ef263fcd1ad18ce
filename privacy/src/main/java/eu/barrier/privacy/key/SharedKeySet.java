package eu.barrier.privacy.key;

import eu.barrier.core.validation.Violation;
import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.SecretAccess;
import eu.barrier.privacy.SecretBytes;
import eu.barrier.privacy.exchange.MessageValidationException;
import eu.barrier.privacy.exchange.Messages;
import eu.barrier.privacy.exchange.SharedKeySetMessage;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A pseudonym key set of a shared pseudonym domain: one purpose and one recipient, made by a
 * custodian (a partner, never the recipient) and shared with the partner senders, so that every
 * partner gives the same identifier the same pseudonym in that context while the recipient
 * cannot compute any. Immutable.
 *
 * <p>Life cycle: the custodian {@link #generate}s version 1 and shares it with {@link #toMessage}
 * (message type {@value SharedKeySetMessage#TYPE}, sealed to each partner); partners import it
 * with {@link #fromMessage} or {@link #read} and {@link PartyKeyBundle#withSharedKeySet}. A
 * {@link #rotate} makes the next version: a new primary key, the old primary kept {@code ACTIVE}
 * until {@link #recognisedUntil()}, so stored pseudonyms still match through {@code
 * Pseudonymiser.candidates} until that date; keys of still earlier versions are destroyed.
 * {@link #keySetOn} gives the key set as it applies on a date: after the recognition end the
 * earlier keys are {@code DISABLED}.
 *
 * <p>{@link #toString()} shows labels, the version and key ids, never material.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class SharedKeySet {

  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();

  private final String custodian;
  private final String purpose;
  private final String recipient;
  private final int version;
  private final LocalDate issued;
  private final LocalDate recognisedUntil;
  private final KeySet keySet;

  private SharedKeySet(String custodian, String purpose, String recipient, int version, LocalDate issued,
      LocalDate recognisedUntil, KeySet keySet) {
    this.custodian = custodian;
    this.purpose = purpose;
    this.recipient = recipient;
    this.version = version;
    this.issued = issued;
    this.recognisedUntil = recognisedUntil;
    this.keySet = keySet;
  }

  /**
   * Builds a shared key set and checks its rules.
   *
   * @param custodian the custodian's party id
   * @param purpose the purpose label
   * @param recipient the recipient domain label; never the custodian
   * @param version the version, from 1
   * @param issued the issue date
   * @param recognisedUntil the last day on which {@code ACTIVE} keys are recognised; {@code null}
   *     only when the key set has no {@code ACTIVE} key
   * @param keySet the keys
   * @return the shared key set
   * @throws KeySetException with {@link PrivacyError#PARTY_ID} for a malformed label, or {@link
   *     PrivacyError#SHARED_KEY_SET} when another rule is broken
   */
  public static SharedKeySet of(String custodian, String purpose, String recipient, int version, LocalDate issued,
      LocalDate recognisedUntil, KeySet keySet) {
    PartyPublicKeys.checkPartyId(custodian);
    PartyPublicKeys.checkPartyId(purpose);
    PartyPublicKeys.checkPartyId(recipient);
    Objects.requireNonNull(issued, "issued");
    Objects.requireNonNull(keySet, "keySet");
    if (custodian.equals(recipient)) {
      throw new KeySetException(PrivacyError.SHARED_KEY_SET, "the recipient cannot be the custodian");
    }
    if (version < 1) {
      throw new KeySetException(PrivacyError.SHARED_KEY_SET, "the version starts at 1");
    }
    boolean earlier = keySet.keys().stream().anyMatch(k -> k.status() == KeyStatus.ACTIVE);
    if (earlier && recognisedUntil == null) {
      throw new KeySetException(PrivacyError.SHARED_KEY_SET, "ACTIVE keys need a recognition end date");
    }
    if (recognisedUntil != null && recognisedUntil.isBefore(issued)) {
      throw new KeySetException(PrivacyError.SHARED_KEY_SET, "the recognition end lies before the issue date");
    }
    return new SharedKeySet(custodian, purpose, recipient, version, issued, recognisedUntil, keySet);
  }

  /**
   * Generates version 1: one fresh primary key of {@code HMAC_SHA256_V1}.
   *
   * @param custodian the custodian's party id
   * @param purpose the purpose label
   * @param recipient the recipient domain label; never the custodian
   * @param issued the issue date
   * @param random the source of key material and key ids
   * @return the shared key set
   * @throws KeySetException as {@link #of}
   */
  public static SharedKeySet generate(String custodian, String purpose, String recipient, LocalDate issued,
      SecureRandom random) {
    return of(custodian, purpose, recipient, 1, issued, null, KeySet.generate(random));
  }

  /**
   * Makes the next version: a fresh primary key; the current primary stays {@code ACTIVE} (its
   * pseudonyms are still recognised) until {@code recognisedUntil}; keys kept from earlier
   * versions are destroyed.
   *
   * @param issued the issue date of the new version, not before this version's
   * @param recognisedUntil the last day on which the current primary's pseudonyms are recognised
   * @param random the source of key material and key id
   * @return the new version
   * @throws KeySetException with {@link PrivacyError#SHARED_KEY_SET} for dates out of order
   */
  public SharedKeySet rotate(LocalDate issued, LocalDate recognisedUntil, SecureRandom random) {
    Objects.requireNonNull(issued, "issued");
    Objects.requireNonNull(recognisedUntil, "recognisedUntil");
    Objects.requireNonNull(random, "random");
    if (issued.isBefore(this.issued)) {
      throw new KeySetException(PrivacyError.SHARED_KEY_SET, "a new version is not issued before the current one");
    }
    if (version == Integer.MAX_VALUE) {
      throw new KeySetException(PrivacyError.SHARED_KEY_SET, "the version cannot grow further");
    }
    KeySet next = keySet;
    for (PseudonymKey k : keySet.keys()) {
      if (k.status() != KeyStatus.PRIMARY && k.status() != KeyStatus.DESTROYED) {
        next = next.destroy(k.id());
      }
    }
    return of(custodian, purpose, recipient, version + 1, issued, recognisedUntil, next.rotate(random));
  }

  /**
   * Returns the key set as it applies on {@code date}: unchanged until {@link #recognisedUntil()},
   * after it with every {@code ACTIVE} key {@code DISABLED}, so only the primary key is used.
   *
   * @param date the day of use
   * @return the key set to pseudonymise and match with on that day
   */
  public KeySet keySetOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (recognisedUntil == null || !date.isAfter(recognisedUntil)) {
      return keySet;
    }
    KeySet out = keySet;
    for (PseudonymKey k : keySet.keys()) {
      if (k.status() == KeyStatus.ACTIVE) {
        out = out.disable(k.id());
      }
    }
    return out;
  }

  /**
   * Tells whether this key set serves the pseudonym context of {@code purpose} and {@code
   * recipient}.
   *
   * @param purpose the purpose label
   * @param recipient the recipient domain label
   * @return whether both labels are this key set's
   */
  public boolean serves(String purpose, String recipient) {
    return this.purpose.equals(purpose) && this.recipient.equals(recipient);
  }

  /**
   * Returns the custodian's party id.
   *
   * @return the party id
   */
  public String custodian() {
    return custodian;
  }

  /**
   * Returns the purpose label.
   *
   * @return the purpose
   */
  public String purpose() {
    return purpose;
  }

  /**
   * Returns the recipient domain label.
   *
   * @return the recipient
   */
  public String recipient() {
    return recipient;
  }

  /**
   * Returns the version.
   *
   * @return from 1
   */
  public int version() {
    return version;
  }

  /**
   * Returns the issue date.
   *
   * @return the date
   */
  public LocalDate issued() {
    return issued;
  }

  /**
   * Returns the last day on which keys of earlier versions are recognised.
   *
   * @return the date, or empty when the key set keeps no earlier key
   */
  public Optional<LocalDate> recognisedUntil() {
    return Optional.ofNullable(recognisedUntil);
  }

  /**
   * Returns the keys as issued, without regard to the date; see {@link #keySetOn}.
   *
   * @return the key set
   */
  public KeySet keySet() {
    return keySet;
  }

  /**
   * Returns the message that shares this key set, key material included.
   *
   * @param access the token
   * @return the message
   */
  public SharedKeySetMessage toMessage(SecretAccess access) {
    SecretAccess.require(access);
    List<SharedKeySetMessage.SharedKey> keys = new ArrayList<>();
    for (PseudonymKey k : keySet.keys()) {
      String material = k.material(access).map(m -> {
        byte[] bytes = m.toByteArray(access);
        try {
          return B64.encodeToString(bytes);
        } finally {
          Arrays.fill(bytes, (byte) 0);
        }
      }).orElse(null);
      keys.add(new SharedKeySetMessage.SharedKey(k.id(), k.status().name(), k.parameters().name(), material));
    }
    return new SharedKeySetMessage(SharedKeySetMessage.TYPE, custodian, purpose, recipient, version, issued,
        recognisedUntil, keys);
  }

  /**
   * Writes the message document ({@value SharedKeySetMessage#TYPE}), key material included.
   *
   * @param access the token
   * @return UTF-8 JSON
   */
  public byte[] write(SecretAccess access) {
    return Messages.write(toMessage(access));
  }

  /**
   * Reads a shared key set from its message record.
   *
   * @param message a valid message (see {@code Messages.read})
   * @param access the token
   * @return the shared key set
   * @throws KeySetException with {@link PrivacyError#SHARED_KEY_SET} when material is missing on a
   *     key that is not destroyed (or present on one that is) or another rule of {@link #of} is
   *     broken, or a key set code ({@code 0103}, {@code 0104}) for the key set's own rules
   */
  public static SharedKeySet fromMessage(SharedKeySetMessage message, SecretAccess access) {
    Objects.requireNonNull(message, "message");
    SecretAccess.require(access);
    List<PseudonymKey> keys = new ArrayList<>();
    for (int i = 0; i < message.keys().size(); i++) {
      SharedKeySetMessage.SharedKey k = message.keys().get(i);
      KeyStatus status = KeyStatus.valueOf(k.status());
      PseudonymParameters parameters = PseudonymParameters.forName(k.parameters());
      if (parameters == null) {
        throw new KeySetException(PrivacyError.KEYSET_PARAMETERS, "at /keys/" + i + "/parameters");
      }
      if ((status == KeyStatus.DESTROYED) != (k.material() == null)) {
        throw new KeySetException(PrivacyError.SHARED_KEY_SET,
            "at /keys/" + i + "/material: present exactly when the key is not destroyed");
      }
      if (status == KeyStatus.DESTROYED) {
        keys.add(PseudonymKey.destroyed(k.id(), parameters));
        continue;
      }
      byte[] bytes = B64D.decode(k.material());
      try {
        keys.add(PseudonymKey.of(k.id(), status, parameters, SecretBytes.copyFrom(bytes, access)));
      } finally {
        Arrays.fill(bytes, (byte) 0);
      }
    }
    return of(message.custodian(), message.purpose(), message.recipient(), message.version(), message.issued(),
        message.recognisedUntil(), KeySet.of(keys));
  }

  /**
   * Reads a shared key set from its message document.
   *
   * @param json the document, UTF-8
   * @param access the token
   * @return the shared key set
   * @throws KeySetException for any bad input: {@link PrivacyError#SHARED_KEY_SET} for a document
   *     that is not a valid {@value SharedKeySetMessage#TYPE} message (the message names the JSON
   *     paths and rule codes, never values), otherwise as {@link #fromMessage}
   */
  public static SharedKeySet read(byte[] json, SecretAccess access) {
    Objects.requireNonNull(json, "json");
    SecretAccess.require(access);
    SharedKeySetMessage message;
    try {
      message = Messages.read(json, SharedKeySetMessage.class);
    } catch (MessageValidationException e) {
      StringBuilder where = new StringBuilder("not a valid " + SharedKeySetMessage.TYPE + " message:");
      for (Violation v : e.violations()) {
        where.append(' ').append(v.path().isEmpty() ? "/" : v.path()).append(" (").append(v.code()).append(')');
      }
      throw new KeySetException(PrivacyError.SHARED_KEY_SET, where.toString());
    }
    return fromMessage(message, access);
  }

  /**
   * Tells whether {@code other} is the same version of the same domain with the same key ids and
   * statuses.
   *
   * @param other another shared key set
   * @return whether both describe the same issue
   */
  boolean sameIssue(SharedKeySet other) {
    return custodian.equals(other.custodian) && serves(other.purpose, other.recipient) && version == other.version
        && keySet.info().equals(other.keySet.info());
  }

  /**
   * Returns labels, version and key ids, never material.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "SharedKeySet[custodian=" + custodian + ", purpose=" + purpose + ", recipient=" + recipient + ", version="
        + version + ", keys=" + keySet + "]";
  }
}
