package eu.barrier.privacy.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.audit.AuditVerification.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class AuditLogTest {

  private static final Instant T0 = Instant.parse("2026-11-28T10:00:00.123456Z");

  private static AuditEvent pseudonymise(long count) {
    return AuditEvent.builder(AuditAction.PSEUDONYMISE, "gemeente:0363/vergunningen")
        .purpose("thb-signal").recipient("riec:amsterdam").count(count).failures(1).keyId("pseudonym:1234").build();
  }

  @Test
  void append_firstEntries_chainFromGenesisWithInjectedTime() {
    InMemoryAuditSink sink = new InMemoryAuditSink();
    AuditLog log = AuditLog.open(sink, Clock.fixed(T0, ZoneOffset.UTC));
    AuditRecord a = log.append(pseudonymise(3));
    AuditRecord b = log.append(AuditEvent.builder(AuditAction.REJECT, "riec:amsterdam").reason("BARRIER-PRIV-0004").build());
    assertThat(a.seq()).isZero();
    assertThat(a.prev()).isEqualTo(AuditRecord.GENESIS);
    assertThat(b.prev()).isEqualTo(a.hash());
    assertThat(a.time()).isEqualTo(Instant.parse("2026-11-28T10:00:00.123Z"));
    assertThat(log.checkpoint()).isEqualTo(new AuditCheckpoint(2, b.hash()));
    assertThat(AuditVerifier.verify(sink.lines(), log.checkpoint()).outcome()).isEqualTo(Outcome.INTACT);
  }

  @Test
  void toJsonLine_fixedInput_hasDocumentedShape() {
    AuditRecord r = AuditRecord.create(0, Instant.parse("2026-11-28T10:00:00Z"), pseudonymise(3), AuditRecord.GENESIS);
    assertThat(r.toJsonLine()).startsWith(
        "{\"v\":1,\"seq\":0,\"time\":\"2026-11-28T10:00:00Z\",\"action\":\"PSEUDONYMISE\",\"actor\":\"gemeente:0363/vergunningen\","
            + "\"purpose\":\"thb-signal\",\"recipient\":\"riec:amsterdam\",\"count\":3,\"failures\":1,\"keyIds\":[\"pseudonym:1234\"],"
            + "\"prev\":\"" + AuditRecord.GENESIS + "\",\"hash\":\"");
    assertThat(AuditRecord.parseLine(r.toJsonLine())).isEqualTo(r);
    assertThat(r.hashMatches()).isTrue();
  }

  @Test
  void fileSink_reopened_continuesTheChain(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("audit.jsonl");
    Clock clock = new StepClock(T0, 1000);
    AuditLog first = AuditLog.open(FileAuditSink.open(file), clock);
    first.append(pseudonymise(1));
    first.append(pseudonymise(2));
    AuditLog second = AuditLog.open(FileAuditSink.open(file), clock);
    AuditRecord third = second.append(pseudonymise(3));
    assertThat(third.seq()).isEqualTo(2);
    assertThat(Files.readAllLines(file)).hasSize(3);
    assertThat(AuditVerifier.verify(file, second.checkpoint()).isIntact()).isTrue();
  }

  @Test
  void fileSink_corruptLastLine_refusesToContinue(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("audit.jsonl");
    AuditLog.open(FileAuditSink.open(file), new StepClock(T0, 1000)).append(pseudonymise(1));
    String line = Files.readString(file).replace("\"count\":1", "\"count\":9");
    Files.writeString(file, line, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> FileAuditSink.open(file))
        .isInstanceOfSatisfying(AuditException.class, e -> assertThat(e.error()).isEqualTo(PrivacyError.AUDIT_RESUME));
    Files.writeString(file, "not json\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> FileAuditSink.open(file)).isInstanceOf(AuditException.class);
  }

  @Test
  void appendableSink_writesOneLinePerRecord() {
    StringBuilder out = new StringBuilder();
    AuditLog log = AuditLog.open(new AppendableAuditSink(out), new StepClock(T0, 5));
    log.append(pseudonymise(1));
    log.append(AuditEvent.builder(AuditAction.SEAL, "gemeente:0363").messageId("msg-0001").count(1).build());
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(AuditVerifier.verify(lines).isIntact()).isTrue();
  }

  @Test
  void builder_freeTextLabel_isRejected() {
    assertThatThrownBy(() -> AuditEvent.builder(AuditAction.OPEN, "Jan Jansen"))
        .isInstanceOfSatisfying(AuditException.class, e -> {
          assertThat(e.error()).isEqualTo(PrivacyError.AUDIT_FIELD);
          assertThat(e.getMessage()).doesNotContain("Jansen");
        });
    assertThatThrownBy(() -> AuditEvent.builder(AuditAction.OPEN, "a").purpose("x\"y")).isInstanceOf(AuditException.class);
    assertThatThrownBy(() -> AuditEvent.builder(AuditAction.OPEN, "a").count(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void verify_emptyLogAndBlankLine() {
    assertThat(AuditVerifier.verify(List.of()).isIntact()).isTrue();
    assertThat(AuditVerifier.verify(List.of(""))).isEqualTo(new AuditVerification(Outcome.MODIFIED, 1, 1));
    assertThat(AuditVerifier.verify(List.of(), new AuditCheckpoint(1, AuditRecord.GENESIS)).outcome()).isEqualTo(Outcome.DELETED);
  }
}
