package eu.barrier.examples.antwerp;

import eu.barrier.cases.CaseException;
import eu.barrier.cases.EventType;
import eu.barrier.cases.Role;
import eu.barrier.cases.Trigger;
import eu.barrier.cases.procedure.CaseFiles;
import eu.barrier.cases.procedure.CaseView;
import eu.barrier.cases.procedure.Deadline;
import eu.barrier.cases.procedure.EventInput;
import eu.barrier.cases.procedure.Reader;
import eu.barrier.cases.procedure.VisibleEvent;
import eu.barrier.cases.profile.JurisdictionProfile;
import eu.barrier.cases.store.ChainVerification;
import eu.barrier.cases.store.JdbcCaseStore;
import eu.barrier.core.Language;
import eu.barrier.core.establishment.Sector;
import eu.barrier.core.observation.Agency;
import eu.barrier.core.observation.Observation;
import eu.barrier.core.observation.ObservedPeriod;
import eu.barrier.core.observation.SubjectKind;
import eu.barrier.core.observation.SubjectReference;
import eu.barrier.indicators.catalogue.Catalogues;
import eu.barrier.indicators.scoring.Outcome;
import eu.barrier.screening.ObservedEstablishment;
import eu.barrier.screening.Screening;
import eu.barrier.screening.ScreeningResult;
import eu.barrier.screening.decision.DecisionMaker;
import eu.barrier.screening.decision.DecisionOutcome;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Antwerp, continued: the massage-salon application of {@link MassageSalonPermit} runs through a
 * whole Belgian integrity-screening case (profile {@code be-2024}) in a vendor's permit system,
 * from the application to the notice to the DIOB's central register: the questionnaire, the risk
 * assessment as one input, the DIOB advice, the intention to refuse and the hearing, the decision
 * of a named person in their own words with a second reviewer, and the notice. On the way it shows
 * a refusal tried before the hearing, refused with its code; what the permit desk and the integrity
 * officer each see; and the hash chain verified.
 *
 * <p>Every value is synthetic: the establishment key is in the unissued 2999 range, staff ids are
 * made up. The Belgian terms the research notes could not verify (decision term, advice term,
 * views period, appeal period) stay unset, as the profile ships them; the intention states its
 * own views deadline.
 */
public final class MassageSalonCase {

  /** The salon's synthetic establishment key (unissued 2999 range, valid check digits). */
  public static final String SALON = "be-establishment:2999004230";

  /** The permit system's file number, used as the case id. */
  public static final String CASE_ID = "antw-2026-0042";

  private static final String DESK = "antw-0101";
  private static final String OFFICER = "antw-0717";
  private static final String COLLEGE = "antw-0001";
  private static final String MANDATE = "decision of the college 2026/17";
  private static final DecisionMaker REVIEWER = new DecisionMaker("antw-0902", "second reviewer", MANDATE);

  private MassageSalonCase() {}

  /**
   * Runs the example on an embedded in-memory database.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    try (JdbcCaseStore store = JdbcCaseStore.open("jdbc:h2:mem:antwerp-case;DB_CLOSE_DELAY=-1")) {
      run(store, System.out);
    }
  }

  /**
   * What the example produced.
   *
   * @param refusedEarly the code of the refusal tried before the hearing
   * @param desk the case as the permit desk sees it at the end
   * @param officer the case as the integrity officer sees it at the end
   * @param verification the verified hash chain
   */
  public record Result(String refusedEarly, CaseView desk, CaseView officer, ChainVerification verification) {}

