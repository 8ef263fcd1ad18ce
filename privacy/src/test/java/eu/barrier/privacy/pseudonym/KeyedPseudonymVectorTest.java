package eu.barrier.privacy.pseudonym;

import eu.barrier.privacy.key.PseudonymParameters;
import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.core.id.IdentifierType;
import eu.barrier.core.id.InvalidIdentifierException;
import eu.barrier.privacy.InsecureSecretAccess;
import eu.barrier.privacy.SecretBytes;
import eu.barrier.privacy.TestData;
import eu.barrier.privacy.internal.Hex;
import eu.barrier.privacy.internal.PseudonymDerivation;
import eu.barrier.privacy.key.KeySet;
import eu.barrier.privacy.key.KeyStatus;
import eu.barrier.privacy.key.PseudonymKey;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Our own pk1 vectors (test-only keys), computed by an independent implementation. */
final class KeyedPseudonymVectorTest {

  @Test
  void pseudonymise_keyedPseudonymV1Vectors_reproduceEveryValue() {
    JsonNode doc = TestData.vectors("keyed_pseudonym_v1.json");
    List<String> failures = new ArrayList<>();
    int valid = 0;
    int invalid = 0;
    for (JsonNode t : doc.get("testGroups").get(0).get("tests")) {
      int tcId = t.get("tcId").intValue();
      SecretBytes root = SecretBytes.copyFrom(TestData.hex(t.get("rootKey").stringValue()), InsecureSecretAccess.get());
      int keyId = t.get("keyId").intValue();
      KeySet keys = KeySet.of(List.of(PseudonymKey.of(keyId, KeyStatus.PRIMARY, PseudonymParameters.HMAC_SHA256_V1, root)));
      PseudonymContext context = PseudonymContext.of(t.get("purpose").stringValue(), t.get("recipient").stringValue());
      Pseudonymiser p = Pseudonymiser.create(keys, context);
      IdentifierType type = IdentifierType.fromId(t.get("type").stringValue());
      String value = t.get("value").stringValue();
      if (t.get("result").stringValue().equals("invalid")) {
        invalid++;
        try {
          p.pseudonymise(type, value);
          failures.add("tcId " + tcId + ": accepted an invalid identifier");
        } catch (InvalidIdentifierException expected) {
          // rejected before hashing
        }
        continue;
      }
      valid++;
      String info = Hex.encode(PseudonymDerivation.info(context.purpose(), context.recipient(), keyId));
      String input = Hex.encode(PseudonymDerivation.input(type.id(), type.parse(value).canonical()));
      String got = p.pseudonymise(type, value).format();
      check(failures, tcId, "info", info, t.get("info").stringValue());
      check(failures, tcId, "input", input, t.get("input").stringValue());
      check(failures, tcId, "canonical", type.parse(value).canonical(), t.get("canonical").stringValue());
      check(failures, tcId, "pseudonym", got, t.get("pseudonym").stringValue());
      check(failures, tcId, "kid", p.pseudonymise(type, value).keyId(), t.get("kid").stringValue());
    }
    assertThat(valid).isEqualTo(10);
    assertThat(invalid).isEqualTo(2);
    assertThat(failures).isEmpty();
  }

  private static void check(List<String> failures, int tcId, String what, String got, String expected) {
    if (!got.equals(expected)) {
      failures.add("tcId " + tcId + ": " + what);
    }
  }
}
