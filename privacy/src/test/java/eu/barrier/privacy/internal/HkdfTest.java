package eu.barrier.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.privacy.TestData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

final class HkdfTest {

  @Test
  void sha256_rfc5869Vectors_matchPrkAndOkm() {
    JsonNode doc = TestData.vectors("hkdf_sha256_rfc5869_v1.json");
    List<String> failures = new ArrayList<>();
    int count = 0;
    for (JsonNode group : doc.get("testGroups")) {
      for (JsonNode t : group.get("tests")) {
        count++;
        byte[] ikm = TestData.hex(t.get("ikm").stringValue());
        byte[] salt = TestData.hex(t.get("salt").stringValue());
        byte[] info = TestData.hex(t.get("info").stringValue());
        int size = t.get("size").intValue();
        byte[] prk = Hkdf.extractSha256(ikm, salt);
        byte[] okm = Hkdf.sha256(ikm, salt, info, size);
        if (!Arrays.equals(prk, TestData.hex(t.get("prk").stringValue()))) {
          failures.add("tcId " + t.get("tcId").intValue() + ": PRK");
        }
        if (!Arrays.equals(okm, TestData.hex(t.get("okm").stringValue()))) {
          failures.add("tcId " + t.get("tcId").intValue() + ": OKM");
        }
      }
    }
    assertThat(count).isEqualTo(doc.get("numberOfTests").intValue()).isEqualTo(3);
    assertThat(failures).isEmpty();
  }

  @Test
  void sha256_emptySaltAndNullSalt_areTheSame() {
    byte[] ikm = TestData.hex("0b0b0b0b");
    assertThat(Hkdf.sha256(ikm, new byte[0], new byte[0], 32)).isEqualTo(Hkdf.sha256(ikm, null, new byte[0], 32));
  }
}
