package eu.barrier.privacy.oprf;

import eu.barrier.privacy.PrivacyError;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Constants of the RFC 9497 implementation: the one suite shipped, P256-SHA256 (section 4.3), and
 * the limits.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Oprf {

  /** The suite identifier. */
  public static final String SUITE = P256Sha256.IDENTIFIER;

  /** The length of a serialized element (a blinded or evaluated element, a public key). */
  public static final int ELEMENT_LENGTH = P256Sha256.ELEMENT_LENGTH;

  /** The length of an output. */
  public static final int OUTPUT_LENGTH = P256Sha256.HASH_LENGTH;

  /** The length of a serialized proof: two scalars. */
  public static final int PROOF_LENGTH = 2 * P256Sha256.SCALAR_LENGTH;

  /** The longest input or info: RFC 9497 requires fewer than 2^16 - 1 bytes. */
  public static final int MAX_INPUT_LENGTH = 0xfffe;

  /** The most elements in one batch. */
  public static final int MAX_BATCH = 1000;

  private Oprf() {}

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.write(p, 0, p.length);
    }
    return out.toByteArray();
  }

  /** I2OSP(len(b), 2) || b. */
  static void lengthPrefixed(ByteArrayOutputStream out, byte[] b) {
    out.write(b.length >>> 8);
    out.write(b.length);
    out.write(b, 0, b.length);
  }

  static void checkLength(byte[] b, String what) {
    if (b.length > MAX_INPUT_LENGTH) {
      throw new OprfException(PrivacyError.OPRF_INPUT_LENGTH, what);
    }
  }

  static void checkBatch(List<?> items, String what) {
    if (items.isEmpty() || items.size() > MAX_BATCH) {
      throw new OprfException(PrivacyError.OPRF_BATCH, what + ": 1 to " + MAX_BATCH + " elements");
    }
  }
}
