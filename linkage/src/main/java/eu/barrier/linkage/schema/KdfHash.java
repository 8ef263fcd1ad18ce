package eu.barrier.linkage.schema;

import org.apiguardian.api.API;

/** The hash of the HKDF key derivation ({@code kdf.hash}). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum KdfHash {
  /** HKDF-SHA256, the default. */
  SHA256(32),
  /** HKDF-SHA512. */
  SHA512(64);

  private final int length;

  KdfHash(int length) {
    this.length = length;
  }

  /**
   * Returns the digest length in bytes; HKDF derives at most 255 times this many bytes.
   *
   * @return 32 or 64
   */
  public int digestLength() {
    return length;
  }
}
