package eu.barrier.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.cases.EventType;
import eu.barrier.cases.procedure.CaseState;
import eu.barrier.cases.procedure.Deadline;
import eu.barrier.cases.procedure.VisibleEvent;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class EmbedCasesTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-09T10:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  @Test
  void run_adviceRequested_deskDoesNotSeeItAndTheLbbTermFallsDueAfterEightWeeks() {
    EmbedCases.Result before = EmbedCases.run(dir.resolve("db"), CLOCK, LocalDate.parse("2026-05-03"));
    assertThat(before.view().state()).isEqualTo(CaseState.ADVICE_REQUESTED);
    assertThat(before.view().events()).extracting(VisibleEvent::type).containsExactly(EventType.CASE_OPENED);
    assertThat(before.due()).isEmpty();

    // a second case in the same database: both advice terms fall due eight weeks after 9 March
    EmbedCases.Result after = EmbedCases.run(dir.resolve("db"), CLOCK, LocalDate.parse("2026-05-04"));
    assertThat(after.due()).hasSize(2).extracting(Deadline::id).containsOnly("advice-term");
    assertThat(after.due()).allMatch(d -> d.dueOn().orElseThrow().equals(LocalDate.parse("2026-05-04")));
  }
}
