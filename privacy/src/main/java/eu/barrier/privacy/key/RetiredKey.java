package eu.barrier.privacy.key;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The public record of a party's exchange key that is no longer current: which use it had, its key
 * id and public key, the end of its acceptance and whether it was revoked. Immutable; holds no
 * secret.
 *
 * <p>A <b>retired</b> key still opens messages until {@link #until()}: a message signed with a
 * retired signing key, or sealed to a retired encryption key, is accepted up to that instant and
 * refused after it ({@code BARRIER-PRIV-0415}). A <b>revoked</b> key is refused at once ({@code
 * BARRIER-PRIV-0416}), whatever its end.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class RetiredKey {

  /** What a key was used for. */
  public enum Use {
    /** An Ed25519 signing key. */
    SIGNING,
    /** An X25519 encryption (HPKE KEM) key. */
    ENCRYPTION
  }

  private final Use use;
  private final String id;
  private final byte[] publicKey;
  private final Instant until;
  private final boolean revoked;

  private RetiredKey(Use use, String id, byte[] publicKey, Instant until, boolean revoked) {
    this.use = use;
    this.id = id;
    this.publicKey = publicKey;
    this.until = until;
    this.revoked = revoked;
  }

  /**
   * Describes a retired key; its id is computed from the public key.
   *
   * @param use the use
   * @param publicKey the 32-byte public key; copied
   * @param until the last instant at which messages under this key are accepted
   * @param revoked whether the key is revoked
   * @return the record
   * @throws KeySetException with {@code BARRIER-PRIV-0114} for an invalid public key
   */
  public static RetiredKey of(Use use, byte[] publicKey, Instant until, boolean revoked) {
    Objects.requireNonNull(use, "use");
    Objects.requireNonNull(publicKey, "publicKey");
    Objects.requireNonNull(until, "until");
    boolean valid = use == Use.SIGNING
        ? eu.barrier.privacy.internal.ExchangeCrypto.isValidEd25519PublicKey(publicKey)
        : eu.barrier.privacy.internal.ExchangeCrypto.isValidX25519PublicKey(publicKey);
    if (!valid) {
      throw new KeySetException(eu.barrier.privacy.PrivacyError.PARTY_KEY_MATERIAL, "retired key: not a valid public key");
    }
    return new RetiredKey(use, eu.barrier.privacy.internal.ExchangeCrypto.keyId(algorithm(use), publicKey),
        publicKey.clone(), until, revoked);
  }

  static String algorithm(Use use) {
    return use == Use.SIGNING ? PartyPublicKeys.SIGNING_ALGORITHM : PartyPublicKeys.ENCRYPTION_ALGORITHM;
  }

  /**
   * Returns the use.
   *
   * @return signing or encryption
   */
  public Use use() {
    return use;
  }

  /**
   * Returns the key id (the fingerprint of the public key).
   *
   * @return 16 characters of lower-case base32
   */
  public String id() {
    return id;
  }

  /**
   * Returns the public key.
   *
   * @return a copy of the 32 bytes
   */
  public byte[] publicKey() {
    return publicKey.clone();
  }

  /**
   * Returns the end of acceptance.
   *
   * @return the last instant at which messages under this key are accepted
   */
  public Instant until() {
    return until;
  }

  /**
   * Tells whether the key is revoked.
   *
   * @return {@code true} if messages under it are refused at once
   */
  public boolean revoked() {
    return revoked;
  }

  /**
   * Tells whether messages under this key are accepted at {@code now}.
   *
   * @param now the instant of opening
   * @return {@code false} if revoked or past {@link #until()}
   */
  public boolean acceptedAt(Instant now) {
    return !revoked && !now.isAfter(until);
  }

  RetiredKey revoke() {
    return new RetiredKey(use, id, publicKey, until, true);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof RetiredKey o && use == o.use && Arrays.equals(publicKey, o.publicKey)
        && until.equals(o.until) && revoked == o.revoked;
  }

  @Override
  public int hashCode() {
    return Objects.hash(use, id, until, revoked);
  }

  /**
   * Returns use, id, end and revocation.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "RetiredKey[" + use + " " + id + ", until=" + until + (revoked ? ", revoked" : "") + "]";
  }
}