  /**
   * Runs the case on a store. Each step happens on its own day, as it would in a permit system
   * whose clock moves on between requests.
   *
   * @param store an empty store (or one without this case id)
   * @param out where to print
   * @return what was produced
   */
  public static Result run(JdbcCaseStore store, PrintStream out) {
    JurisdictionProfile be = JurisdictionProfile.builtIn("be-2024");
    CaseFiles files = on(store, "2026-07-01");
    files.open(CASE_ID, be, SALON, Trigger.APPLICATION, EventInput.of(EventType.CASE_OPENED, DESK, Role.PERMIT_DESK)
        .reference("police ordinance on massage salons, art. 3 (synthetic)"));
    on(store, "2026-07-01").record(CASE_ID, EventInput.of(EventType.QUESTIONNAIRE_SENT, DESK, Role.PERMIT_DESK));
    on(store, "2026-07-15").record(CASE_ID, EventInput.of(EventType.SUBMISSION_RECEIVED, DESK, Role.PERMIT_DESK));
    on(store, "2026-07-16").record(CASE_ID, EventInput.of(EventType.RISK_ASSESSED, OFFICER, Role.INTEGRITY_OFFICER)
        .assessment(screen(), SALON, Language.NL));
    on(store, "2026-07-17").record(CASE_ID, EventInput.of(EventType.ADVICE_REQUESTED, OFFICER, Role.INTEGRITY_OFFICER)
        .text("Own information insufficient on the financing of the fit-out."));
    on(store, "2026-09-01").record(CASE_ID, EventInput.of(EventType.ADVICE_RECEIVED, OFFICER, Role.INTEGRITY_OFFICER)
        .text("DIOB: the financing of the fit-out cannot be traced."));

    // a refusal before the operator was heard is refused, with its code
    String refusedEarly;
    try {
      on(store, "2026-09-02").record(CASE_ID, refusal());
      throw new IllegalStateException("a refusal without a hearing was recorded");
    } catch (CaseException e) {
      refusedEarly = e.code();
      out.println("refused before the hearing: " + e.getMessage());
    }

    on(store, "2026-09-02").record(CASE_ID, EventInput.of(EventType.INTENTION_ISSUED, OFFICER, Role.INTEGRITY_OFFICER)
        .outcome(DecisionOutcome.REFUSE).grounds("art-119ter").until(LocalDate.parse("2026-09-16"))
        .text("Intention to refuse: the financing cannot be traced; you may be heard until 16 September."));
    on(store, "2026-09-14").record(CASE_ID, EventInput.of(EventType.VIEW_RECEIVED, OFFICER, Role.INTEGRITY_OFFICER)
        .text("The operator says a relative lent the money; no loan agreement was shown."));
    // the college reads the file, the score among it: the read writes a score-viewed event
    on(store, "2026-09-21").read(CASE_ID, Reader.as(Role.DECISION_MAKER, COLLEGE));
    on(store, "2026-09-22").record(CASE_ID, refusal());
    on(store, "2026-09-23").record(CASE_ID, EventInput.of(EventType.DECISION_NOTIFIED, DESK, Role.PERMIT_DESK));
    CaseFiles last = on(store, "2026-09-24");
    last.record(CASE_ID, EventInput.of(EventType.REGISTER_NOTIFIED, OFFICER, Role.INTEGRITY_OFFICER));

    CaseView desk = last.read(CASE_ID, Reader.as(Role.PERMIT_DESK));
    CaseView officer = last.read(CASE_ID, Reader.as(Role.INTEGRITY_OFFICER, OFFICER));
    ChainVerification verification = last.verify(CASE_ID);
    out.println("case " + CASE_ID + " (" + officer.profileId() + "): " + officer.state());
    out.println("the permit desk sees " + types(desk.events()));
    out.println("the integrity officer sees " + types(officer.events()));
    for (Deadline d : officer.deadlines()) {
      out.println("  clock " + d.id() + ": " + d.status() + d.dueOn().map(day -> ", due " + day).orElse("")
          + " [" + d.evidence() + "]");
    }
    out.println("hash chain: " + (verification.isIntact() ? "intact" : "broken") + ", " + verification.events()
        + " events");
    return new Result(refusedEarly, desk, officer, verification);
  }

  private static EventInput refusal() {
    return EventInput.of(EventType.DECISION_TAKEN, COLLEGE, Role.DECISION_MAKER).mandate(MANDATE)
        .outcome(DecisionOutcome.REFUSE).grounds("art-119ter").secondReviewer(REVIEWER).evidence(4, 6)
        .views("A loan from a relative is not documented; the view does not change the finding.")
        .proportionality("A refusal is the least measure that keeps the salon from opening on untraceable money.")
        .text("Refused: the financing of the fit-out cannot be traced, after the DIOB advice and the hearing.");
  }

  /** The permit system's API for one request on one day. */
  private static CaseFiles on(JdbcCaseStore store, String day) {
    return CaseFiles.create(store, Clock.fixed(LocalDate.parse(day).atTime(10, 0).toInstant(ZoneOffset.UTC),
        ZoneOffset.UTC));
  }

  private static List<String> types(List<VisibleEvent> events) {
    List<String> out = new ArrayList<>();
    for (VisibleEvent e : events) {
      out.add(e.type().id() + (e.access().showsContent() ? "" : " (partial)"));
    }
    return out;
  }

  /** Screens the salon on three synthetic desk observations, as {@link MassageSalonPermit} does. */
  private static ScreeningResult screen() {
    SubjectReference subject = SubjectReference.of(SubjectKind.ESTABLISHMENT, SALON);
    List<Observation> seen = new ArrayList<>();
    for (String indicator : List.of("ADM-07", "ADM-08", "SEC-MS-04")) {
      LocalDate day = LocalDate.parse("2026-07-10");
      seen.add(new Observation(indicator, subject, ObservedPeriod.of(day, day), Agency.PERMIT_DESK, null, null, null));
    }
    Screening screening = Screening.builder().catalogue(Catalogues.hashedBuiltIn("barrier-admin"))
        .catalogue(Catalogues.hashedBuiltIn("sector-massage")).keep(Outcome.NONE).build();
    return screening.screenAll(List.of(new ObservedEstablishment(subject, Sector.MASSAGE, seen)),
        LocalDate.parse("2026-07-16"));
  }
}
