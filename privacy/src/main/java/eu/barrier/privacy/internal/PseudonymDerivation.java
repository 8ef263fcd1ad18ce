package eu.barrier.privacy.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The byte-exact construction behind {@code pk1} pseudonyms (documented in {@code
 * docs/privacy-guarantees.md}):
 *
 * <pre>
 * lp(s)   = u16be(len(UTF-8(s))) ‖ UTF-8(s)
 * info    = lp("barrier/pseudonym/hmac-sha256/v1") ‖ lp(purpose) ‖ lp(recipient) ‖ u32be(keyId)
 * K_dom   = HKDF-SHA-256(IKM = root key, salt = none (32 zero bytes), info, L = 32)
 * kid     = base32lower(SHA-256(lp("barrier/pseudonym/kid/v1") ‖ K_dom)[0..5))
 * input   = 0x01 ‖ lp(type id) ‖ lp(canonical value)
 * tag     = HMAC-SHA-256(K_dom, input)
 * </pre>
 */
public final class PseudonymDerivation {

  /** The HKDF info label, version 1. */
  public static final String INFO_LABEL = "barrier/pseudonym/hmac-sha256/v1";

  /** The label hashed with the derived key to make the key id. */
  public static final String KID_LABEL = "barrier/pseudonym/kid/v1";

  /** The first byte of the MAC input: the input encoding version. */
  public static final int INPUT_VERSION = 0x01;

  private PseudonymDerivation() {}

  /**
   * Builds the HKDF info.
   *
   * @param purpose the purpose label
   * @param recipient the recipient domain label
   * @param keyId the key id (key version)
   * @return the info bytes
   */
  public static byte[] info(String purpose, String recipient, int keyId) {
    return new ByteEncoder().str16(INFO_LABEL).str16(purpose).str16(recipient).u32(keyId & 0xffffffffL).toByteArray();
  }

  /**
   * Derives the per-context key.
   *
   * @param rootKey the 32-byte root key
   * @param purpose the purpose label
   * @param recipient the recipient domain label
   * @param keyId the key id
   * @return 32 bytes; the caller wipes them
   */
  public static byte[] domainKey(byte[] rootKey, String purpose, String recipient, int keyId) {
    return Hkdf.sha256(rootKey, null, info(purpose, recipient, keyId), 32);
  }

  /**
   * Computes the key id of a derived key.
   *
   * @param domainKey the derived key
   * @return 8 characters of lower-case base32
   */
  public static String kid(byte[] domainKey) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(new ByteEncoder().str16(KID_LABEL).toByteArray());
      byte[] h = sha.digest(domainKey);
      return Base32.encode5(Arrays.copyOf(h, 5));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }

  /**
   * Builds the MAC input for a typed, canonical identifier.
   *
   * @param typeId the identifier type id, for example {@code nl-bsn}
   * @param canonical the canonical value
   * @return the input bytes
   */
  public static byte[] input(String typeId, String canonical) {
    if (!isAscii(typeId) || !isAscii(canonical) || typeId.length() > 0xffff || canonical.length() > 0xffff) {
      return new ByteEncoder().u8(INPUT_VERSION).str16(typeId).str16(canonical).toByteArray();
    }
    // the same bytes as the encoder above, without its buffers: ids and canonical values are ASCII
    int t = typeId.length();
    int c = canonical.length();
    byte[] b = new byte[1 + 2 + t + 2 + c];
    b[0] = (byte) INPUT_VERSION;
    b[1] = (byte) (t >>> 8);
    b[2] = (byte) t;
    for (int i = 0; i < t; i++) {
      b[3 + i] = (byte) typeId.charAt(i);
    }
    b[3 + t] = (byte) (c >>> 8);
    b[4 + t] = (byte) c;
    for (int i = 0; i < c; i++) {
      b[5 + t + i] = (byte) canonical.charAt(i);
    }
    return b;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * Creates an HMAC-SHA-256 instance keyed with {@code key}.
   *
   * @param key the key bytes
   * @return an initialised MAC
   */
  public static Mac hmacSha256(byte[] key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  /**
   * Returns the UTF-8 bytes of an ASCII label.
   *
   * @param s the label
   * @return the bytes
   */
  static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
