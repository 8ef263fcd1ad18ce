package eu.barrier.privacy.envelope;

import static eu.barrier.privacy.envelope.Fixture.INSPECTION;
import static eu.barrier.privacy.envelope.Fixture.MUNICIPALITY;
import static eu.barrier.privacy.envelope.Fixture.OUTSIDER;
import static eu.barrier.privacy.envelope.Fixture.PAYLOAD;
import static eu.barrier.privacy.envelope.Fixture.POLICE;
import static eu.barrier.privacy.envelope.Fixture.RIEC;
import static eu.barrier.privacy.envelope.Fixture.T0;
import static eu.barrier.privacy.envelope.Fixture.TRUSTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.barrier.core.json.BarrierJson;
import eu.barrier.privacy.InsecureSecretAccess;
import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.audit.AuditAction;
import eu.barrier.privacy.audit.AuditLog;
import eu.barrier.privacy.audit.AuditRecord;
import eu.barrier.privacy.audit.InMemoryAuditSink;
import eu.barrier.privacy.internal.Jcs;
import eu.barrier.privacy.key.PartyKeyFiles;
import eu.barrier.privacy.key.PartyPublicKeys;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

final class EnvelopesTest {

  private static final BarrierJson JSON = BarrierJson.create();

  private final Fixture.MutableClock clock = new Fixture.MutableClock(T0);
  private final InMemoryAuditSink sink = new InMemoryAuditSink();
  private final Envelopes envelopes =
      Envelopes.builder().clock(clock).random(Fixture.RANDOM).auditLog(AuditLog.open(sink, clock)).build();

  private byte[] sealTo(PartyPublicKeys... recipients) {
    return envelopes.seal(MUNICIPALITY, List.of(recipients), Fixture.parameters(), PAYLOAD).message();
  }

  private static JsonNode canonicalPayload() {
    return JSON.read(PAYLOAD, JsonNode.class);
  }

  private static VerificationFailure reasonOf(ThrowingOpen open) {
    EnvelopeVerificationException e = catchThrowableOfType(EnvelopeVerificationException.class, open::run);
    assertThat(e).as("open must fail with EnvelopeVerificationException").isNotNull();
    assertThat(e.code()).isEqualTo(e.reason().error().code()).startsWith("BARRIER-PRIV-04");
    assertThat(e.getMessage()).startsWith(e.code()).doesNotContain(Fixture.PAYLOAD_MARKER);
    return e.reason();
  }

  @FunctionalInterface
  interface ThrowingOpen {
    void run() throws Exception;
  }

  /** Rewrites the message JSON (still canonical) through an edit of the tree. */
  private static byte[] edit(byte[] message, Consumer<ObjectNode> change) {
    ObjectNode root = (ObjectNode) JSON.read(message, JsonNode.class);
    change.accept(root);
    return Jcs.canonicalize(root);
  }

  // ------------------------------------------------------------------ round trips

  @Test
  void sealThenOpen_oneRecipient_returnsPayloadAndHeader() throws Exception {
    SealedEnvelope sealed = envelopes.seal(MUNICIPALITY, List.of(POLICE.publicKeys()), Fixture.parameters(), PAYLOAD);
    OpenedEnvelope opened = envelopes.open(POLICE, TRUSTED, sealed.message());

    assertThat(opened.payload()).isEqualTo(Jcs.canonicalize(canonicalPayload()));
    EnvelopeHeader h = opened.header();
    assertThat(h).isEqualTo(sealed.header());
    assertThat(h.version()).isEqualTo(1);
    assertThat(h.messageId().version()).isEqualTo(4);
    assertThat(h.sender()).isEqualTo(new PartyRef("nl.gemeente.0363", MUNICIPALITY.publicKeys().signingKeyId()));
    assertThat(h.recipients()).containsExactly(new PartyRef(POLICE.partyId(), POLICE.publicKeys().encryptionKeyId()));
    assertThat(h.issuedAt()).isEqualTo(T0);
    assertThat(h.expiresAt()).isEqualTo(T0.plus(Duration.ofHours(1)));
    assertThat(h.handling().tlp()).isEqualTo(Tlp.AMBER_STRICT);
    assertThat(h.retainUntil()).isEqualTo(LocalDate.parse("2027-11-28"));
    assertThat(h.payloadType()).isEqualTo("json");
  }

  @Test
  void sealThenOpen_threeRecipients_eachOpensTheSamePayload() throws Exception {
    byte[] message = sealTo(POLICE.publicKeys(), INSPECTION.publicKeys(), RIEC.publicKeys());
    byte[] expected = Jcs.canonicalize(canonicalPayload());
    for (var recipient : List.of(POLICE, INSPECTION, RIEC)) {
      assertThat(envelopes.open(recipient, TRUSTED, message).payload()).isEqualTo(expected);
    }
  }

