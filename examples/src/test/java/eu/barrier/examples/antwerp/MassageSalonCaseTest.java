package eu.barrier.examples.antwerp;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.cases.Access;
import eu.barrier.cases.EventType;
import eu.barrier.cases.procedure.CaseFiles;
import eu.barrier.cases.procedure.CaseState;
import eu.barrier.cases.procedure.Deadline;
import eu.barrier.cases.procedure.VisibleEvent;
import eu.barrier.cases.store.ChainFault;
import eu.barrier.cases.store.ChainVerification;
import eu.barrier.cases.store.JdbcCaseStore;
import eu.barrier.screening.decision.DecisionOutcome;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The case runs once; the tests read its result, and one edits the database afterwards. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class MassageSalonCaseTest {

  private final String url = "jdbc:h2:mem:antwerp-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private JdbcCaseStore store;
  private MassageSalonCase.Result result;

  @BeforeAll
  void run() {
    store = JdbcCaseStore.open(url);
    result = MassageSalonCase.run(store, new PrintStream(printed, true, StandardCharsets.UTF_8));
  }

  @AfterAll
  void close() {
    store.close();
  }

  @Test
  void run_fullBelgianCase_refusalBeforeHearingRefusedThenDecidedAndRegistered() {
    assertThat(result.refusedEarly()).isEqualTo("BARRIER-CASE-0103");
    assertThat(result.officer().state()).isEqualTo(CaseState.REGISTERED);
    assertThat(result.officer().events()).extracting(VisibleEvent::type).containsExactly(EventType.CASE_OPENED,
        EventType.QUESTIONNAIRE_SENT, EventType.SUBMISSION_RECEIVED, EventType.RISK_ASSESSED,
        EventType.ADVICE_REQUESTED, EventType.ADVICE_RECEIVED, EventType.INTENTION_ISSUED, EventType.VIEW_RECEIVED,
        EventType.SCORE_VIEWED, EventType.DECISION_TAKEN, EventType.DECISION_NOTIFIED, EventType.REGISTER_NOTIFIED);
    VisibleEvent decision = result.officer().events().get(9);
    assertThat(decision.outcome()).contains(DecisionOutcome.REFUSE);
    assertThat(decision.actor()).contains("antw-0001");
    assertThat(result.verification().isIntact()).isTrue();
    // the officer's own read of the case, score included, was recorded as a 13th event
    assertThat(result.verification().events()).isEqualTo(13);
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("BARRIER-CASE-0103").contains("intact, 13 events");
  }

  @Test
  void run_permitDesk_seesNeitherScoreNorAdviceAndOnlyTheOutcomeOfTheDecision() {
    assertThat(result.desk().events()).extracting(VisibleEvent::type).doesNotContain(EventType.RISK_ASSESSED,
        EventType.SCORE_VIEWED, EventType.ADVICE_REQUESTED, EventType.ADVICE_RECEIVED);
    VisibleEvent decision = result.desk().events().stream().filter(e -> e.type() == EventType.DECISION_TAKEN)
        .findFirst().orElseThrow();
    assertThat(decision.access()).isEqualTo(Access.PARTIAL);
    assertThat(decision.outcome()).contains(DecisionOutcome.REFUSE);
    assertThat(decision.details()).isEmpty();
    assertThat(decision.actor()).isEmpty();
  }

  @Test
  void run_unverifiedBelgianTerms_stayUnsetUntilConfigured() {
    assertThat(result.officer().deadlines()).filteredOn(d -> d.id().equals("appeal-period"))
        .extracting(Deadline::status).containsExactly(Deadline.Status.UNSET);
    assertThat(result.officer().deadlines()).allMatch(d -> d.dueOn().isEmpty() || d.id().equals("views-period"));
  }

  @Test
  void run_thenAnEventRowEditedInTheDatabase_verifyFindsTheEditedEvent() throws Exception {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      assertThat(s.executeUpdate("UPDATE barrier_case_event SET actor = 'antw-0999' WHERE seq = 10")).isEqualTo(1);
    }
    ChainVerification verification = CaseFiles.create(store, Clock.systemUTC()).verify(MassageSalonCase.CASE_ID);
    assertThat(verification.isIntact()).isFalse();
    assertThat(verification.fault()).contains(ChainFault.EDITED);
    assertThat(verification.seq()).contains(10L);
  }
}
