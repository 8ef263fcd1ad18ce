package eu.barrier.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.privacy.TestData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

final class Ed25519Test {

  @Test
  void signAndVerify_rfc8032Vectors_matchPublicKeyAndSignature() {
    JsonNode doc = TestData.vectors("ed25519_rfc8032_v1.json");
    List<String> failures = new ArrayList<>();
    int count = 0;
    for (JsonNode group : doc.get("testGroups")) {
      for (JsonNode t : group.get("tests")) {
        count++;
        int id = t.get("tcId").intValue();
        byte[] sk = TestData.hex(t.get("sk").stringValue());
        byte[] pk = TestData.hex(t.get("pk").stringValue());
        byte[] msg = TestData.hex(t.get("msg").stringValue());
        byte[] sig = TestData.hex(t.get("sig").stringValue());
        if (!Arrays.equals(ExchangeCrypto.ed25519PublicKey(sk), pk)) {
          failures.add("tcId " + id + ": public key");
        }
        if (!Arrays.equals(ExchangeCrypto.sign(sk, msg), sig)) {
          failures.add("tcId " + id + ": signature");
        }
        if (!ExchangeCrypto.verify(pk, msg, sig)) {
          failures.add("tcId " + id + ": verify");
        }
        byte[] flipped = sig.clone();
        flipped[id % 64] ^= 0x01;
        if (ExchangeCrypto.verify(pk, msg, flipped)) {
          failures.add("tcId " + id + ": flipped signature verified");
        }
      }
    }
    assertThat(count).isEqualTo(doc.get("numberOfTests").intValue()).isEqualTo(5);
    assertThat(failures).isEmpty();
  }

  @Test
  void verify_wycheproofSubset_acceptsValidRejectsInvalid() {
    JsonNode doc = TestData.vectors("ed25519_wycheproof_subset_v1.json");
    List<String> failures = new ArrayList<>();
    int count = 0;
    for (JsonNode group : doc.get("testGroups")) {
      byte[] pk = TestData.hex(group.get("publicKey").get("pk").stringValue());
      for (JsonNode t : group.get("tests")) {
        count++;
        boolean ok = ExchangeCrypto.verify(pk, TestData.hex(t.get("msg").stringValue()),
            TestData.hex(t.get("sig").stringValue()));
        String result = t.get("result").stringValue();
        if ("valid".equals(result) != ok) {
          failures.add("tcId " + t.get("tcId").intValue() + " (" + result + "): verify gave " + ok);
        }
      }
    }
    assertThat(count).isEqualTo(doc.get("numberOfTests").intValue()).isEqualTo(doc.get("tcIdsIncluded").size());
    assertThat(failures).isEmpty();
  }

  @Test
  void isValidEd25519PublicKey_wrongLengthOrNotAPoint_isFalse() {
    assertThat(ExchangeCrypto.isValidEd25519PublicKey(new byte[31])).isFalse();
    byte[] notAPoint = TestData.hex("ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff");
    assertThat(ExchangeCrypto.isValidEd25519PublicKey(notAPoint)).isFalse();
    assertThat(ExchangeCrypto.isValidEd25519PublicKey(
        TestData.hex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"))).isTrue();
  }
}