  @Test
  void seal_message_isCanonicalJsonWithClearHeaderAndNoPlainPayload() {
    byte[] message = sealTo(POLICE.publicKeys(), RIEC.publicKeys());
    JsonNode root = JSON.read(message, JsonNode.class);
    assertThat(Jcs.canonicalize(root)).isEqualTo(message);
    assertThat(root.propertyNames()).containsExactlyInAnyOrder("header", "ciphertexts");
    assertThat(root.get("ciphertexts").size()).isEqualTo(2);
    assertThat(root.get("header").get("handling").get("tlp").stringValue()).isEqualTo("AMBER+STRICT");
    String text = new String(message, StandardCharsets.UTF_8);
    assertThat(text).doesNotContain(Fixture.PAYLOAD_MARKER).doesNotContain("subjects");
  }

  @Test
  void seal_greenWithCommunity_roundTripsTheMarking() throws Exception {
    SealParameters p = SealParameters.builder("thb-signal", "WGS", Handling.green("RIEC Amsterdam-Amstelland partners",
        List.of()), LocalDate.parse("2027-01-01")).payloadType("acme.thb-report/1").build();
    byte[] message = envelopes.seal(MUNICIPALITY, List.of(RIEC.publicKeys()), p, PAYLOAD).message();
    EnvelopeHeader h = envelopes.open(RIEC, TRUSTED, message).header();
    assertThat(h.handling().communityName()).contains("RIEC Amsterdam-Amstelland partners");
    assertThat(h.payloadType()).isEqualTo("acme.thb-report/1");
    assertThat(h.expiresAt()).isEqualTo(T0.plus(SealParameters.DEFAULT_VALIDITY));
  }

  @Test
  void open_keysReadBackFromFiles_stillOpens() throws Exception {
    byte[] message = sealTo(POLICE.publicKeys());
    var police = PartyKeyFiles.parse(PartyKeyFiles.write(POLICE, InsecureSecretAccess.get()), InsecureSecretAccess.get());
    var sender = PartyKeyFiles.parsePublic(PartyKeyFiles.writePublic(MUNICIPALITY.publicKeys()));
    assertThat(envelopes.open(police, List.of(sender), message).header().sender().party()).isEqualTo("nl.gemeente.0363");
  }

  // ------------------------------------------------------------------ each failure reason

  @Test
  void open_wrongRecipient_isNotAddressed() {
    byte[] message = sealTo(POLICE.publicKeys());
    assertThat(reasonOf(() -> envelopes.open(OUTSIDER, TRUSTED, message))).isEqualTo(VerificationFailure.NOT_ADDRESSED);
    assertThat(reasonOf(() -> envelopes.open(RIEC, TRUSTED, message))).isEqualTo(VerificationFailure.NOT_ADDRESSED);
  }

  @Test
  void open_afterExpiryPlusSkew_isExpired_butWithinSkewOpens() throws Exception {
    byte[] message = sealTo(POLICE.publicKeys());
    clock.set(T0.plus(Duration.ofHours(1)).plus(Envelopes.CLOCK_SKEW).plusSeconds(1));
    assertThat(reasonOf(() -> envelopes.open(POLICE, TRUSTED, message))).isEqualTo(VerificationFailure.EXPIRED);
    clock.set(T0.plus(Duration.ofHours(1)).plus(Envelopes.CLOCK_SKEW));
    assertThat(envelopes.open(POLICE, TRUSTED, message).header().issuedAt()).isEqualTo(T0);
  }

  @Test
  void open_issuedInTheFutureBeyondSkew_isNotYetValid() {
    byte[] message = sealTo(POLICE.publicKeys());
    clock.set(T0.minus(Envelopes.CLOCK_SKEW).minusSeconds(1));
    assertThat(reasonOf(() -> envelopes.open(POLICE, TRUSTED, message))).isEqualTo(VerificationFailure.NOT_YET_VALID);
  }

  @Test
  void open_twice_isReplay() throws Exception {
    byte[] message = sealTo(POLICE.publicKeys());
    envelopes.open(POLICE, TRUSTED, message);
    assertThat(reasonOf(() -> envelopes.open(POLICE, TRUSTED, message))).isEqualTo(VerificationFailure.REPLAY);
  }

  @Test
  void open_senderNotTrusted_isUnknownSender() {
    byte[] message = sealTo(POLICE.publicKeys());
    List<PartyPublicKeys> others = List.of(RIEC.publicKeys(), INSPECTION.publicKeys());
    assertThat(reasonOf(() -> envelopes.open(POLICE, others, message))).isEqualTo(VerificationFailure.UNKNOWN_SENDER);
  }

