package eu.barrier.privacy;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An immutable holder of secret bytes, such as a pseudonym root key.
 *
 * <p>Guarantees: the content never appears in {@link #toString()}; the class is not {@link
 * java.io.Serializable}; {@link #equals(Object)} is identity, and {@link #equalsSecret} compares
 * content in time independent of where the first difference lies; bytes leave only as a copy and
 * only with a {@link SecretAccess} token.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class SecretBytes {

  private final byte[] bytes;

  private SecretBytes(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * Copies raw bytes into a new holder.
   *
   * @param bytes the secret; copied, so the caller may wipe its array afterwards
   * @param access the token
   * @return a holder of a copy
   */
  public static SecretBytes copyFrom(byte[] bytes, SecretAccess access) {
    SecretAccess.require(access);
    Objects.requireNonNull(bytes, "bytes");
    return new SecretBytes(bytes.clone());
  }

  /**
   * Draws {@code length} fresh bytes from {@code random}.
   *
   * @param length the number of bytes, at least 1
   * @param random the source of randomness, normally a {@link SecureRandom}
   * @return a new holder
   */
  public static SecretBytes random(int length, SecureRandom random) {
    Objects.requireNonNull(random, "random");
    if (length < 1) {
      throw new IllegalArgumentException("length must be at least 1");
    }
    byte[] b = new byte[length];
    random.nextBytes(b);
    return new SecretBytes(b);
  }

  /**
   * Returns a copy of the secret.
   *
   * @param access the token
   * @return a fresh copy; the caller should wipe it after use
   */
  public byte[] toByteArray(SecretAccess access) {
    SecretAccess.require(access);
    return bytes.clone();
  }

  /**
   * Returns the number of bytes.
   *
   * @return the length
   */
  public int size() {
    return bytes.length;
  }

  /**
   * Compares the content with another holder in time that does not depend on where the first
   * difference lies.
   *
   * @param other the other holder
   * @return whether both hold the same bytes
   */
  public boolean equalsSecret(SecretBytes other) {
    Objects.requireNonNull(other, "other");
    return MessageDigest.isEqual(bytes, other.bytes);
  }

  /**
   * Returns {@code SecretBytes[redacted, N bytes]}.
   *
   * @return a text without the content
   */
  @Override
  public String toString() {
    return "SecretBytes[redacted, " + bytes.length + " bytes]";
  }

  // identity equals/hashCode on purpose: use equalsSecret
  @Override
  public boolean equals(Object obj) {
    return this == obj;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
