package eu.barrier.privacy.oprf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.barrier.privacy.InsecureSecretAccess;
import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.SecretBytes;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

final class OprfTest {

  private static final SecureRandom RANDOM = new SecureRandom();

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void poprf_sameInputDifferentInfo_givesUnrelatedOutputs() throws Exception {
    OprfServer server = OprfServer.create(OprfMode.POPRF, OprfPrivateKey.generate(RANDOM));
    OprfClient client = OprfClient.create(OprfMode.POPRF, server.publicKey());
    byte[] input = utf8("be-national-number 85073003328");
    byte[] a = roundTrip(client, server, input, utf8("purpose-a"));
    byte[] b = roundTrip(client, server, input, utf8("purpose-b"));
    assertThat(a).hasSize(Oprf.OUTPUT_LENGTH).isNotEqualTo(b);
    assertThat(roundTrip(client, server, input, utf8("purpose-a"))).isEqualTo(a);
    assertThat(server.evaluate(input, utf8("purpose-a"))).isEqualTo(a);
  }

  private static byte[] roundTrip(OprfClient client, OprfServer server, byte[] input, byte[] info) throws Exception {
    BlindedBatch batch = client.blind(List.of(input), info, RANDOM);
    Evaluation evaluation = server.blindEvaluate(batch.blindedElements(), info, RANDOM);
    return client.finalizeBatch(batch, evaluation).get(0);
  }