  @Test
  void open_senderKeyIdChangedToAnotherTrustedKey_isTamperedOrBadSignature() {
    byte[] message = sealTo(POLICE.publicKeys());
    byte[] forged = edit(message, root -> {
      ObjectNode sender = (ObjectNode) root.get("header").get("sender");
      sender.put("party", RIEC.partyId());
      sender.put("keyId", RIEC.publicKeys().signingKeyId());
    });
    // the header is the associated data: changing it breaks decryption first
    assertThat(reasonOf(() -> envelopes.open(POLICE, TRUSTED, forged))).isEqualTo(VerificationFailure.TAMPERED);
  }

  @Test
  void open_badSignature_isBadSignature() {
    byte[] message = envelopes.seal(MUNICIPALITY, List.of(POLICE.publicKeys()), Fixture.parameters(), PAYLOAD,
        sig -> {
          byte[] s = sig.clone();
          s[10] ^= 0x01;
          return s;
        }).message();
    assertThat(reasonOf(() -> envelopes.open(POLICE, TRUSTED, message))).isEqualTo(VerificationFailure.BAD_SIGNATURE);
  }

  @Test
  void open_signedByAnotherKeyOfTheClaimedSender_isBadSignature() {
    // an insider who holds the recipient list and a key pair of its own cannot sign in the sender's name
    var impostor = eu.barrier.privacy.key.PartyKeys.generate(MUNICIPALITY.partyId(), Fixture.RANDOM);
    byte[] message = envelopes.seal(impostor, List.of(POLICE.publicKeys()), Fixture.parameters(), PAYLOAD).message();
    byte[] relabelled = edit(message, root -> ((ObjectNode) root.get("header").get("sender"))
        .put("keyId", MUNICIPALITY.publicKeys().signingKeyId()));
    // relabelling changes the associated data, so it is caught as tampering
    assertThat(reasonOf(() -> envelopes.open(POLICE, TRUSTED, relabelled))).isEqualTo(VerificationFailure.TAMPERED);
    // trusted under its own (unknown) key id it is an unknown sender
    assertThat(reasonOf(() -> envelopes.open(POLICE, TRUSTED, message))).isEqualTo(VerificationFailure.UNKNOWN_SENDER);
  }

  @Test
  void open_headerTampered_isTampered() {
    byte[] message = sealTo(POLICE.publicKeys());
    byte[] purpose = edit(message, root -> ((ObjectNode) root.get("header")).put("purpose", "other-purpose"));
    byte[] tlp = edit(message, root -> ((ObjectNode) root.get("header").get("handling")).put("tlp", "CLEAR"));
    byte[] retain = edit(message, root -> ((ObjectNode) root.get("header")).put("retainUntil", "2099-01-01"));
    for (byte[] m : List.of(purpose, tlp, retain)) {
      assertThat(reasonOf(() -> envelopes.open(POLICE, TRUSTED, m))).isEqualTo(VerificationFailure.TAMPERED);
    }
  }

  @Test
  void open_ciphertextTampered_isTampered() {
    byte[] message = sealTo(POLICE.publicKeys());
    byte[] forged = edit(message, root -> {
      ObjectNode slot = (ObjectNode) root.get("ciphertexts").get(0);
      byte[] ct = Base64.getUrlDecoder().decode(slot.get("ct").stringValue());
      ct[ct.length / 2] ^= 0x40;
      slot.put("ct", Base64.getUrlEncoder().withoutPadding().encodeToString(ct));
    });
    assertThat(reasonOf(() -> envelopes.open(POLICE, TRUSTED, forged))).isEqualTo(VerificationFailure.TAMPERED);
    byte[] swappedEnc = edit(message, root -> {
      ObjectNode slot = (ObjectNode) root.get("ciphertexts").get(0);
      slot.put("enc", Base64.getUrlEncoder().withoutPadding().encodeToString(RIEC.publicKeys().encryptionKey()));
    });
    assertThat(reasonOf(() -> envelopes.open(POLICE, TRUSTED, swappedEnc))).isEqualTo(VerificationFailure.TAMPERED);
  }

  @Test
  void open_slotsSwappedBetweenRecipients_isTampered() {
    byte[] message = sealTo(POLICE.publicKeys(), RIEC.publicKeys());
    byte[] swapped = edit(message, root -> {
      var slots = (tools.jackson.databind.node.ArrayNode) root.get("ciphertexts");
      JsonNode first = slots.get(0);
      slots.set(0, slots.get(1));
      slots.set(1, first);
    });
    assertThat(reasonOf(() -> envelopes.open(POLICE, TRUSTED, swapped))).isEqualTo(VerificationFailure.TAMPERED);
  }

