package eu.barrier.privacy.internal;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/** HKDF-SHA-256 (RFC 5869) through BouncyCastle's {@code HKDFBytesGenerator}. */
public final class Hkdf {

  private Hkdf() {}

  /**
   * Extract-then-expand.
   *
   * @param ikm input keying material
   * @param salt the salt; {@code null} or empty means HashLen zero bytes (RFC 5869 §2.2)
   * @param info context information, may be empty
   * @param length output length in bytes, at most 255 * 32
   * @return the output keying material
   */
  public static byte[] sha256(byte[] ikm, byte[] salt, byte[] info, int length) {
    HKDFBytesGenerator generator = new HKDFBytesGenerator(new SHA256Digest());
    byte[] s = salt == null || salt.length == 0 ? null : salt;
    generator.init(new HKDFParameters(ikm, s, info));
    byte[] out = new byte[length];
    generator.generateBytes(out, 0, length);
    return out;
  }

  /**
   * The extract step alone, for the RFC 5869 test vectors that publish the PRK.
   *
   * @param ikm input keying material
   * @param salt the salt; {@code null} or empty means HashLen zero bytes
   * @return the pseudorandom key (32 bytes)
   */
  public static byte[] extractSha256(byte[] ikm, byte[] salt) {
    HKDFBytesGenerator generator = new HKDFBytesGenerator(new SHA256Digest());
    byte[] s = salt == null || salt.length == 0 ? null : salt;
    return generator.extractPRK(s, ikm);
  }
}