  @Test
  void blind_sameInputTwice_sendsDifferentElements() {
    OprfClient client = OprfClient.create(OprfMode.OPRF, null);
    byte[] input = utf8("x");
    byte[] first = client.blind(List.of(input), RANDOM).blindedElements().get(0);
    byte[] second = client.blind(List.of(input), RANDOM).blindedElements().get(0);
    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void finalizeBatch_evaluationUnderAnotherKey_failsVerification() {
    OprfPrivateKey published = OprfPrivateKey.generate(RANDOM);
    OprfServer impostor = OprfServer.create(OprfMode.VOPRF, OprfPrivateKey.generate(RANDOM));
    OprfClient client = OprfClient.create(OprfMode.VOPRF, published.publicKey());
    BlindedBatch batch = client.blind(List.of(utf8("a"), utf8("b")), RANDOM);
    Evaluation evaluation = impostor.blindEvaluate(batch.blindedElements(), RANDOM);
    assertThatThrownBy(() -> client.finalizeBatch(batch, evaluation))
        .isInstanceOf(OprfVerificationException.class)
        .hasMessageStartingWith("BARRIER-PRIV-0607");
  }

  @Test
  void finalizeBatch_poprfEvaluatedUnderAnotherInfo_failsVerification() {
    OprfServer server = OprfServer.create(OprfMode.POPRF, OprfPrivateKey.generate(RANDOM));
    OprfClient client = OprfClient.create(OprfMode.POPRF, server.publicKey());
    BlindedBatch batch = client.blind(List.of(utf8("a")), utf8("asked"), RANDOM);
    Evaluation evaluation = server.blindEvaluate(batch.blindedElements(), utf8("other"), RANDOM);
    assertThatThrownBy(() -> client.finalizeBatch(batch, evaluation)).isInstanceOf(OprfVerificationException.class);
  }

  @Test
  void finalizeBatch_swappedElementsInBatch_failsVerification() {
    OprfServer server = OprfServer.create(OprfMode.VOPRF, OprfPrivateKey.generate(RANDOM));
    OprfClient client = OprfClient.create(OprfMode.VOPRF, server.publicKey());
    BlindedBatch batch = client.blind(List.of(utf8("a"), utf8("b")), RANDOM);
    Evaluation evaluation = server.blindEvaluate(batch.blindedElements(), RANDOM);
    List<byte[]> swapped = new ArrayList<>(evaluation.elements());
    Collections.swap(swapped, 0, 1);
    Evaluation tampered = Evaluation.of(swapped, evaluation.proof().orElseThrow());
    assertThatThrownBy(() -> client.finalizeBatch(batch, tampered)).isInstanceOf(OprfVerificationException.class);
  }

  @Test
  void finalizeBatch_countOrProofMismatch_isOprfBatchError() {
    OprfServer server = OprfServer.create(OprfMode.VOPRF, OprfPrivateKey.generate(RANDOM));
    OprfClient client = OprfClient.create(OprfMode.VOPRF, server.publicKey());
    BlindedBatch batch = client.blind(List.of(utf8("a"), utf8("b")), RANDOM);
    Evaluation evaluation = server.blindEvaluate(batch.blindedElements(), RANDOM);
    Evaluation oneShort = Evaluation.of(evaluation.elements().subList(0, 1), evaluation.proof().orElseThrow());
    Evaluation noProof = Evaluation.of(evaluation.elements(), null);
    assertThatThrownBy(() -> client.finalizeBatch(batch, oneShort))
        .isInstanceOfSatisfying(OprfException.class, e -> assertThat(e.error()).isEqualTo(PrivacyError.OPRF_BATCH));
    assertThatThrownBy(() -> client.finalizeBatch(batch, noProof))
        .isInstanceOfSatisfying(OprfException.class, e -> assertThat(e.error()).isEqualTo(PrivacyError.OPRF_BATCH));
  }

  @Test
  void blindEvaluate_identityOrOffCurveOrUncompressed_isOprfElementError() {
    OprfServer server = OprfServer.create(OprfMode.OPRF, OprfPrivateKey.generate(RANDOM));
    byte[] valid = OprfClient.create(OprfMode.OPRF, null).blind(List.of(utf8("a")), RANDOM).blindedElements().get(0);
    byte[] offCurve = valid.clone();
    offCurve[32] ^= 1; // about half of all x have no point; try until one is off the curve
    for (int i = 0; P256Sha256.deserialize(offCurve) != null; i++) {
      offCurve[31] = (byte) i;
    }
    byte[] badPrefix = valid.clone();
    badPrefix[0] = 0x04;
    List<byte[]> bad = List.of(new byte[] {0}, new byte[33], offCurve, badPrefix, new byte[65], new byte[0]);
    for (byte[] b : bad) {
      assertThatThrownBy(() -> server.blindEvaluate(List.of(b), RANDOM))
          .isInstanceOfSatisfying(OprfException.class, e -> assertThat(e.error()).isEqualTo(PrivacyError.OPRF_ELEMENT));
    }
  }

  @Test
  void blind_inputOf65535Bytes_isRejectedAnd65534IsAccepted() {
    OprfClient client = OprfClient.create(OprfMode.OPRF, null);
    assertThat(client.blind(List.of(new byte[Oprf.MAX_INPUT_LENGTH]), RANDOM).size()).isEqualTo(1);
    assertThatThrownBy(() -> client.blind(List.of(new byte[Oprf.MAX_INPUT_LENGTH + 1]), RANDOM))
        .isInstanceOfSatisfying(OprfException.class,
            e -> assertThat(e.error()).isEqualTo(PrivacyError.OPRF_INPUT_LENGTH));
  }

  @Test
  void blind_emptyOrOversizedBatch_isOprfBatchError() {
    OprfClient client = OprfClient.create(OprfMode.OPRF, null);
    List<byte[]> tooMany = Collections.nCopies(Oprf.MAX_BATCH + 1, new byte[1]);
    assertThatThrownBy(() -> client.blind(List.of(), RANDOM)).isInstanceOf(OprfException.class);
    assertThatThrownBy(() -> client.blind(tooMany, RANDOM)).isInstanceOf(OprfException.class);
  }

  @Test
  void derive_seedOfWrongLength_isOprfDeriveError() {
    SecretBytes shortSeed = SecretBytes.copyFrom(new byte[31], InsecureSecretAccess.get());
    assertThatThrownBy(() -> OprfPrivateKey.derive(OprfMode.POPRF, shortSeed, new byte[0]))
        .isInstanceOfSatisfying(OprfException.class, e -> assertThat(e.error()).isEqualTo(PrivacyError.OPRF_DERIVE));
  }

  @Test
  void fromBytes_zeroOrOrderOrMore_isOprfScalarError() {
    byte[] order = P256Sha256.serializeScalar(P256Sha256.ORDER);
    for (byte[] b : List.of(new byte[32], order, new byte[31])) {
      SecretBytes s = SecretBytes.copyFrom(b, InsecureSecretAccess.get());
      assertThatThrownBy(() -> OprfPrivateKey.fromBytes(s, InsecureSecretAccess.get()))
          .isInstanceOfSatisfying(OprfException.class, e -> assertThat(e.error()).isEqualTo(PrivacyError.OPRF_SCALAR));
    }
  }

  @Test
  void toString_keyAndBatch_showNoSecret() {
    OprfPrivateKey key = OprfPrivateKey.generate(RANDOM);
    String scalarHex = java.util.HexFormat.of().formatHex(
        key.toBytes(InsecureSecretAccess.get()).toByteArray(InsecureSecretAccess.get()));
    BlindedBatch batch = OprfClient.create(OprfMode.OPRF, null).blind(List.of(utf8("secret-input")), RANDOM);
    assertThat(key.toString()).doesNotContain(scalarHex).contains("redacted");
    assertThat(batch.toString()).doesNotContain("secret-input").isEqualTo("BlindedBatch[OPRF, size=1]");
  }
}
