package eu.barrier.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.barrier.privacy.TestData;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.hpke.AEAD;
import org.bouncycastle.crypto.hpke.HPKE;
import org.bouncycastle.crypto.hpke.HPKEContext;
import org.bouncycastle.crypto.hpke.HPKEContextWithEncapsulation;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

final class HpkeTest {

  private static String hex(byte[] b) {
    return HexFormat.of().formatHex(b);
  }

  @Test
  void baseMode_rfc9180A11_reproducesKeysEncapsulationCiphertextsAndExports() throws Exception {
    JsonNode doc = TestData.vectors("hpke_rfc9180_a1_v1.json");
    List<String> failures = new ArrayList<>();
    int count = 0;
    for (JsonNode group : doc.get("testGroups")) {
      assertThat(group.get("kem_id").intValue()).isEqualTo(HPKE.kem_X25519_SHA256);
      assertThat(group.get("kdf_id").intValue()).isEqualTo(HPKE.kdf_HKDF_SHA256);
      assertThat(group.get("aead_id").intValue()).isEqualTo(HPKE.aead_AES_GCM128);
      for (JsonNode t : group.get("tests")) {
        count++;
        HPKE hpke = new HPKE(HPKE.mode_base, HPKE.kem_X25519_SHA256, HPKE.kdf_HKDF_SHA256, HPKE.aead_AES_GCM128);
        AsymmetricCipherKeyPair kpE = hpke.deriveKeyPair(TestData.hex(t.get("ikmE").stringValue()));
        AsymmetricCipherKeyPair kpR = hpke.deriveKeyPair(TestData.hex(t.get("ikmR").stringValue()));
        // BouncyCastle stores X25519 private keys clamped (RFC 7748 section 5); the RFC lists them unclamped
        checkClamped(failures, "skEm", t, hpke.serializePrivateKey(kpE.getPrivate()));
        check(failures, "pkEm", t, hex(hpke.serializePublicKey(kpE.getPublic())));
        checkClamped(failures, "skRm", t, hpke.serializePrivateKey(kpR.getPrivate()));
        check(failures, "pkRm", t, hex(hpke.serializePublicKey(kpR.getPublic())));
        // our wrapper derives the same public key from the private key
        check(failures, "pkRm", t, hex(ExchangeCrypto.x25519PublicKey(TestData.hex(t.get("skRm").stringValue()))));
        byte[] info = TestData.hex(t.get("info").stringValue());
        HPKEContextWithEncapsulation sender = hpke.setupBaseS(kpR.getPublic(), info, kpE);
        check(failures, "enc", t, hex(sender.getEncapsulation()));
        HPKEContext receiver = hpke.setupBaseR(sender.getEncapsulation(), kpR, info);
        AEAD fromSchedule = new AEAD(HPKE.aead_AES_GCM128, TestData.hex(t.get("key").stringValue()),
            TestData.hex(t.get("base_nonce").stringValue()));
        long seq = 0;
        for (JsonNode e : t.get("encryptions")) {
          long target = e.get("seq").longValue();
          byte[] pt = TestData.hex(e.get("pt").stringValue());
          byte[] aad = TestData.hex(e.get("aad").stringValue());
          byte[] ct = TestData.hex(e.get("ct").stringValue());
          // advance all three contexts to the sequence number of this encryption
          while (seq < target) {
            sender.seal(new byte[0], new byte[0]);
            byte[] skipped = fromSchedule.seal(new byte[0], new byte[0]);
            receiver.open(new byte[0], skipped);
            seq++;
          }
          byte[] sealed = sender.seal(aad, pt);
          if (!Arrays.equals(sealed, ct)) {
            failures.add("seq " + target + ": ciphertext");
          }
          if (!Arrays.equals(fromSchedule.seal(aad, pt), ct)) {
            failures.add("seq " + target + ": key/base_nonce do not give the ciphertext");
          }
          if (!Arrays.equals(receiver.open(aad, ct), pt)) {
            failures.add("seq " + target + ": open");
          }
          seq++;
        }
        HPKEContext exporter = hpke.setupBaseR(sender.getEncapsulation(), kpR, info);
        for (JsonNode x : t.get("exports")) {
          byte[] value = exporter.export(TestData.hex(x.get("exporter_context").stringValue()), x.get("L").intValue());
          if (!hex(value).equals(x.get("exported_value").stringValue())) {
            failures.add("export " + x.get("exporter_context").stringValue());
          }
        }
        // single-shot wrapper: opens what BouncyCastle sealed at sequence 0
        byte[] pt = TestData.hex(t.get("encryptions").get(0).get("pt").stringValue());
        byte[] aad0 = TestData.hex(t.get("encryptions").get(0).get("aad").stringValue());
        byte[] opened = ExchangeCrypto.hpkeOpen(TestData.hex(t.get("enc").stringValue()),
            TestData.hex(t.get("skRm").stringValue()), info, aad0,
            TestData.hex(t.get("encryptions").get(0).get("ct").stringValue()));
        if (!Arrays.equals(opened, pt)) {
          failures.add("wrapper open");
        }
      }
    }
    assertThat(count).isEqualTo(doc.get("numberOfTests").intValue());
    assertThat(failures).isEmpty();
  }

  private static void checkClamped(List<String> failures, String field, JsonNode t, byte[] actual) {
    byte[] expected = TestData.hex(t.get(field).stringValue());
    expected[0] &= (byte) 0xf8;
    expected[31] &= (byte) 0x7f;
    expected[31] |= (byte) 0x40;
    if (!Arrays.equals(expected, actual)) {
      failures.add(field);
    }
  }

  private static void check(List<String> failures, String field, JsonNode t, String actual) {
    if (!t.get(field).stringValue().equals(actual)) {
      failures.add(field);
    }
  }

  @Test
  void wrapper_roundTrip_andAnyChangeFails() throws Exception {
    SecureRandom rnd = new SecureRandom();
    byte[] sk = new byte[32];
    rnd.nextBytes(sk);
    byte[] pk = ExchangeCrypto.x25519PublicKey(sk);
    byte[] info = "barrier/envelope/v1".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    byte[] aad = {1, 2, 3};
    ExchangeCrypto.Sealed s = ExchangeCrypto.hpkeSeal(pk, info, aad, new byte[] {9, 9}, rnd);
    assertThat(ExchangeCrypto.hpkeOpen(s.enc(), sk, info, aad, s.ct())).containsExactly(9, 9);
    byte[] ct = s.ct().clone();
    ct[0] ^= 1;
    assertThatThrownBy(() -> ExchangeCrypto.hpkeOpen(s.enc(), sk, info, aad, ct))
        .isInstanceOf(GeneralSecurityException.class);
    assertThatThrownBy(() -> ExchangeCrypto.hpkeOpen(s.enc(), sk, info, new byte[] {1, 2}, s.ct()))
        .isInstanceOf(GeneralSecurityException.class);
    assertThatThrownBy(() -> ExchangeCrypto.hpkeOpen(new byte[32], sk, info, aad, s.ct()))
        .isInstanceOf(GeneralSecurityException.class);
    assertThat(ExchangeCrypto.isValidX25519PublicKey(new byte[32])).isFalse();
    assertThat(ExchangeCrypto.isValidX25519PublicKey(pk)).isTrue();
  }
}
