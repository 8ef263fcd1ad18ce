package eu.barrier.linkage.schema;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The {@code kdf} of a schema: one HKDF (RFC 5869) call over the UTF-8 secret whose output is cut
 * into {@code keySize}-byte keys, two per feature (ignored features included). Absent salt and info
 * take the RFC's defaults (a zero salt, empty info).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class KeyDerivation {

  private final KdfHash hash;
  private final byte[] salt;
  private final byte[] info;
  private final int keySize;

  KeyDerivation(KdfHash hash, byte[] salt, byte[] info, int keySize) {
    this.hash = Objects.requireNonNull(hash, "hash");
    this.salt = salt == null ? null : salt.clone();
    this.info = info == null ? null : info.clone();
    this.keySize = keySize;
  }

  /**
   * Returns the HKDF hash.
   *
   * @return the hash, {@link KdfHash#SHA256} by default
   */
  public KdfHash hash() {
    return hash;
  }

  /**
   * Returns a copy of the salt.
   *
   * @return the salt, or empty when the schema gives none
   */
  public Optional<byte[]> salt() {
    return Optional.ofNullable(salt).map(byte[]::clone);
  }

  /**
   * Returns a copy of the info.
   *
   * @return the info, or empty when the schema gives none
   */
  public Optional<byte[]> info() {
    return Optional.ofNullable(info).map(byte[]::clone);
  }

  /**
   * Returns the size of each derived key in bytes.
   *
   * @return the key size, 64 by default
   */
  public int keySize() {
    return keySize;
  }

  @Override
  public String toString() {
    return "KeyDerivation[HKDF-" + hash + ", keySize " + keySize + (salt == null ? "" : ", salt")
        + (info == null ? "" : ", info") + "]";
  }
}