  @Test
  void open_unsupportedVersion_isUnsupportedVersion() {
    byte[] message = sealTo(POLICE.publicKeys());
    byte[] v2 = edit(message, root -> ((ObjectNode) root.get("header")).put("version", 2));
    assertThat(reasonOf(() -> envelopes.open(POLICE, TRUSTED, v2))).isEqualTo(VerificationFailure.UNSUPPORTED_VERSION);
  }

  @Test
  void open_malformedInputs_areMalformed() {
    byte[] message = sealTo(POLICE.publicKeys());
    String text = new String(message, StandardCharsets.UTF_8);
    List<byte[]> bad = new ArrayList<>();
    bad.add(new byte[0]);
    bad.add("not json".getBytes(StandardCharsets.UTF_8));
    bad.add("[]".getBytes(StandardCharsets.UTF_8));
    bad.add("{}".getBytes(StandardCharsets.UTF_8));
    bad.add((text + " ").getBytes(StandardCharsets.UTF_8)); // trailing white space: not canonical
    bad.add(text.replace("{\"ciphertexts\"", "{ \"ciphertexts\"").getBytes(StandardCharsets.UTF_8));
    bad.add(edit(message, root -> root.put("extra", 1)));
    bad.add(edit(message, root -> ((ObjectNode) root.get("header")).remove("legalBasis")));
    bad.add(edit(message, root -> ((ObjectNode) root.get("header")).put("messageId", "not-a-uuid")));
    bad.add(edit(message, root -> ((ObjectNode) root.get("header")).put("issuedAt", "2026-11-28T10:00:00.5Z")));
    bad.add(edit(message, root -> ((ObjectNode) root.get("header").get("handling")).put("tlp", "AMBER_STRICT")));
    bad.add(edit(message, root -> ((ObjectNode) root.get("header").get("handling")).put("community", "x")));
    bad.add(edit(message, root -> ((ObjectNode) root.get("header")).put("version", "1")));
    bad.add(edit(message, root -> ((tools.jackson.databind.node.ArrayNode) root.get("ciphertexts")).addObject()));
    bad.add(edit(message, root -> ((ObjectNode) root.get("ciphertexts").get(0)).put("enc", "AAAA")));
    bad.add(edit(message, root -> ((ObjectNode) root.get("ciphertexts").get(0)).put("ct", "***")));
    for (byte[] m : bad) {
      assertThat(reasonOf(() -> envelopes.open(POLICE, TRUSTED, m))).isEqualTo(VerificationFailure.MALFORMED);
    }
  }

  @Test
  void open_everyBitOfEveryByteFlipped_oneRecipient_neverOpens() {
    byte[] message = sealTo(POLICE.publicKeys());
    List<Integer> opened = new ArrayList<>();
    for (int i = 0; i < message.length; i++) {
      for (int bit = 0; bit < 8; bit++) {
        int xor = 1 << bit;
        byte[] m = message.clone();
        m[i] ^= (byte) xor;
        Envelopes fresh = Envelopes.builder().clock(clock).build();
        try {
          fresh.open(POLICE, TRUSTED, m);
          opened.add(i);
        } catch (EnvelopeVerificationException expected) {
          assertThat(expected.getMessage()).doesNotContain(Fixture.PAYLOAD_MARKER);
        }
      }
    }
    assertThat(opened).isEmpty();
  }

  // ------------------------------------------------------------------ seal input

  @Test
  void seal_payloadNotAnObjectOrNotJson_throwsEnvelopeException() {
    List<PartyPublicKeys> to = List.of(POLICE.publicKeys());
    for (String bad : List.of("[1,2]", "\"x\"", "{\"a\":1,\"a\":2}", "{\"a\":\"\\ud800\"}", "{", "{\"a\":1e400}")) {
      assertThatThrownBy(() -> envelopes.seal(MUNICIPALITY, to, Fixture.parameters(), bad.getBytes(StandardCharsets.UTF_8)))
          .isInstanceOf(EnvelopeException.class)
          .satisfies(e -> assertThat(((EnvelopeException) e).error()).isEqualTo(PrivacyError.ENVELOPE_PAYLOAD))
          .hasMessageNotContaining("ud800");
    }
  }

