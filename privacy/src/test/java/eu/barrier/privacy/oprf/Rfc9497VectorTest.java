package eu.barrier.privacy.oprf;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.privacy.InsecureSecretAccess;
import eu.barrier.privacy.SecretBytes;
import eu.barrier.privacy.TestData;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every P256-SHA256 vector of RFC 9497 Appendix A, in all three modes, from the CFRG's {@code
 * allVectors.json} (origin in {@code testvectors/README.md}): DeriveKeyPair, Blind, BlindEvaluate
 * (with the proof), Finalize and Evaluate, with the blinds and proof nonces the vectors fix.
 */
final class Rfc9497VectorTest {

  private static final HexFormat HEX = HexFormat.of();

  @Test
  void allModes_everyP256Sha256Vector_reproducesEveryValue() throws Exception {
    JsonNode doc = TestData.vectors("rfc9497-p256-sha256.json");
    List<String> failures = new ArrayList<>();
    int vectors = 0;
    int modes = 0;
    for (JsonNode suite : doc) {
      assertThat(suite.get("identifier").stringValue()).isEqualTo(Oprf.SUITE);
      OprfMode mode = OprfMode.values()[suite.get("mode").intValue()];
      modes++;
      checkGroupDst(suite, mode, failures);
      OprfPrivateKey key = OprfPrivateKey.derive(mode,
          SecretBytes.copyFrom(TestData.hex(suite.get("seed").stringValue()), InsecureSecretAccess.get()),
          TestData.hex(suite.get("keyInfo").stringValue()));
      String where = mode + " key";
      expect(failures, where + " skSm", key.toBytes(InsecureSecretAccess.get()).toByteArray(InsecureSecretAccess.get()),
          suite.get("skSm").stringValue());
      if (suite.has("pkSm")) {
        expect(failures, where + " pkSm", key.publicKey(), suite.get("pkSm").stringValue());
      }
      OprfServer server = OprfServer.create(mode, key);
      OprfClient client = OprfClient.create(mode, mode.isVerifiable() ? key.publicKey() : null);
      int index = 0;
      for (JsonNode v : suite.get("vectors")) {
        vectors++;
        index++;
        checkVector(mode, server, client, v, mode + " vector " + index, failures);
      }
    }
    assertThat(modes).isEqualTo(3);
    assertThat(vectors).isEqualTo(8);
    assertThat(failures).isEmpty();
  }

  private static void checkGroupDst(JsonNode suite, OprfMode mode, List<String> failures) {
    byte[] expected = TestData.hex(suite.get("groupDST").stringValue());
    byte[] actual = Oprf.concat(P256Sha256.bytes("HashToGroup-"), new P256Sha256(mode).contextString());
    if (!Arrays.equals(expected, actual)) {
      failures.add(mode + " groupDST");
    }
  }

  private static void checkVector(OprfMode mode, OprfServer server, OprfClient client, JsonNode v, String where,
      List<String> failures) throws OprfVerificationException {
    int batch = v.get("Batch").intValue();
    List<byte[]> inputs = list(v.get("Input").stringValue());
    List<BigInteger> blinds = list(v.get("Blind").stringValue()).stream().map(b -> new BigInteger(1, b)).toList();
    assertThat(inputs).hasSize(batch);
    byte[] info = v.has("Info") ? TestData.hex(v.get("Info").stringValue()) : null;
    SecureRandom random = new SecureRandom();

    BlindedBatch blinded = client.blind(inputs, info, blinds, random);
    expectAll(failures, where + " BlindedElement", blinded.blindedElements(), v.get("BlindedElement").stringValue());

    BigInteger nonce = v.has("Proof") ? new BigInteger(v.get("Proof").get("r").stringValue(), 16) : null;
    Evaluation evaluation = server.blindEvaluate(blinded.blindedElements(), info, nonce, random);
    expectAll(failures, where + " EvaluationElement", evaluation.elements(), v.get("EvaluationElement").stringValue());
    if (v.has("Proof")) {
      expect(failures, where + " Proof", evaluation.proof().orElseThrow(), v.get("Proof").get("proof").stringValue());
    } else if (evaluation.proof().isPresent()) {
      failures.add(where + " unexpected proof");
    }

    // the client finalizes the vector's own evaluation (and proof), not only ours
    byte[] vectorProof = v.has("Proof") ? TestData.hex(v.get("Proof").get("proof").stringValue()) : null;
    Evaluation published = Evaluation.of(list(v.get("EvaluationElement").stringValue()), vectorProof);
    List<byte[]> outputs = client.finalizeBatch(blinded, published);
    expectAll(failures, where + " Output", outputs, v.get("Output").stringValue());

    List<byte[]> direct = new ArrayList<>();
    for (byte[] input : inputs) {
      direct.add(mode == OprfMode.POPRF ? server.evaluate(input, info) : server.evaluate(input));
    }
    expectAll(failures, where + " Evaluate", direct, v.get("Output").stringValue());
  }

  private static List<byte[]> list(String commaSeparatedHex) {
    return Arrays.stream(commaSeparatedHex.split(",")).map(TestData::hex).toList();
  }

  private static void expect(List<String> failures, String what, byte[] actual, String expectedHex) {
    if (!HEX.formatHex(actual).equals(expectedHex)) {
      failures.add(what);
    }
  }

  private static void expectAll(List<String> failures, String what, List<byte[]> actual, String expectedHex) {
    String joined = String.join(",", actual.stream().map(HEX::formatHex).toList());
    if (!joined.equals(expectedHex)) {
      failures.add(what);
    }
  }
}
