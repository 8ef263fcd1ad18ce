package eu.barrier.privacy.key;

import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.SecretAccess;
import eu.barrier.privacy.SecretBytes;
import eu.barrier.privacy.internal.ExchangeCrypto;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A party's exchange key pair set: an Ed25519 signing key and an X25519 encryption key (for HPKE),
 * with the party id. Immutable.
 *
 * <p>Privacy guarantees: the private keys are reachable only with a {@link SecretAccess} token;
 * {@link #toString()} shows the party id and key ids only. The public half is {@link
 * #publicKeys()}; files are read and written by {@link PartyKeyFiles}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class PartyKeys {

  private final SecretBytes signingKey;
  private final SecretBytes encryptionKey;
  private final PartyPublicKeys publicKeys;
  private final Map<String, SecretBytes> retiredEncryption; // by key id; retired, not revoked

  private PartyKeys(SecretBytes signingKey, SecretBytes encryptionKey, PartyPublicKeys publicKeys) {
    this(signingKey, encryptionKey, publicKeys, Map.of());
  }

  private PartyKeys(SecretBytes signingKey, SecretBytes encryptionKey, PartyPublicKeys publicKeys,
      Map<String, SecretBytes> retiredEncryption) {
    this.signingKey = signingKey;
    this.encryptionKey = encryptionKey;
    this.publicKeys = publicKeys;
    this.retiredEncryption = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(retiredEncryption));
  }

  /**
   * Returns these keys with retired keys: their public records and the private keys of the retired
   * encryption keys that are not revoked (to open messages sealed to them until their end).
   *
   * @param retired the public records of the retired keys
   * @param retiredEncryptionKeys the X25519 private keys of retired, not revoked encryption keys
   * @return the keys
   * @throws KeySetException with {@link PrivacyError#PARTY_KEY_ROTATION} if a private key is given
   *     for no such retired key, for a revoked one, or does not belong to its public key
   */
  public PartyKeys withRetired(List<RetiredKey> retired, List<SecretBytes> retiredEncryptionKeys) {
    PartyPublicKeys pub = publicKeys.withRetired(retired);
    Map<String, SecretBytes> privates = new LinkedHashMap<>();
    SecretAccess access = Internal.ACCESS;
    for (SecretBytes key : Objects.requireNonNull(retiredEncryptionKeys, "retiredEncryptionKeys")) {
      byte[] ek = key.toByteArray(access);
      String id;
      try {
        id = ExchangeCrypto.keyId(PartyPublicKeys.ENCRYPTION_ALGORITHM, ExchangeCrypto.x25519PublicKey(ek));
      } finally {
        Arrays.fill(ek, (byte) 0);
      }
      Optional<RetiredKey> match = pub.retiredKey(RetiredKey.Use.ENCRYPTION, id);
      if (match.isEmpty() || match.get().revoked()) {
        throw new KeySetException(PrivacyError.PARTY_KEY_ROTATION,
            "a retired private key must belong to a retired, not revoked encryption key");
      }
      privates.put(id, key);
    }
    return new PartyKeys(signingKey, encryptionKey, pub, privates);
  }

  /**
   * Rotates both exchange keys: fresh signing and encryption keys become current; the old ones are
   * retired and still accepted until {@code until} (the old encryption private key is kept to open
   * messages sealed to it until then; the old signing private key is dropped). Distribute the new
   * public file ({@link #publicKeys()}) to partners at once.
   *
   * @param until the last instant at which messages under the old keys are accepted
   * @param random the source of key material
   * @return the new keys
   */
  public PartyKeys rotate(Instant until, SecureRandom random) {
    Objects.requireNonNull(until, "until");
    PartyKeys fresh = generate(partyId(), random);
    List<RetiredKey> retired = new ArrayList<>(publicKeys.retired());
    retired.add(RetiredKey.of(RetiredKey.Use.SIGNING, publicKeys.signingKey(), until, false));
    retired.add(RetiredKey.of(RetiredKey.Use.ENCRYPTION, publicKeys.encryptionKey(), until, false));
    List<SecretBytes> privates = new ArrayList<>(retiredEncryption.values());
    privates.add(encryptionKey);
    return fresh.withRetired(retired, privates);
  }

  /**
   * Revokes a retired key: messages under it are refused from now on, and the private key of a
   * revoked encryption key is dropped. To revoke a current key, {@link #rotate} first.
   *
   * @param keyId the id of a retired key
   * @return the new keys; these keys if it already is revoked
   * @throws KeySetException with {@link PrivacyError#PARTY_KEY_ROTATION} for a current or unknown
   *     key id
   */
  public PartyKeys revoke(String keyId) {
    Objects.requireNonNull(keyId, "keyId");
    List<RetiredKey> retired = new ArrayList<>();
    boolean found = false;
    for (RetiredKey k : publicKeys.retired()) {
      if (k.id().equals(keyId)) {
        found = true;
        retired.add(k.revoke());
      } else {
        retired.add(k);
      }
    }
    if (!found) {
      throw new KeySetException(PrivacyError.PARTY_KEY_ROTATION,
          "key " + keyId + " is not a retired key of this party" + (keyId.equals(publicKeys.signingKeyId())
              || keyId.equals(publicKeys.encryptionKeyId()) ? ": rotate first" : ""));
    }
    Map<String, SecretBytes> privates = new LinkedHashMap<>(retiredEncryption);
    privates.remove(keyId);
    return new PartyKeys(signingKey, encryptionKey, publicKeys.withRetired(retired), privates);
  }

  /**
   * Returns the private key of a retired, not revoked encryption key.
   *
   * @param keyId the key id
   * @param access the token
   * @return the X25519 private key, or empty
   */
  public Optional<SecretBytes> retiredEncryptionKey(String keyId, SecretAccess access) {
    SecretAccess.require(access);
    return Optional.ofNullable(retiredEncryption.get(keyId));
  }

  /**
   * Returns the private keys of the retired, not revoked encryption keys, in retirement order.
   *
   * @param access the token
   * @return the keys
   */
  public List<SecretBytes> retiredEncryptionKeys(SecretAccess access) {
    SecretAccess.require(access);
    return List.copyOf(retiredEncryption.values());
  }

  /**
   * Generates fresh keys for a party.
   *
   * @param partyId the party id, see {@link PartyPublicKeys#isValidPartyId}
   * @param random the source of key material
   * @return the keys
   * @throws KeySetException with {@link PrivacyError#PARTY_ID} for a malformed party id
   */
  public static PartyKeys generate(String partyId, SecureRandom random) {
    PartyPublicKeys.checkPartyId(partyId);
    Objects.requireNonNull(random, "random");
    while (true) {
      SecretBytes signing = SecretBytes.random(ExchangeCrypto.KEY_LENGTH, random);
      SecretBytes encryption = SecretBytes.random(ExchangeCrypto.KEY_LENGTH, random);
      try {
        return of(partyId, signing, encryption);
      } catch (KeySetException e) {
        // practically unreachable: a random X25519 key with an unusable public key; draw again
      }
    }
  }

  /**
   * Builds the keys of a party from private key material.
   *
   * @param partyId the party id
   * @param signingKey the 32-byte Ed25519 private key (seed)
   * @param encryptionKey the 32-byte X25519 private key
   * @return the keys
   * @throws KeySetException with {@link PrivacyError#PARTY_ID} or {@link
   *     PrivacyError#PARTY_KEY_MATERIAL} for a malformed party id or key
   */
  public static PartyKeys of(String partyId, SecretBytes signingKey, SecretBytes encryptionKey) {
    PartyPublicKeys.checkPartyId(partyId);
    Objects.requireNonNull(signingKey, "signingKey");
    Objects.requireNonNull(encryptionKey, "encryptionKey");
    if (signingKey.size() != ExchangeCrypto.KEY_LENGTH || encryptionKey.size() != ExchangeCrypto.KEY_LENGTH) {
      throw new KeySetException(PrivacyError.PARTY_KEY_MATERIAL, "private keys are 32 bytes");
    }
    SecretAccess access = Internal.ACCESS;
    byte[] sk = signingKey.toByteArray(access);
    byte[] ek = encryptionKey.toByteArray(access);
    try {
      PartyPublicKeys pub = PartyPublicKeys.of(partyId, ExchangeCrypto.ed25519PublicKey(sk), ExchangeCrypto.x25519PublicKey(ek));
      return new PartyKeys(signingKey, encryptionKey, pub);
    } finally {
      Arrays.fill(sk, (byte) 0);
      Arrays.fill(ek, (byte) 0);
    }
  }

  /**
   * Returns the party id.
   *
   * @return the party id
   */
  public String partyId() {
    return publicKeys.partyId();
  }

  /**
   * Returns the public half.
   *
   * @return the public keys
   */
  public PartyPublicKeys publicKeys() {
    return publicKeys;
  }

  /**
   * Returns the Ed25519 private key (seed).
   *
   * @param access the token
   * @return the secret
   */
  public SecretBytes signingKey(SecretAccess access) {
    SecretAccess.require(access);
    return signingKey;
  }

  /**
   * Returns the X25519 private key.
   *
   * @param access the token
   * @return the secret
   */
  public SecretBytes encryptionKey(SecretAccess access) {
    SecretAccess.require(access);
    return encryptionKey;
  }

  /**
   * Returns the party id and key ids, never key material.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "PartyKeys[party=" + partyId() + ", signingKeyId=" + publicKeys.signingKeyId() + ", encryptionKeyId="
        + publicKeys.encryptionKeyId() + (publicKeys.retired().isEmpty() ? "" : ", retired=" + publicKeys.retired().size())
        + "]";
  }

  /** The library's own token, for deriving public keys; never handed out. */
  private static final class Internal {
    static final SecretAccess ACCESS = eu.barrier.privacy.InsecureSecretAccess.get();
  }
}
