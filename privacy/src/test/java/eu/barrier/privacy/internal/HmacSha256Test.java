package eu.barrier.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.privacy.TestData;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.crypto.Mac;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** RFC 4231 and Wycheproof HMAC-SHA-256 vectors against the MAC wiring the pseudonyms use. */
final class HmacSha256Test {

  @Test
  void hmacSha256_wycheproofSubset_validVerifiesAndInvalidFails() {
    JsonNode doc = TestData.vectors("hmac_sha256_wycheproof_subset_v1.json");
    List<String> failures = new ArrayList<>();
    int count = 0;
    int invalid = 0;
    for (JsonNode group : doc.get("testGroups")) {
      int tagBytes = group.get("tagSize").intValue() / 8;
      for (JsonNode t : group.get("tests")) {
        count++;
        Mac mac = PseudonymDerivation.hmacSha256(TestData.hex(t.get("key").stringValue()));
        byte[] full = mac.doFinal(TestData.hex(t.get("msg").stringValue()));
        byte[] computed = Arrays.copyOf(full, tagBytes);
        boolean verifies = MessageDigest.isEqual(computed, TestData.hex(t.get("tag").stringValue()));
        String result = t.get("result").stringValue();
        if (result.equals("invalid")) {
          invalid++;
        }
        if (verifies != result.equals("valid")) {
          failures.add("tcId " + t.get("tcId").intValue() + " expected " + result);
        }
      }
    }
    assertThat(count).isEqualTo(doc.get("numberOfTests").intValue());
    assertThat(invalid).isPositive();
    assertThat(failures).isEmpty();
  }

  @Test
  void hmacSha256_rfc4231TestCases1To7_match() {
    JsonNode doc = TestData.vectors("hmac_sha256_rfc4231_v1.json");
    List<String> failures = new ArrayList<>();
    List<Integer> ids = new ArrayList<>();
    for (JsonNode group : doc.get("testGroups")) {
      for (JsonNode t : group.get("tests")) {
        ids.add(t.get("tcId").intValue());
        Mac mac = PseudonymDerivation.hmacSha256(TestData.hex(t.get("key").stringValue()));
        byte[] full = mac.doFinal(TestData.hex(t.get("msg").stringValue()));
        byte[] computed = Arrays.copyOf(full, t.get("tagSize").intValue() / 8);
        if (!MessageDigest.isEqual(computed, TestData.hex(t.get("tag").stringValue()))) {
          failures.add("test case " + t.get("tcId").intValue());
        }
      }
    }
    assertThat(ids).containsExactly(1, 2, 3, 4, 5, 6, 7);
    assertThat(failures).isEmpty();
  }
}
