package eu.barrier.privacy.blind;

import eu.barrier.core.id.Identifier;
import eu.barrier.privacy.internal.Base32;
import eu.barrier.privacy.internal.ByteEncoder;
import eu.barrier.privacy.internal.PseudonymDerivation;
import eu.barrier.privacy.pseudonym.PseudonymContext;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * The byte-exact construction behind {@code pk2} pseudonyms (documented in {@code
 * docs/blind-pseudonymisation.md}):
 *
 * <pre>
 * lp(s)     = u16be(len(s)) ‖ s
 * seed info = lp("barrier/pseudonym-service/v1") ‖ u32be(keyId)          -- DeriveKeyPair(POPRF, root key, seed info)
 * input     = 0x01 ‖ lp(type id) ‖ lp(canonical value)                   -- the pk1 MAC input
 * info      = lp("barrier/pseudonym/pk2/v1") ‖ lp(purpose) ‖ lp(recipient)  -- the POPRF info
 * tag       = POPRF output (32 bytes)
 * kid       = base32lower(SHA-256(lp("barrier/pseudonym/pk2/kid/v1") ‖ lp(pkS) ‖ lp(info))[0..5))
 * </pre>
 */
final class BlindDerivation {

  static final String SEED_INFO_LABEL = "barrier/pseudonym-service/v1";
  static final String INFO_LABEL = "barrier/pseudonym/pk2/v1";
  static final String KID_LABEL = "barrier/pseudonym/pk2/kid/v1";

  private BlindDerivation() {}

  static byte[] seedInfo(int keyId) {
    return new ByteEncoder().str16(SEED_INFO_LABEL).u32(keyId & 0xffffffffL).toByteArray();
  }

  static byte[] input(Identifier identifier) {
    return PseudonymDerivation.input(identifier.type().id(), identifier.canonical());
  }

  static byte[] info(PseudonymContext context) {
    return new ByteEncoder().str16(INFO_LABEL).str16(context.purpose()).str16(context.recipient()).toByteArray();
  }

  static String kid(byte[] publicKey, byte[] info) {
    byte[] label = new ByteEncoder().str16(KID_LABEL).toByteArray();
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(label);
      sha.update(new ByteEncoder().u16(publicKey.length).raw(publicKey).u16(info.length).raw(info).toByteArray());
      return Base32.encode5(Arrays.copyOf(sha.digest(), 5));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }
}
