package eu.barrier.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.privacy.TestData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.hpke.AEAD;
import org.bouncycastle.crypto.hpke.HPKE;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Wycheproof AES-128-GCM vectors against the AEAD of the HPKE suite: BouncyCastle's {@link AEAD}
 * with {@link HPKE#aead_AES_GCM128} (its first nonce is the base nonce, so the Wycheproof IV is
 * passed as the base nonce), and the {@code GCMBlockCipher}/{@code AESEngine} pair it wraps.
 */
final class AesGcmTest {

  private static final int TAG_BITS = 128;

  @Test
  void hpkeAead_wycheproofSubset_sealsValidAndRefusesModifiedTags() {
    JsonNode doc = TestData.vectors("aes128_gcm_wycheproof_subset_v1.json");
    List<String> failures = new ArrayList<>();
    int count = 0;
    int invalid = 0;
    for (JsonNode group : doc.get("testGroups")) {
      assertThat(group.get("keySize").intValue()).isEqualTo(128);
      assertThat(group.get("ivSize").intValue()).isEqualTo(96);
      assertThat(group.get("tagSize").intValue()).isEqualTo(TAG_BITS);
      for (JsonNode t : group.get("tests")) {
        count++;
        Vector v = new Vector(t);
        if (v.valid) {
          check(failures, v, "HPKE AEAD seal", hpkeSeal(v), v.ctAndTag);
          check(failures, v, "HPKE AEAD open", hpkeOpen(v), v.msg);
          check(failures, v, "GCM encrypt", gcm(true, v, v.msg), v.ctAndTag);
          check(failures, v, "GCM decrypt", gcm(false, v, v.ctAndTag), v.msg);
        } else {
          invalid++;
          if (hpkeOpen(v) != null) {
            failures.add(v.id + ": HPKE AEAD opened a modified ciphertext");
          }
          if (gcm(false, v, v.ctAndTag) != null) {
            failures.add(v.id + ": GCM decrypted a modified ciphertext");
          }
        }
      }
    }
    assertThat(count).isEqualTo(doc.get("numberOfTests").intValue()).isEqualTo(doc.get("tcIdsIncluded").size());
    assertThat(invalid).as("modified-tag cases in the subset").isGreaterThanOrEqualTo(10);
    assertThat(failures).isEmpty();
  }

  private record Vector(String id, boolean valid, byte[] key, byte[] iv, byte[] aad, byte[] msg, byte[] ctAndTag) {
    Vector(JsonNode t) {
      this("tcId " + t.get("tcId").intValue(), "valid".equals(t.get("result").stringValue()),
          TestData.hex(t.get("key").stringValue()), TestData.hex(t.get("iv").stringValue()),
          TestData.hex(t.get("aad").stringValue()), TestData.hex(t.get("msg").stringValue()),
          concat(TestData.hex(t.get("ct").stringValue()), TestData.hex(t.get("tag").stringValue())));
    }
  }

  private static void check(List<String> failures, Vector v, String what, byte[] actual, byte[] expected) {
    if (actual == null || !Arrays.equals(actual, expected)) {
      failures.add(v.id + ": " + what + (actual == null ? " refused" : " differs"));
    }
  }

  private static byte[] hpkeSeal(Vector v) {
    try {
      return new AEAD(HPKE.aead_AES_GCM128, v.key, v.iv).seal(v.aad, v.msg);
    } catch (InvalidCipherTextException e) {
      return null;
    }
  }

  /** Opens at sequence number 0; {@code null} when the tag does not authenticate. */
  private static byte[] hpkeOpen(Vector v) {
    try {
      return new AEAD(HPKE.aead_AES_GCM128, v.key, v.iv).open(v.aad, v.ctAndTag);
    } catch (InvalidCipherTextException e) {
      return null;
    }
  }

  /** The GCM cipher the HPKE AEAD wraps; {@code null} when the tag does not authenticate. */
  private static byte[] gcm(boolean encrypt, Vector v, byte[] input) {
    GCMModeCipher cipher = GCMBlockCipher.newInstance(AESEngine.newInstance());
    cipher.init(encrypt, new AEADParameters(new KeyParameter(v.key), TAG_BITS, v.iv, v.aad));
    byte[] out = new byte[cipher.getOutputSize(input.length)];
    try {
      int n = cipher.processBytes(input, 0, input.length, out, 0);
      n += cipher.doFinal(out, n);
      return Arrays.copyOf(out, n);
    } catch (InvalidCipherTextException e) {
      return null;
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] r = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }
}
