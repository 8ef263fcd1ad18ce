package eu.barrier.cases.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.barrier.cases.CaseError;
import eu.barrier.cases.CaseException;
import eu.barrier.cases.EventType;
import eu.barrier.cases.Role;
import eu.barrier.cases.testing.TestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of {@link JdbcCaseStore}, run on each database by a subclass. */
abstract class CaseStoreContract {

  private TestDatabase db;
  private JdbcCaseStore store;

  abstract TestDatabase database();

  @BeforeEach
  void setUp() {
    db = database();
    store = db.open();
  }

  @AfterEach
  void tearDown() {
    // without a database (PostgreSQL not configured: the test was skipped) there is nothing to close
    if (store != null) {
      store.close();
    }
    if (db != null) {
      db.close();
    }
  }

  static NewEvent event(EventType type, int day, String details) {
    return new NewEvent(type, "antw-0717", Role.INTEGRITY_OFFICER, LocalDate.of(2026, 11, day),
        Instant.parse("2026-11-" + (day < 10 ? "0" : "") + day + "T10:15:30.123456789Z"), "be-119ter", details);
  }

  private void threeEvents(String id) {
    store.create(id, "be-2024", "1.0.0", "{\"profile\":true}", event(EventType.CASE_OPENED, 2, "{}"));
    store.append(id, 1, event(EventType.EVIDENCE_REQUESTED, 3, "{\"text\":\"police\"}"));
    store.append(id, 2, event(EventType.EVIDENCE_RECEIVED, 4, "{\"text\":\"été, naïve ✓\"}"));
  }

  @Test
  void createAppendLoad_roundTripsEveryFieldAndChains() {
    threeEvents("case-1");
    StoredCase c = store.load("case-1").orElseThrow();
    assertThat(c.header().version()).isEqualTo(3);
    assertThat(c.header().profileDocument()).isEqualTo("{\"profile\":true}");
    assertThat(c.events()).extracting(StoredEvent::seq).containsExactly(1L, 2L, 3L);
    StoredEvent last = c.events().get(2);
    assertThat(last.details()).isEqualTo("{\"text\":\"été, naïve ✓\"}");
    assertThat(last.recordedAt()).isEqualTo(Instant.parse("2026-11-04T10:15:30.123Z"));
    assertThat(last.occurredOn()).isEqualTo(LocalDate.of(2026, 11, 4));
    assertThat(last.prevHash()).isEqualTo(c.events().get(1).hash());
    assertThat(c.header().headHash()).isEqualTo(last.hash());
    assertThat(EventChain.verify(c).isIntact()).isTrue();
    assertThat(store.caseIds()).containsExactly("case-1");
    assertThat(store.load("other")).isEmpty();
  }

  @Test
  void append_atAnOldVersion_concurrentChangeAndNothingWritten() {
    threeEvents("case-1");
    CaseException e = catchThrowableOfType(CaseException.class,
        () -> store.append("case-1", 2, event(EventType.EVIDENCE_RECEIVED, 5, "{}")));
    assertThat(e.error()).isEqualTo(CaseError.CONCURRENT_CHANGE);
    assertThat(store.load("case-1").orElseThrow().events()).hasSize(3);
    assertThat(catchThrowableOfType(CaseException.class,
        () -> store.append("nope", 0, event(EventType.EVIDENCE_RECEIVED, 5, "{}"))).error())
        .isEqualTo(CaseError.CASE_UNKNOWN);
  }

  @Test
  void create_existingId_caseExists() {
    threeEvents("case-1");
    assertThat(catchThrowableOfType(CaseException.class, () -> store.create("case-1", "be-2024", "1.0.0", "{}",
        event(EventType.CASE_OPENED, 2, "{}"))).error()).isEqualTo(CaseError.CASE_EXISTS);
  }

  @Test
  void verify_editedDeletedOrInsertedRow_detectedAtTheRow() {
    threeEvents("a");
    threeEvents("b");
    threeEvents("c");
    threeEvents("d");
    db.execute("UPDATE barrier_case_event SET details = '{\"text\":\"court\"}' WHERE case_id = 'a' AND seq = 2");
    db.execute("DELETE FROM barrier_case_event WHERE case_id = 'b' AND seq = 3");
    db.execute("UPDATE barrier_case_event SET actor = 'antw-0999' WHERE case_id = 'c' AND seq = 1");
    db.execute("UPDATE barrier_case_event SET seq = 4 WHERE case_id = 'd' AND seq = 3");
    assertThat(EventChain.verify(store.load("a").orElseThrow()))
        .extracting(v -> v.fault().orElseThrow(), v -> v.seq().orElseThrow()).containsExactly(ChainFault.EDITED, 2L);
    assertThat(EventChain.verify(store.load("b").orElseThrow()).fault()).contains(ChainFault.HEAD);
    assertThat(EventChain.verify(store.load("c").orElseThrow()).fault()).contains(ChainFault.EDITED);
    assertThat(EventChain.verify(store.load("d").orElseThrow()).fault()).contains(ChainFault.SEQUENCE);
  }

  @Test
  void open_twice_migrationsRunOnceAndRecorded() {
    threeEvents("case-1");
    try (JdbcCaseStore again = db.open()) {
      assertThat(again.load("case-1")).isPresent();
    }
    assertThat(db.execute("UPDATE barrier_schema_history SET description = description")).isEqualTo(1);
  }

  @Test
  void open_changedOrNewerSchema_refusedWithSchemaCode() {
    db.execute("UPDATE barrier_schema_history SET checksum = '" + "0".repeat(64) + "' WHERE version = 1");
    assertThat(catchThrowableOfType(CaseException.class, db::open).error()).isEqualTo(CaseError.SCHEMA);
    db.execute("UPDATE barrier_schema_history SET checksum = '"
        + Migrations.sha256(resource()) + "' WHERE version = 1");
    db.execute("INSERT INTO barrier_schema_history (version, description, checksum, applied_at) VALUES "
        + "(2, 'future', '" + "1".repeat(64) + "', CURRENT_TIMESTAMP)");
    assertThat(catchThrowableOfType(CaseException.class, db::open).error()).isEqualTo(CaseError.SCHEMA);
  }

  private static String resource() {
    try (var in = Migrations.class.getResourceAsStream("migration/V1__cases.sql")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void migrations_statements_splitOnLineEndSemicolonsWithoutComments() {
    assertThat(Migrations.statements("-- c\nCREATE TABLE a (x INT);\n\nCREATE TABLE b (\n y INT\n);\n"))
        .containsExactly("CREATE TABLE a (x INT)", "CREATE TABLE b (\n y INT\n)");
    assertThat(List.of(Migrations.KNOWN.get(0).version())).containsExactly(1);
  }
}
