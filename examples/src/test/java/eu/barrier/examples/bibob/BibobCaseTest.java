package eu.barrier.examples.bibob;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.cases.Access;
import eu.barrier.cases.EventType;
import eu.barrier.cases.procedure.CaseState;
import eu.barrier.cases.procedure.Deadline;
import eu.barrier.cases.procedure.VisibleEvent;
import eu.barrier.cases.store.JdbcCaseStore;
import eu.barrier.screening.decision.DecisionOutcome;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The case runs once; the tests read its result. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class BibobCaseTest {

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private BibobCase.Result result;

  @BeforeAll
  void run() {
    try (JdbcCaseStore store = JdbcCaseStore.open("jdbc:h2:mem:bibob-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")) {
      result = BibobCase.run(store, new PrintStream(printed, true, StandardCharsets.UTF_8));
    }
  }

  @Test
  void run_lbbTerm_eightWeeksThenExtendedByFourThenStoppedForTheQuestions() {
    // requested 9 March: 8 weeks; extended once by 4 weeks; 10 days of questions (10 to 20 April) added
    assertThat(result.adviceDue()).containsEntry("advice requested", LocalDate.parse("2026-05-04"))
        .containsEntry("term extended", LocalDate.parse("2026-06-01"))
        .containsEntry("questions answered", LocalDate.parse("2026-06-11"))
        .doesNotContainKey("questions sent").doesNotContainKey("advice received");
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("2026-04-10 questions sent: advice-term=suspended");
  }

  @Test
  void run_hearingAndDecision_decidedByAPersonAfterTheViewsAndTheClocksMet() {
    assertThat(result.end().state()).isEqualTo(CaseState.DECIDED);
    VisibleEvent decision = result.end().events().stream().filter(e -> e.type() == EventType.DECISION_TAKEN)
        .findFirst().orElseThrow();
    assertThat(decision.outcome()).contains(DecisionOutcome.REFUSE);
    assertThat(decision.actor()).contains("ams-0001");
    assertThat(result.end().events()).extracting(VisibleEvent::type)
        .containsSubsequence(EventType.ADVICE_RECEIVED, EventType.INTENTION_ISSUED, EventType.VIEW_RECEIVED,
            EventType.DECISION_TAKEN);
    assertThat(result.end().deadlines()).filteredOn(d -> d.id().equals("decision-term") || d.id().equals("advice-term"))
        .extracting(Deadline::status).containsOnly(Deadline.Status.MET);
    assertThat(result.verification().isIntact()).isTrue();
  }

  @Test
  void run_disclosureToTheRiec_partialCellsOnlyAndRecordedAsAnEvent() {
    assertThat(result.riec().events()).isNotEmpty().allMatch(e -> e.access() == Access.PARTIAL)
        .allMatch(e -> e.details().isEmpty() && e.actor().isEmpty());
    assertThat(result.riec().deadlines()).isEmpty();
    assertThat(result.riec().disclosure()).contains(10L);
  }
}
