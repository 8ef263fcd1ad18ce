package eu.barrier.privacy.key;

import java.security.SecureRandom;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * All keys of one party in one place: its pseudonym {@link KeySet} and its exchange {@link
 * PartyKeys} (signing and encryption). This is what {@code barrier keys generate} writes, in the
 * {@code barrier-keys/1} format of {@link KeyFiles}. Immutable.
 *
 * <p>Privacy guarantees: secret material stays behind the {@code SecretAccess} token of the two
 * parts; {@link #toString()} shows the party id and key ids only.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class PartyKeyBundle {

  private final KeySet keySet;
  private final PartyKeys partyKeys;

  private PartyKeyBundle(KeySet keySet, PartyKeys partyKeys) {
    this.keySet = keySet;
    this.partyKeys = partyKeys;
  }

  /**
   * Combines the two parts.
   *
   * @param keySet the pseudonym key set
   * @param partyKeys the exchange keys; their party id is the bundle's
   * @return the bundle
   */
  public static PartyKeyBundle of(KeySet keySet, PartyKeys partyKeys) {
    return new PartyKeyBundle(Objects.requireNonNull(keySet, "keySet"), Objects.requireNonNull(partyKeys, "partyKeys"));
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
    return new PartyKeyBundle(KeySet.generate(random), keys);
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
        + partyKeys.publicKeys().signingKeyId() + ", encryption=" + partyKeys.publicKeys().encryptionKeyId() + "]";
  }
}
