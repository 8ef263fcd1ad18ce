package eu.barrier.examples.bibob;

import eu.barrier.cases.EventType;
import eu.barrier.cases.Role;
import eu.barrier.cases.Trigger;
import eu.barrier.cases.procedure.CaseFiles;
import eu.barrier.cases.procedure.CaseView;
import eu.barrier.cases.procedure.Deadline;
import eu.barrier.cases.procedure.EventInput;
import eu.barrier.cases.procedure.Reader;
import eu.barrier.cases.profile.JurisdictionProfile;
import eu.barrier.cases.store.ChainVerification;
import eu.barrier.cases.store.JdbcCaseStore;
import eu.barrier.screening.decision.DangerDegree;
import eu.barrier.screening.decision.DecisionMaker;
import eu.barrier.screening.decision.DecisionOutcome;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Dutch Bibob case (profile {@code nl-bibob}) for an operating permit: the municipality asks the
 * Landelijk Bureau Bibob (LBB) for advice (Wet Bibob art. 9), the LBB extends its term once and
 * sends the applicant questions (the term stops while they are open), advises a serious degree of
 * danger on the a-ground, the municipality states its intention to refuse and hears the applicant,
 * shares the case with the RIEC under art. 28, and a named person decides with a second reviewer.
 * The example prints the legal clocks at each step.
 *
 * <p>The municipality configures two terms the profile leaves unset: the decision term of its own
 * permit regime and the views period of its Bibob policy rule, each with its source (here
 * synthetic). Every value is synthetic; no real operator or official is named.
 */
public final class BibobCase {

  /** The case id: the permit system's file number. */
  public static final String CASE_ID = "ams-2026-0311";

  /** A synthetic establishment key (unissued 2999 range, valid check digits). */
  public static final String SALON = "be-establishment:2999004329";

  private static final String DESK = "ams-0101";
  private static final String COORDINATOR = "ams-0717";
  private static final String LBB = "lbb-01";
  private static final String MAYOR = "ams-0001";
  private static final String MANDATE = "mandate of the mayor 2026-03";

  private BibobCase() {}

  /**
   * Runs the example on an embedded in-memory database.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    try (JdbcCaseStore store = JdbcCaseStore.open("jdbc:h2:mem:bibob-case;DB_CLOSE_DELAY=-1")) {
      run(store, System.out);
    }
  }

  /**
   * What the example produced.
   *
   * @param adviceDue the LBB term's due day after each step that moved it, by step
   * @param riec the case as the RIEC was shown it
   * @param end the case as the Bibob coordinator sees it at the end
   * @param verification the verified hash chain
   */
  public record Result(Map<String, LocalDate> adviceDue, CaseView riec, CaseView end,
      ChainVerification verification) {}

