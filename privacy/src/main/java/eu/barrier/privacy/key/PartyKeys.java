package eu.barrier.privacy.key;

import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.SecretAccess;
import eu.barrier.privacy.SecretBytes;
import eu.barrier.privacy.internal.ExchangeCrypto;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
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

  private PartyKeys(SecretBytes signingKey, SecretBytes encryptionKey, PartyPublicKeys publicKeys) {
    this.signingKey = signingKey;
    this.encryptionKey = encryptionKey;
    this.publicKeys = publicKeys;
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
        + publicKeys.encryptionKeyId() + "]";
  }

  /** The library's own token, for deriving public keys; never handed out. */
  private static final class Internal {
    static final SecretAccess ACCESS = eu.barrier.privacy.InsecureSecretAccess.get();
  }
}
