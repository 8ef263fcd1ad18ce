package eu.barrier.examples.quickstart;

import eu.barrier.cases.EventType;
import eu.barrier.cases.Role;
import eu.barrier.cases.Trigger;
import eu.barrier.cases.procedure.CaseFiles;
import eu.barrier.cases.procedure.CaseView;
import eu.barrier.cases.procedure.Deadline;
import eu.barrier.cases.procedure.EventInput;
import eu.barrier.cases.procedure.Reader;
import eu.barrier.cases.profile.JurisdictionProfile;
import eu.barrier.cases.store.JdbcCaseStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The embedding example at the top of {@code docs/cases.md}: a Bibob case opened in an embedded
 * database, the LBB's advice requested, the case read as the permit desk, and what is due.
 */
public final class EmbedCases {

  private EmbedCases() {}

  /**
   * What the example produced.
   *
   * @param view the case as the permit desk sees it
   * @param due the clocks due on the day asked
   */
  public record Result(CaseView view, List<Deadline> due) {}

  /**
   * Runs the example.
   *
   * @param folder the folder of the embedded database
   * @param clock the clock of the permit system
   * @param asOf the day to list what is due by
   * @return what was produced
   */
  public static Result run(Path folder, Clock clock, LocalDate asOf) {
    // snippet:cases
    try (JdbcCaseStore store = JdbcCaseStore.embedded(folder)) { // or JdbcCaseStore.open(dataSource)
      CaseFiles files = CaseFiles.create(store, clock);
      String id = files.open(JurisdictionProfile.builtIn("nl-bibob"), "be-establishment:2999004329",
          Trigger.APPLICATION, EventInput.of(EventType.CASE_OPENED, "ams-0101", Role.PERMIT_DESK));
      files.record(id, EventInput.of(EventType.ADVICE_REQUESTED, "ams-0717", Role.INTEGRITY_OFFICER));
      CaseView view = files.read(id, Reader.as(Role.PERMIT_DESK)); // only the permit desk's cells
      List<Deadline> due = files.due(asOf); // what is due by that day, over all cases
      return new Result(view, due);
    }
    // end:cases
  }
}
