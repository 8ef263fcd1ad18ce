package eu.barrier.privacy.blind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.barrier.core.id.Identifier;
import eu.barrier.core.id.IdentifierType;
import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.TestData;
import eu.barrier.privacy.key.KeySet;
import eu.barrier.privacy.key.PartyKeys;
import eu.barrier.privacy.pseudonym.Pseudonym;
import eu.barrier.privacy.pseudonym.PseudonymContext;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The client's protocol without HTTP: prepared batches answered in process by {@link ServiceKeys},
 * as the service does after its checks.
 */
final class BlindPseudonymClientTest {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final KeySet SERVICE_KEY_SET = KeySet.generate(RANDOM);
  private static final ServiceKeys SERVICE = ServiceKeys.from(SERVICE_KEY_SET);
  private static final PseudonymContext CONTEXT = PseudonymContext.of("thb-signal", "ariec-limburg");
  private static final List<Identifier> IDS = List.of(
      IdentifierType.NL_BSN.parse(TestData.bsnFrom8("12345678")),
      IdentifierType.NL_BSN.parse(TestData.bsnFrom8("23456781")));

  private static BlindPseudonymClient client(String party) {
    return BlindPseudonymClient.builder(URI.create("http://127.0.0.1:1"), PartyKeys.generate(party, RANDOM))
        .pinnedKeys(SERVICE.publicKeys()).build();
  }

  private static List<Pseudonym> inProcess(BlindPseudonymClient client, PseudonymContext context, List<Identifier> ids,
      ServiceKeys service, int keyId) {
    BlindPseudonymClient.Pending pending = client.prepare(context, ids, client.serviceKeys().find(keyId).orElseThrow());
    EvaluationRequest request = EvaluationRequest.parse(pending.signed.body());
    return client.complete(pending, service.evaluate(request, RANDOM).toJson());
  }

  @Test
  void pseudonymise_twoPartnersSameIdentifierAndContext_getTheSameBlindPseudonym() {
    List<Pseudonym> a = inProcess(client("nl.gemeente.0363"), CONTEXT, IDS, SERVICE, SERVICE.primaryId());
    List<Pseudonym> b = inProcess(client("nl.politie.amsterdam"), CONTEXT, IDS, SERVICE, SERVICE.primaryId());

    assertThat(a).hasSize(2).containsExactlyElementsOf(b);
    assertThat(a.get(0)).isNotEqualTo(a.get(1));
    assertThat(a.get(0).isBlind()).isTrue();
    assertThat(a.get(0).format()).startsWith("pk2.").hasSize(56);
  }

  @Test
  void pseudonymise_otherPurposeOrRecipient_givesAnotherPseudonymAndKid() {
    BlindPseudonymClient c = client("nl.gemeente.0363");
    Pseudonym base = inProcess(c, CONTEXT, IDS.subList(0, 1), SERVICE, SERVICE.primaryId()).get(0);
    Pseudonym purpose = inProcess(c, PseudonymContext.of("stats", "ariec-limburg"), IDS.subList(0, 1), SERVICE,
        SERVICE.primaryId()).get(0);
    Pseudonym recipient = inProcess(c, PseudonymContext.of("thb-signal", "politie"), IDS.subList(0, 1), SERVICE,
        SERVICE.primaryId()).get(0);

    assertThat(purpose.tag()).isNotEqualTo(base.tag());
    assertThat(recipient.tag()).isNotEqualTo(base.tag());
    assertThat(purpose.keyId()).isNotEqualTo(base.keyId());
  }

  @Test
  void pseudonymise_afterRotation_oldKeyStillGivesTheOldPseudonymDuringOverlap() {
    Pseudonym before = inProcess(client("a"), CONTEXT, IDS.subList(0, 1), SERVICE, SERVICE.primaryId()).get(0);
    KeySet rotated = SERVICE_KEY_SET.rotate(RANDOM);
    ServiceKeys after = ServiceKeys.from(rotated);
    BlindPseudonymClient c = BlindPseudonymClient.builder(URI.create("http://127.0.0.1:1"), PartyKeys.generate("a", RANDOM))
        .pinnedKeys(after.publicKeys()).build();

    Pseudonym primary = inProcess(c, CONTEXT, IDS.subList(0, 1), after, after.primaryId()).get(0);
    Pseudonym old = inProcess(c, CONTEXT, IDS.subList(0, 1), after, SERVICE.primaryId()).get(0);

    assertThat(after.primaryId()).isNotEqualTo(SERVICE.primaryId());
    assertThat(old).isEqualTo(before);
    assertThat(primary).isNotEqualTo(before);
    assertThat(ServiceKeys.from(rotated.disable(SERVICE.primaryId())).isUsable(SERVICE.primaryId())).isFalse();
  }

