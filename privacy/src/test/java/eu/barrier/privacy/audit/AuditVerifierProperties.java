package eu.barrier.privacy.audit;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.privacy.audit.AuditVerification.Outcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Every single modification, deletion, insertion or reordering of a generated log is found. */
final class AuditVerifierProperties {

  /** A generated log: its lines and a checkpoint of all of them. */
  record Log(List<String> lines, AuditCheckpoint checkpoint, List<AuditRecord> records) {}

  @Property(tries = 300)
  void verify_untouchedLog_isIntact(@ForAll("logs") Log log) {
    assertThat(AuditVerifier.verify(log.lines())).isEqualTo(new AuditVerification(Outcome.INTACT, 0, log.lines().size()));
    assertThat(AuditVerifier.verify(log.lines(), log.checkpoint()).isIntact()).isTrue();
  }

  @Property(tries = 1000)
  void verify_oneCharacterChanged_isModifiedAtThatLine(
      @ForAll("logs") Log log, @ForAll @IntRange(min = 0, max = 1000) int which, @ForAll @IntRange(min = 0, max = 10_000) int pos,
      @ForAll("replacements") char c) {
    List<String> lines = new ArrayList<>(log.lines());
    int k = which % lines.size();
    String line = lines.get(k);
    int p = pos % line.length();
    if (line.charAt(p) == c) {
      c = c == 'x' ? 'y' : 'x';
    }
    lines.set(k, line.substring(0, p) + c + line.substring(p + 1));
    assertThat(AuditVerifier.verify(lines)).isEqualTo(new AuditVerification(Outcome.MODIFIED, k + 1, lines.size()));
    assertThat(AuditVerifier.verify(lines, log.checkpoint()).outcome()).isEqualTo(Outcome.MODIFIED);
  }

  @Property(tries = 500)
  void verify_entryChangedAndRehashed_isModifiedAtThatLine(
      @ForAll("logs") Log log, @ForAll @IntRange(min = 0, max = 1000) int which, @ForAll @IntRange(min = 1, max = 99) int newCount) {
    List<String> lines = new ArrayList<>(log.lines());
    int k = which % lines.size();
    AuditRecord r = log.records().get(k);
    AuditEvent e = r.event();
    AuditEvent.Builder b = AuditEvent.builder(e.action(), e.actor()).count(e.count() + newCount).failures(e.failures());
    e.purpose().ifPresent(b::purpose);
    AuditRecord forged = AuditRecord.create(r.seq(), r.time(), b.build(), r.prev());
    lines.set(k, forged.toJsonLine());
    assertThat(AuditVerifier.verify(lines, log.checkpoint())).isEqualTo(new AuditVerification(Outcome.MODIFIED, k + 1, lines.size()));
  }

  @Property(tries = 500)
  void verify_oneEntryDeleted_isDeletedAtThatLine(@ForAll("logs") Log log, @ForAll @IntRange(min = 0, max = 1000) int which) {
    List<String> lines = new ArrayList<>(log.lines());
    int k = which % lines.size();
    lines.remove(k);
    assertThat(AuditVerifier.verify(lines, log.checkpoint())).isEqualTo(new AuditVerification(Outcome.DELETED, k + 1, lines.size()));
    boolean last = k == log.lines().size() - 1;
    // without a checkpoint, cutting the last entry cannot be seen: that is why checkpoints exist
    assertThat(AuditVerifier.verify(lines).isIntact()).isEqualTo(last);
  }

  @Property(tries = 500)
  void verify_copyOfAnEntryInserted_isInsertedAtACopy(
      @ForAll("logs") Log log, @ForAll @IntRange(min = 0, max = 1000) int from, @ForAll @IntRange(min = 0, max = 1000) int to) {
    List<String> lines = new ArrayList<>(log.lines());
    String copy = lines.get(from % lines.size());
    lines.add(to % (lines.size() + 1), copy);
    AuditVerification v = AuditVerifier.verify(lines);
    assertThat(v.outcome()).isEqualTo(Outcome.INSERTED);
    assertThat(lines.get((int) v.line() - 1)).isEqualTo(copy);
  }