  /**
   * Runs the case on a store.
   *
   * @param store an empty store (or one without this case id)
   * @param out where to print
   * @return what was produced
   */
  public static Result run(JdbcCaseStore store, PrintStream out) {
    JurisdictionProfile nl = JurisdictionProfile.builtIn("nl-bibob")
        .withDeadline("decision-term", Period.ofWeeks(8), "APV art. 3.4, decision term of the operating permit "
            + "(synthetic)")
        .withDeadline("views-period", Period.ofWeeks(2), "Bibob policy rule art. 6, views on an intention "
            + "(synthetic)");
    Map<String, LocalDate> adviceDue = new LinkedHashMap<>();

    on(store, "2026-03-02").open(CASE_ID, nl, SALON, Trigger.APPLICATION,
        EventInput.of(EventType.CASE_OPENED, DESK, Role.PERMIT_DESK).reference("Bibob policy rule art. 2 (synthetic)"));
    on(store, "2026-03-02").record(CASE_ID, EventInput.of(EventType.QUESTIONNAIRE_SENT, DESK, Role.PERMIT_DESK));
    on(store, "2026-03-06").record(CASE_ID, EventInput.of(EventType.SUBMISSION_RECEIVED, DESK, Role.PERMIT_DESK));
    step(store, out, adviceDue, "2026-03-09", "advice requested",
        EventInput.of(EventType.ADVICE_REQUESTED, COORDINATOR, Role.INTEGRITY_OFFICER)
            .text("Own investigation: the financing of the premises is unexplained."));
    step(store, out, adviceDue, "2026-04-06", "term extended",
        EventInput.of(EventType.ADVICE_TERM_EXTENDED, LBB, Role.ADVISORY_BODY));
    step(store, out, adviceDue, "2026-04-10", "questions sent",
        EventInput.of(EventType.ADVICE_QUESTION_SENT, LBB, Role.ADVISORY_BODY));
    step(store, out, adviceDue, "2026-04-20", "questions answered",
        EventInput.of(EventType.ADVICE_QUESTION_ANSWERED, LBB, Role.ADVISORY_BODY));
    step(store, out, adviceDue, "2026-05-20", "advice received",
        EventInput.of(EventType.ADVICE_RECEIVED, COORDINATOR, Role.INTEGRITY_OFFICER)
            .degree("a-ground", DangerDegree.SERIOUS).degree("b-ground", DangerDegree.NONE)
            .text("LBB: a serious degree of danger that the permit is used to profit from offences."));
    step(store, out, adviceDue, "2026-05-22", "intention issued",
        EventInput.of(EventType.INTENTION_ISSUED, COORDINATOR, Role.INTEGRITY_OFFICER)
            .outcome(DecisionOutcome.REFUSE).grounds("a-ground")
            .text("Intention to refuse on the a-ground; you may give your views within two weeks."));

    // the tripartite meeting of the RIEC is shown the case under art. 28: a disclosure event
    CaseView riec = on(store, "2026-05-26").read(CASE_ID,
        Reader.disclosure(Role.RIEC, COORDINATOR, Role.INTEGRITY_OFFICER, "nl-bibob-art-28-riec"));
    out.println("shown to the RIEC: " + riec.events().size() + " events, recorded as disclosure #"
        + riec.disclosure().orElseThrow());

    step(store, out, adviceDue, "2026-06-03", "views received",
        EventInput.of(EventType.VIEW_RECEIVED, COORDINATOR, Role.INTEGRITY_OFFICER)
            .text("The applicant says the money is a gift from a relative abroad; no documents."));
    step(store, out, adviceDue, "2026-06-10", "decision taken",
        EventInput.of(EventType.DECISION_TAKEN, MAYOR, Role.DECISION_MAKER).mandate(MANDATE)
            .outcome(DecisionOutcome.REFUSE).danger(DangerDegree.SERIOUS).grounds("a-ground")
            .secondReviewer(new DecisionMaker("ams-0902", "Bibob coordinator", MANDATE))
            .views("A gift without documents does not explain the financing; the views do not change the finding.")
            .proportionality("Conditions cannot address unexplained financing of the premises; the interest of "
                + "the applicant does not outweigh the serious danger.")
            .text("Refused under art. 3 Wet Bibob: serious danger on the a-ground, after the LBB advice and the "
                + "applicant's views."));
    CaseFiles last = on(store, "2026-06-11");
    last.record(CASE_ID, EventInput.of(EventType.DECISION_NOTIFIED, DESK, Role.PERMIT_DESK));

    CaseView end = last.read(CASE_ID, Reader.as(Role.INTEGRITY_OFFICER, COORDINATOR));
    ChainVerification verification = last.verify(CASE_ID);
    out.println("case " + CASE_ID + ": " + end.state() + ", " + end.events().size() + " events, hash chain "
        + (verification.isIntact() ? "intact" : "broken"));
    return new Result(adviceDue, riec, end, verification);
  }

  private static void step(JdbcCaseStore store, PrintStream out, Map<String, LocalDate> adviceDue, String day,
      String step, EventInput event) {
    CaseFiles files = on(store, day);
    files.record(CASE_ID, event);
    StringBuilder line = new StringBuilder(day + " " + step + ":");
    for (Deadline d : files.clocks(CASE_ID)) {
      line.append(' ').append(d.id()).append('=').append(d.status().name().toLowerCase(java.util.Locale.ROOT));
      d.dueOn().ifPresent(due -> line.append('@').append(due));
      if (d.id().equals("advice-term")) {
        d.dueOn().ifPresent(due -> adviceDue.put(step, due));
      }
    }
    out.println(line);
  }

  /** The permit system's API for one request on one day. */
  private static CaseFiles on(JdbcCaseStore store, String day) {
    return CaseFiles.create(store, Clock.fixed(LocalDate.parse(day).atTime(10, 0).toInstant(ZoneOffset.UTC),
        ZoneOffset.UTC));
  }
}