  @Test
  void seal_badFields_throwEnvelopeField() {
    assertThatThrownBy(() -> SealParameters.builder("Bad Purpose", "x", Handling.of(Tlp.RED), LocalDate.MAX))
        .isInstanceOf(EnvelopeException.class).hasMessageContaining("BARRIER-PRIV-0410").hasMessageNotContaining("Bad Purpose");
    assertThatThrownBy(() -> SealParameters.builder("p", "line\nbreak", Handling.of(Tlp.RED), LocalDate.MAX))
        .isInstanceOf(EnvelopeException.class);
    assertThatThrownBy(() -> SealParameters.builder("a+b", "x", Handling.of(Tlp.RED), LocalDate.MAX))
        .isInstanceOf(EnvelopeException.class);
    assertThatThrownBy(() -> Handling.of(Tlp.GREEN)).isInstanceOf(EnvelopeException.class);
    assertThatThrownBy(() -> new Handling(Tlp.RED, "community", List.of())).isInstanceOf(EnvelopeException.class);
    assertThatThrownBy(() -> SealParameters.builder("p", "x", Handling.of(Tlp.RED), LocalDate.MAX)
        .validity(Duration.ofDays(91))).isInstanceOf(EnvelopeException.class);
    SealParameters past = SealParameters.builder("p", "x", Handling.of(Tlp.RED), LocalDate.parse("2026-11-27")).build();
    assertThatThrownBy(() -> envelopes.seal(MUNICIPALITY, List.of(POLICE.publicKeys()), past, PAYLOAD))
        .isInstanceOf(EnvelopeException.class);
    assertThatThrownBy(() -> envelopes.seal(MUNICIPALITY, List.of(POLICE.publicKeys(), POLICE.publicKeys()),
        Fixture.parameters(), PAYLOAD)).isInstanceOf(EnvelopeException.class);
    assertThatThrownBy(() -> envelopes.seal(MUNICIPALITY, List.of(), Fixture.parameters(), PAYLOAD))
        .isInstanceOf(EnvelopeException.class);
  }

  // ------------------------------------------------------------------ audit and output hygiene

  @Test
  void audit_sealOpenReject_appendEntriesWithCodesAndNoContent() throws Exception {
    byte[] message = sealTo(POLICE.publicKeys());
    envelopes.open(POLICE, TRUSTED, message);
    reasonOf(() -> envelopes.open(POLICE, TRUSTED, message));
    reasonOf(() -> envelopes.open(POLICE, TRUSTED, "x".getBytes(StandardCharsets.UTF_8)));
    List<AuditRecord> records = sink.records();
    assertThat(records).extracting(r -> r.event().action())
        .containsExactly(AuditAction.SEAL, AuditAction.OPEN, AuditAction.REJECT, AuditAction.REJECT);
    assertThat(records.get(0).event().actor()).isEqualTo("nl.gemeente.0363");
    assertThat(records.get(1).event().actor()).isEqualTo(POLICE.partyId());
    assertThat(records.get(2).event().reason()).contains("BARRIER-PRIV-0409");
    assertThat(records.get(3).event().reason()).contains("BARRIER-PRIV-0401");
    assertThat(records.get(1).event().messageId()).isEqualTo(records.get(0).event().messageId());
    for (String line : sink.lines()) {
      assertThat(line).doesNotContain(Fixture.PAYLOAD_MARKER).doesNotContain("174a");
    }
  }

  @Test
  void toStrings_andMessages_holdNoPayloadKeysOrFreeText() throws Exception {
    SealedEnvelope sealed = envelopes.seal(MUNICIPALITY, List.of(POLICE.publicKeys()), Fixture.parameters(), PAYLOAD);
    OpenedEnvelope opened = envelopes.open(POLICE, TRUSTED, sealed.message());
    List<String> outputs = new ArrayList<>(List.of(sealed.toString(), opened.toString(), opened.header().toString(),
        Fixture.parameters().toString(), envelopes.toString(), POLICE.toString(), POLICE.publicKeys().toString(),
        opened.header().handling().toString()));
    outputs.add(catchThrowableOfType(EnvelopeVerificationException.class,
        () -> envelopes.open(POLICE, TRUSTED, sealed.message())).getMessage());
    var access = InsecureSecretAccess.get();
    List<String> forbidden = new ArrayList<>(List.of(Fixture.PAYLOAD_MARKER, Fixture.LEGAL_BASIS_MARKER, "consent",
        b64(POLICE.signingKey(access).toByteArray(access)), b64(POLICE.encryptionKey(access).toByteArray(access)),
        b64(MUNICIPALITY.signingKey(access).toByteArray(access))));
    for (String out : outputs) {
      for (String f : forbidden) {
        assertThat(out).doesNotContain(f);
      }
    }
  }

  private static String b64(byte[] b) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