  @Property(tries = 500)
  void verify_forgedEntryInserted_isInsertedAtTheForgery(
      @ForAll("logs") Log log, @ForAll @IntRange(min = 0, max = 1000) int where, @ForAll @IntRange(min = 1, max = 50) int count) {
    List<String> lines = new ArrayList<>(log.lines());
    int k = where % lines.size(); // before an existing entry; appending at the end is legitimate growth
    AuditRecord original = log.records().get(k);
    AuditEvent fake = AuditEvent.builder(AuditAction.OPEN, "forger").count(count).build();
    lines.add(k, AuditRecord.create(original.seq(), original.time(), fake, original.prev()).toJsonLine());
    assertThat(AuditVerifier.verify(lines, log.checkpoint())).isEqualTo(new AuditVerification(Outcome.INSERTED, k + 1, lines.size()));
    assertThat(AuditVerifier.verify(lines).outcome()).isEqualTo(Outcome.INSERTED);
  }

  @Property(tries = 500)
  void verify_twoEntriesSwapped_isReorderedAtTheFirst(
      @ForAll("logs") Log log, @ForAll @IntRange(min = 0, max = 1000) int a, @ForAll @IntRange(min = 0, max = 1000) int b) {
    List<String> lines = new ArrayList<>(log.lines());
    int i = a % lines.size();
    int j = b % lines.size();
    if (i == j) {
      return;
    }
    Collections.swap(lines, i, j);
    assertThat(AuditVerifier.verify(lines)).isEqualTo(new AuditVerification(Outcome.REORDERED, Math.min(i, j) + 1, lines.size()));
  }

  @Property(tries = 300)
  void verify_oneEntryMoved_isReorderedAtTheFirstMovedLine(
      @ForAll("logs") Log log, @ForAll @IntRange(min = 0, max = 1000) int a, @ForAll @IntRange(min = 0, max = 1000) int b) {
    List<String> lines = new ArrayList<>(log.lines());
    int i = a % lines.size();
    int j = b % lines.size();
    if (Math.abs(i - j) < 1) {
      return;
    }
    lines.add(j, lines.remove(i));
    assertThat(AuditVerifier.verify(lines)).isEqualTo(new AuditVerification(Outcome.REORDERED, Math.min(i, j) + 1, lines.size()));
  }

  @Provide
  Arbitrary<Log> logs() {
    Arbitrary<AuditEvent> events =
        Combinators.combine(
                Arbitraries.of(AuditAction.class),
                Arbitraries.of("gemeente:0363/app", "politie:eenheid-a", "riec:limburg", "sir"),
                Arbitraries.of("thb-signal", "casus-overleg", "stats"),
                Arbitraries.longs().between(0, 1000),
                Arbitraries.longs().between(0, 5),
                Arbitraries.of("pseudonym:17", "pseudonym:99", "signing:3"))
            .as((action, actor, purpose, count, failures, key) -> {
              AuditEvent.Builder b = AuditEvent.builder(action, actor).purpose(purpose).count(count).failures(failures).keyId(key);
              if (action == AuditAction.REJECT) {
                b.reason("BARRIER-PRIV-0004");
              }
              return b.build();
            });
    return events.list().ofMinSize(1).ofMaxSize(12).map(list -> {
      InMemoryAuditSink sink = new InMemoryAuditSink();
      AuditLog log = AuditLog.open(sink, new StepClock(Instant.parse("2026-11-28T10:00:00Z"), 1500));
      list.forEach(log::append);
      return new Log(sink.lines(), log.checkpoint(), sink.records());
    });
  }

  @Provide
  Arbitrary<Character> replacements() {
    return Arbitraries.of('0', '1', '9', 'a', 'f', 'x', '"', ',', ' ', ':', '{', '}', 'A', '\\');
  }
}
