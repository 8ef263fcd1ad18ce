package eu.barrier.privacy.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.TestData;
import eu.barrier.privacy.audit.AuditVerification.Outcome;
import eu.barrier.privacy.internal.ExchangeCrypto;
import eu.barrier.privacy.key.PartyKeys;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** C2SP signed-note, tlog-checkpoint and tlog-cosignature; a rewritten chain fails against a checkpoint. */
final class SignedCheckpointTest {

  private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final PartyKeys log = PartyKeys.generate("gemeente-genk", RANDOM);
  private final PartyKeys witness = PartyKeys.generate("ariec-limburg", RANDOM);

  @Test
  void signatureLine_goSumdbVector_isReproducedByteForByte() {
    JsonNode v = TestData.vectors("signed_note_go_sumdb_v1.json");
    byte[] seed = HexFormat.of().parseHex(v.get("seed").stringValue());
    byte[] pub = HexFormat.of().parseHex(v.get("publicKey").stringValue());
    String name = v.get("keyName").stringValue();

    byte[] id = SignedCheckpoint.keyId(name, (byte) 0x01, pub);
    byte[] sig = ExchangeCrypto.sign(seed, v.get("text").stringValue().getBytes(StandardCharsets.UTF_8));
    String line = "\u2014 " + name + " " + Base64.getEncoder().encodeToString(ByteBuffer.allocate(68).put(id).put(sig).array());

    assertThat(HexFormat.of().formatHex(id)).isEqualTo(v.get("keyId").stringValue());
    assertThat(line).isEqualTo(v.get("signatureLine").stringValue());
  }

  @Test
  void sign_parse_verifies_andTextHasTheCheckpointForm() {
    byte[] root = AuditTree.leafHash(new byte[] {1});
    SignedCheckpoint c = SignedCheckpoint.sign("gemeente-genk/audit", 42, root, log);

    String text = c.text();
    assertThat(text).startsWith("gemeente-genk/audit\n42\n" + Base64.getEncoder().encodeToString(root) + "\n\n\u2014 gemeente-genk ");
    SignedCheckpoint parsed = SignedCheckpoint.parse(text);
    assertThat(parsed).isEqualTo(c);
    assertThat(parsed.isSignedBy(log.publicKeys())).isTrue();
    assertThat(parsed.isSignedBy(witness.publicKeys())).isFalse();
    assertThat(SignedCheckpoint.parse(text.replace("\n42\n", "\n43\n")).isSignedBy(log.publicKeys())).isFalse();
  }

  @Test
  void cosign_witness_isVerifiedWithItsTime() {
    SignedCheckpoint c = SignedCheckpoint.sign("gemeente-genk/audit", 3, AuditTree.emptyRoot(), log);

    SignedCheckpoint cosigned = SignedCheckpoint.parse(c.cosign(witness, T0).text());

    assertThat(cosigned.isSignedBy(log.publicKeys())).isTrue();
    assertThat(cosigned.cosignedBy(witness.publicKeys())).contains(T0);
    assertThat(cosigned.cosignedBy(log.publicKeys())).isEmpty(); // a note signature is no cosignature
    String tampered = cosigned.text().replace("\n3\n", "\n4\n");
    assertThat(SignedCheckpoint.parse(tampered).cosignedBy(witness.publicKeys())).isEmpty();
  }

  @Test
  void parse_malformed_isCodedCheckpointError() {
    for (String bad : List.of("", "origin\n1\n", "origin\n01\nAAAA\n\n\u2014 a AAAAAAA=\n", "o\n1\nnotbase64\n\n\u2014 a AAAAAAA=\n",
        "o r\n1\n" + Base64.getEncoder().encodeToString(new byte[32]) + "\n\n\u2014 a AAAAAAA=\n",
        "o\n1\n" + Base64.getEncoder().encodeToString(new byte[32]) + "\n\n- a AAAAAAA=\n",
        // regression (SignedCheckpointProperties): ending in the blank line threw StringIndexOutOfBoundsException
        "o\n1\n" + Base64.getEncoder().encodeToString(new byte[32]) + "\n\n")) {
      AuditException e = catchThrowableOfType(AuditException.class, () -> SignedCheckpoint.parse(bad));
      assertThat(e).as(bad).isNotNull();
      assertThat(e.error()).isEqualTo(PrivacyError.AUDIT_CHECKPOINT);
    }
  }

  @Test
  void verify_rewrittenAndRehashedChain_failsAgainstTheCheckpoint(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("audit.jsonl");
    AuditLog writer = AuditLog.open(FileAuditSink.open(file), new StepClock(T0, 1000));
    for (int i = 0; i < 5; i++) {
      writer.append(AuditEvent.builder(AuditAction.PSEUDONYMISE, "gemeente-genk").count(i).build());
    }
    AuditVerifier.TreeHead head = AuditVerifier.head(file);
    SignedCheckpoint checkpoint = SignedCheckpoint.sign("gemeente-genk/audit", head.size(), head.root(), log);
    writer.append(AuditEvent.builder(AuditAction.SEAL, "gemeente-genk").build()); // logs grow

    assertThat(AuditVerifier.verify(file, checkpoint, log.publicKeys()).outcome()).isEqualTo(Outcome.INTACT);

    // rewrite entry 3 (count 2 -> 7) and recompute every later hash: the chain alone looks intact
    List<AuditRecord> records = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      records.add(AuditRecord.parseLine(line));
    }
    List<String> rewritten = new ArrayList<>();
    String prev = AuditRecord.GENESIS;
    for (AuditRecord r : records) {
      AuditEvent e = r.seq() == 2 ? AuditEvent.builder(AuditAction.PSEUDONYMISE, "gemeente-genk").count(7).build() : r.event();
      AuditRecord n = AuditRecord.create(r.seq(), r.time(), e, prev);
      rewritten.add(n.toJsonLine());
      prev = n.hash();
    }
    Files.write(file, rewritten);
    assertThat(AuditVerifier.verify(file, (AuditCheckpoint) null).isIntact()).isTrue();
    assertThat(AuditVerifier.verify(file, checkpoint, log.publicKeys()))
        .isEqualTo(new AuditVerification(Outcome.REWRITTEN, 5, 6));

    // cut the tail below the checkpoint
    Files.write(file, rewritten.subList(0, 3));
    assertThat(AuditVerifier.verify(file, checkpoint, log.publicKeys()).outcome()).isEqualTo(Outcome.DELETED);

    // a checkpoint signed by another key is refused
    SignedCheckpoint forged = SignedCheckpoint.sign("gemeente-genk/audit", 3, head.root(), witness);
    assertThat(catchThrowableOfType(AuditException.class, () -> AuditVerifier.verify(file, forged, log.publicKeys()))
        .error()).isEqualTo(PrivacyError.AUDIT_CHECKPOINT_SIGNATURE);
  }
}
