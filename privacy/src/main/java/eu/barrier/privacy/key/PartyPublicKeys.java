package eu.barrier.privacy.key;

import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.internal.ExchangeCrypto;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The public half of a party's exchange keys: the party id, the Ed25519 signing public key and the
 * X25519 encryption public key, each with its key id. Safe to share; this is what a partner needs
 * to verify the party's messages and to encrypt messages for it. Immutable.
 *
 * <p>Key ids are fingerprints: the first 10 bytes of SHA-256 over a label, the algorithm name and
 * the public key, in lower-case base32 (16 characters). A key id therefore names exactly one key
 * and cannot be attached to another key.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class PartyPublicKeys {

  /** The signing algorithm name. */
  public static final String SIGNING_ALGORITHM = "Ed25519";

  /** The encryption (HPKE KEM) algorithm name. */
  public static final String ENCRYPTION_ALGORITHM = "DHKEM-X25519-HKDF-SHA256";

  /** The longest party id. */
  public static final int MAX_PARTY_ID_LENGTH = 64;

  private final String partyId;
  private final byte[] signingKey;
  private final String signingKeyId;
  private final byte[] encryptionKey;
  private final String encryptionKeyId;
  private final List<RetiredKey> retired;

  private PartyPublicKeys(String partyId, byte[] signingKey, byte[] encryptionKey) {
    this(partyId, signingKey, encryptionKey, List.of());
  }

  private PartyPublicKeys(String partyId, byte[] signingKey, byte[] encryptionKey, List<RetiredKey> retired) {
    this.retired = List.copyOf(retired);
    this.partyId = partyId;
    this.signingKey = signingKey;
    this.signingKeyId = ExchangeCrypto.keyId(SIGNING_ALGORITHM, signingKey);
    this.encryptionKey = encryptionKey;
    this.encryptionKeyId = ExchangeCrypto.keyId(ENCRYPTION_ALGORITHM, encryptionKey);
  }

  /**
   * Builds the public keys of a party.
   *
   * @param partyId the party id, see {@link #isValidPartyId}
   * @param signingKey the 32-byte Ed25519 public key; copied
   * @param encryptionKey the 32-byte X25519 public key; copied
   * @return the public keys
   * @throws KeySetException with {@link PrivacyError#PARTY_ID} or {@link
   *     PrivacyError#PARTY_KEY_MATERIAL} for a malformed party id or key
   */
  public static PartyPublicKeys of(String partyId, byte[] signingKey, byte[] encryptionKey) {
    checkPartyId(partyId);
    Objects.requireNonNull(signingKey, "signingKey");
    Objects.requireNonNull(encryptionKey, "encryptionKey");
    if (!ExchangeCrypto.isValidEd25519PublicKey(signingKey)) {
      throw new KeySetException(PrivacyError.PARTY_KEY_MATERIAL, "signing key: not an Ed25519 public key");
    }
    if (!ExchangeCrypto.isValidX25519PublicKey(encryptionKey)) {
      throw new KeySetException(PrivacyError.PARTY_KEY_MATERIAL, "encryption key: not a usable X25519 public key");
    }
    return new PartyPublicKeys(partyId, signingKey.clone(), encryptionKey.clone());
  }

  /**
   * Returns these keys with the given retired keys (which replace any held).
   *
   * @param retired the retired keys, each id once and none the id of a current key
   * @return the public keys
   * @throws KeySetException with {@link PrivacyError#PARTY_KEY_ROTATION} for a repeated or current id
   */
  public PartyPublicKeys withRetired(List<RetiredKey> retired) {
    Objects.requireNonNull(retired, "retired");
    java.util.Set<String> ids = new java.util.HashSet<>(List.of(signingKeyId, encryptionKeyId));
    for (RetiredKey k : retired) {
      if (!ids.add(k.id())) {
        throw new KeySetException(PrivacyError.PARTY_KEY_ROTATION, "retired key " + k.id() + ": listed twice or current");
      }
    }
    return new PartyPublicKeys(partyId, signingKey, encryptionKey, retired);
  }

  /**
   * Returns the retired (and revoked) keys, in the order they were retired.
   *
   * @return an unmodifiable list; empty for a party that never rotated
   */
  public List<RetiredKey> retired() {
    return retired;
  }

  /**
   * Finds a retired key by use and id.
   *
   * @param use the use
   * @param keyId the key id
   * @return the retired key, or empty
   */
  public Optional<RetiredKey> retiredKey(RetiredKey.Use use, String keyId) {
    return retired.stream().filter(k -> k.use() == use && k.id().equals(keyId)).findFirst();
  }

  /**
   * Tells whether {@code s} is a well-formed party id: 1 to 64 characters of {@code a-z 0-9 . _ :
   * / -}, starting with a letter or digit, for example {@code nl.gemeente.0363} or {@code
   * be.riec:limburg}.
   *
   * @param s the text, may be {@code null}
   * @return whether it is a party id
   */
  public static boolean isValidPartyId(String s) {
    if (s == null || s.isEmpty() || s.length() > MAX_PARTY_ID_LENGTH) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!alnum && (i == 0 || "._:/-".indexOf(c) < 0)) {
        return false;
      }
    }
    return true;
  }

  static String checkPartyId(String partyId) {
    Objects.requireNonNull(partyId, "partyId");
    if (!isValidPartyId(partyId)) {
      throw new KeySetException(PrivacyError.PARTY_ID, "party id");
    }
    return partyId;
  }

  /**
   * Returns the party id.
   *
   * @return the party id
   */
  public String partyId() {
    return partyId;
  }

  /**
   * Returns the Ed25519 signing public key.
   *
   * @return a copy of the 32 bytes
   */
  public byte[] signingKey() {
    return signingKey.clone();
  }

  /**
   * Returns the id of the signing key.
   *
   * @return 16 characters of lower-case base32
   */
  public String signingKeyId() {
    return signingKeyId;
  }

  /**
   * Returns the X25519 encryption public key.
   *
   * @return a copy of the 32 bytes
   */
  public byte[] encryptionKey() {
    return encryptionKey.clone();
  }

  /**
   * Returns the id of the encryption key.
   *
   * @return 16 characters of lower-case base32
   */
  public String encryptionKeyId() {
    return encryptionKeyId;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof PartyPublicKeys o
        && partyId.equals(o.partyId)
        && Arrays.equals(signingKey, o.signingKey)
        && Arrays.equals(encryptionKey, o.encryptionKey)
        && retired.equals(o.retired);
  }

  @Override
  public int hashCode() {
    return Objects.hash(partyId, signingKeyId, encryptionKeyId);
  }

  /**
   * Returns the party id and key ids.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "PartyPublicKeys[party=" + partyId + ", signingKeyId=" + signingKeyId + ", encryptionKeyId="
        + encryptionKeyId + (retired.isEmpty() ? "" : ", retired=" + retired.size()) + "]";
  }
}