  @Test
  void complete_serviceUsedAnotherKey_isRefusedAsKeyMismatch() {
    ServiceKeys impostor = ServiceKeys.from(KeySet.of(List.of(
        eu.barrier.privacy.key.PseudonymKey.of(SERVICE.primaryId(), eu.barrier.privacy.key.KeyStatus.PRIMARY,
            eu.barrier.privacy.key.PseudonymParameters.HMAC_SHA256_V1, TestData.testKey(7)))));
    BlindPseudonymClient c = client("a");
    assertThatThrownBy(() -> inProcess(c, CONTEXT, IDS, impostor, SERVICE.primaryId()))
        .isInstanceOfSatisfying(BlindPseudonymException.class,
            e -> assertThat(e.error()).isEqualTo(PrivacyError.BLIND_KEY_MISMATCH));
  }

  @Test
  void complete_proofForOtherElements_isRefusedAsProofFailure() {
    BlindPseudonymClient c = client("a");
    BlindPseudonymClient.Pending pending = c.prepare(CONTEXT, IDS, SERVICE.publicKeys().primary());
    BlindPseudonymClient.Pending other = c.prepare(CONTEXT, IDS, SERVICE.publicKeys().primary());
    EvaluationResponse answer = SERVICE.evaluate(EvaluationRequest.parse(other.signed.body()), RANDOM);
    byte[] forged = EvaluationResponse.of(pending.requestId, answer.keyId(), answer.publicKey(), answer.evaluation()).toJson();

    assertThatThrownBy(() -> c.complete(pending, forged))
        .isInstanceOfSatisfying(BlindPseudonymException.class, e -> assertThat(e.error()).isEqualTo(PrivacyError.OPRF_PROOF));
  }

  @Test
  void complete_responseToAnotherRequest_isRefused() {
    BlindPseudonymClient c = client("a");
    BlindPseudonymClient.Pending pending = c.prepare(CONTEXT, IDS, SERVICE.publicKeys().primary());
    BlindPseudonymClient.Pending other = c.prepare(CONTEXT, IDS, SERVICE.publicKeys().primary());
    byte[] answer = SERVICE.evaluate(EvaluationRequest.parse(other.signed.body()), RANDOM).toJson();

    assertThatThrownBy(() -> c.complete(pending, answer))
        .isInstanceOfSatisfying(BlindPseudonymException.class, e -> assertThat(e.error()).isEqualTo(PrivacyError.BLIND_RESPONSE));
  }

  @Test
  void request_holdsNoIdentifierAndVerifiesOnlyWithTheSignersKey() {
    PartyKeys partner = PartyKeys.generate("nl.gemeente.0363", RANDOM);
    BlindPseudonymClient c = BlindPseudonymClient.builder(URI.create("http://127.0.0.1:1"), partner)
        .pinnedKeys(SERVICE.publicKeys()).build();
    BlindPseudonymClient.Pending pending = c.prepare(CONTEXT, IDS, SERVICE.publicKeys().primary());
    String body = new String(pending.signed.body(), StandardCharsets.UTF_8);

    for (Identifier id : IDS) {
      assertThat(body).doesNotContain(id.canonical());
    }
    assertThat(EvaluationRequest.verifySignature(pending.signed.body(), pending.signed.signature(), partner.publicKeys()))
        .isTrue();
    assertThat(EvaluationRequest.verifySignature(pending.signed.body(), pending.signed.signature(),
        PartyKeys.generate("nl.gemeente.0363", RANDOM).publicKeys())).isFalse();
    byte[] changed = body.replace("ariec-limburg", "ariec-antwerp").getBytes(StandardCharsets.UTF_8);
    assertThat(EvaluationRequest.verifySignature(changed, pending.signed.signature(), partner.publicKeys())).isFalse();
  }

  @Test
  void serviceKeys_publicKeysRoundTripThroughJson() {
    ServicePublicKeys keys = ServiceKeys.from(SERVICE_KEY_SET.rotate(RANDOM)).publicKeys();
    assertThat(ServicePublicKeys.parse(keys.toJson().getBytes(StandardCharsets.UTF_8))).isEqualTo(keys);
    assertThat(keys.keys()).hasSize(2);
    assertThat(keys.toJson()).doesNotContain("material");
  }
}
