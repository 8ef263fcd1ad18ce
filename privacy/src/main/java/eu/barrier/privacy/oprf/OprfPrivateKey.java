package eu.barrier.privacy.oprf;

import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.SecretAccess;
import eu.barrier.privacy.SecretBytes;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import org.apiguardian.api.API;
import org.bouncycastle.math.ec.ECPoint;

/**
 * A server's private key skS for the suite P256-SHA256, with its public key pkS = skS·G.
 * Immutable.
 *
 * <p>Privacy guarantees: the scalar leaves only through {@link #toBytes(SecretAccess)}; {@link
 * #toString()} shows nothing of it; {@link #equals} is identity.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class OprfPrivateKey {

  /** The length of a DeriveKeyPair seed, in bytes (Ns). */
  public static final int SEED_LENGTH = 32;

  private final BigInteger scalar;
  private final ECPoint publicPoint;
  private final byte[] publicKey;

  private OprfPrivateKey(BigInteger scalar) {
    this.scalar = scalar;
    this.publicPoint = P256Sha256.multiplyGenerator(scalar);
    this.publicKey = P256Sha256.serialize(publicPoint);
  }

  /**
   * DeriveKeyPair of RFC 9497 section 3.2.1: a deterministic key from a seed and a public info,
   * separate for each mode.
   *
   * @param mode the mode the key is for (its context string is part of the derivation)
   * @param seed 32 secret bytes
   * @param info public key info, at most 65534 bytes, for example a key id
   * @return the key
   * @throws OprfException with {@link PrivacyError#OPRF_DERIVE} for a seed of another length, an
   *     over-long info, or (practically never) no scalar in 256 tries
   */
  public static OprfPrivateKey derive(OprfMode mode, SecretBytes seed, byte[] info) {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(seed, "seed");
    Objects.requireNonNull(info, "info");
    if (seed.size() != SEED_LENGTH || info.length > Oprf.MAX_INPUT_LENGTH) {
      throw new OprfException(PrivacyError.OPRF_DERIVE, "seed of 32 bytes and info of at most 65534 bytes");
    }
    byte[] s = seed.toByteArray(Access.TOKEN);
    // deriveInput = seed || I2OSP(len(info), 2) || info, then || I2OSP(counter, 1)
    byte[] input = new byte[SEED_LENGTH + 2 + info.length + 1];
    try {
      System.arraycopy(s, 0, input, 0, SEED_LENGTH);
      input[SEED_LENGTH] = (byte) (info.length >>> 8);
      input[SEED_LENGTH + 1] = (byte) info.length;
      System.arraycopy(info, 0, input, SEED_LENGTH + 2, info.length);
      byte[] dst = Oprf.concat(P256Sha256.bytes("DeriveKeyPair"), new P256Sha256(mode).contextString());
      for (int counter = 0; counter <= 255; counter++) {
        input[input.length - 1] = (byte) counter;
        BigInteger sk = P256Sha256.hashToScalar(input, dst);
        if (sk.signum() != 0) {
          return new OprfPrivateKey(sk);
        }
      }
      throw new OprfException(PrivacyError.OPRF_DERIVE, "no non-zero scalar in 256 tries");
    } finally {
      Arrays.fill(s, (byte) 0);
      Arrays.fill(input, (byte) 0);
    }
  }

  /**
   * GenerateKeyPair of RFC 9497 section 3.2.1: a uniformly random key.
   *
   * @param random the source of randomness
   * @return the key
   */
  public static OprfPrivateKey generate(SecureRandom random) {
    Objects.requireNonNull(random, "random");
    return new OprfPrivateKey(P256Sha256.randomScalar(random));
  }

  /**
   * Reads a serialized private key.
   *
   * @param scalar 32 bytes big-endian, not zero, below the group order
   * @param access the token
   * @return the key
   * @throws OprfException with {@link PrivacyError#OPRF_SCALAR} for another encoding
   */
  public static OprfPrivateKey fromBytes(SecretBytes scalar, SecretAccess access) {
    SecretAccess.require(access);
    Objects.requireNonNull(scalar, "scalar");
    byte[] b = scalar.toByteArray(access);
    try {
      BigInteger k = P256Sha256.deserializeScalar(b);
      if (k == null || k.signum() == 0) {
        throw new OprfException(PrivacyError.OPRF_SCALAR, "private key");
      }
      return new OprfPrivateKey(k);
    } finally {
      Arrays.fill(b, (byte) 0);
    }
  }

  /**
   * Returns the serialized scalar.
   *
   * @param access the token
   * @return 32 bytes big-endian
   */
  public SecretBytes toBytes(SecretAccess access) {
    SecretAccess.require(access);
    byte[] b = P256Sha256.serializeScalar(scalar);
    try {
      return SecretBytes.copyFrom(b, access);
    } finally {
      Arrays.fill(b, (byte) 0);
    }
  }

  /**
   * Returns the public key pkS, serialized.
   *
   * @return a copy of the 33 bytes (compressed SEC1)
   */
  public byte[] publicKey() {
    return publicKey.clone();
  }

  BigInteger scalar() {
    return scalar;
  }

  ECPoint publicPoint() {
    return publicPoint;
  }

  /**
   * Returns a text without key material.
   *
   * @return {@code OprfPrivateKey[P256-SHA256, redacted]}
   */
  @Override
  public String toString() {
    return "OprfPrivateKey[" + P256Sha256.IDENTIFIER + ", redacted]";
  }

  /** The module's own token, for reading a seed it was handed; never handed out. */
  private static final class Access {
    static final SecretAccess TOKEN = eu.barrier.privacy.InsecureSecretAccess.get();
  }
}
