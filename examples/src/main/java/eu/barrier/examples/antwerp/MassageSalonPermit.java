package eu.barrier.examples.antwerp;

import eu.barrier.core.establishment.Establishment;
import eu.barrier.core.establishment.Sector;
import eu.barrier.core.json.BarrierJson;
import eu.barrier.core.observation.Agency;
import eu.barrier.core.observation.Observation;
import eu.barrier.core.observation.ObservedPeriod;
import eu.barrier.core.observation.SubjectKind;
import eu.barrier.core.observation.SubjectReference;
import eu.barrier.core.validation.Boundary;
import eu.barrier.core.validation.BoundaryResult;
import eu.barrier.core.validation.Violation;
import eu.barrier.indicators.catalogue.Catalogues;
import eu.barrier.core.Language;
import eu.barrier.indicators.scoring.Assessment;
import eu.barrier.privacy.audit.AuditLog;
import eu.barrier.privacy.audit.AuditRecord;
import eu.barrier.privacy.audit.InMemoryAuditSink;
import eu.barrier.screening.ObservedEstablishment;
import eu.barrier.screening.ScreenedEstablishment;
import eu.barrier.screening.Screening;
import eu.barrier.screening.decision.DangerDegree;
import eu.barrier.screening.decision.DecisionMaker;
import eu.barrier.screening.decision.DecisionFrame;
import eu.barrier.screening.decision.DecisionOutcome;
import eu.barrier.screening.decision.DecisionRecorder;
import eu.barrier.screening.decision.HumanDecision;
import eu.barrier.screening.decision.LegalGround;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Antwerp: a vendor's permit system receives a massage-salon application. The example shows the
 * three moments where Barrier sits in such a flow:
 *
 * <ol>
 *   <li><b>Validation.</b> The application is parsed and validated in one call; every problem goes
 *       back to the applicant's form as an RFC 9457 problem ({@code application/problem+json}) with
 *       a JSON Pointer and a stable code per error, and never the rejected value.
 *   <li><b>The signal for the official.</b> The corrected application is screened at the desk with
 *       the business-level catalogues {@code barrier-admin} and {@code sector-massage} ({@link
 *       Screening#screen}), and the official sees the level and the explanation; that it was shown
 *       goes to the audit log.
 *   <li><b>The human decision.</b> The official decides and records why ({@link HumanDecision},
 *       {@link DecisionRecorder}): under the Belgian integrity screening of 2024, and, for
 *       comparison, how a Dutch official would record a Bibob outcome. The library only checks that
 *       the record is complete and writes it to the audit log.
 * </ol>
 */
public final class MassageSalonPermit {

  /** The media type of a problem response. */
  public static final String PROBLEM_JSON = "application/problem+json";

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-07-01T09:30:00Z"), ZoneOffset.UTC);
  private static final DecisionMaker OFFICER = new DecisionMaker("antw-0717", "integrity officer",
      "decision of the college 2026/17");
  private static final DecisionMaker COORDINATOR = new DecisionMaker("nl-demo-0042", "Bibob coordinator",
      "mandate of the mayor 2026-03");
  private static final BarrierJson JSON = BarrierJson.create();

  private MassageSalonPermit() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * What the example produced.
   *
   * @param problem the problem document for the first application
   * @param screened the screened application shown to the official
   * @param belgian the Belgian official's decision
   * @param dutch the Dutch official's decision
   * @param audit the audit trail of showing and deciding
   */
  public record Result(String problem, ScreenedEstablishment screened, HumanDecision belgian, HumanDecision dutch,
      List<AuditRecord> audit) {}

  /**
   * Runs the three steps and prints what each party sees.
   *
   * @param out where to print
   * @return what was produced
   */
  public static Result run(PrintStream out) {
    Boundary boundary = Boundary.create();

    // 1. the first submission has a bad enterprise number and a field the form does not have
    String first = "{\"key\":\"antw-2026-0042\",\"beEnterpriseNumber\":\"1999.000.151\","
        + "\"activityCodes\":[{\"classification\":\"nace-bel-2025\",\"code\":\"96.23\"}],\"salonName\":\"x\"}";
    BoundaryResult<Establishment> rejected = boundary.parse(first.getBytes(StandardCharsets.UTF_8),
        Establishment.class);
    String problem = problem(rejected.violations(), "/permits/applications/antw-2026-0042");
    out.println("HTTP 422 Content-Type: " + PROBLEM_JSON);
    out.println(problem);

    // 2. the corrected submission is valid; the desk's observations are screened at the desk, now
    String second = "{\"key\":\"antw-2026-0042\",\"beEnterpriseNumber\":\"1999.000.150\","
        + "\"activityCodes\":[{\"classification\":\"nace-bel-2025\",\"code\":\"96.23\"}]}";
    Establishment salon = boundary.parse(second.getBytes(StandardCharsets.UTF_8), Establishment.class).value();
    Sector sector = salon.effectiveSector().orElse(Sector.OTHER);
    SubjectReference subject = SubjectReference.of(SubjectKind.ESTABLISHMENT, "antw-2026-0042");
    List<Observation> desk = List.of(
        seen("ADM-07", subject, "2026-06-12"), // a companion did the talking at the desk
        seen("ADM-08", subject, "2026-06-12"), // registered last month, capital far below the fit-out
        seen("SEC-MS-04", subject, "2026-06-20")); // advertised opening hours beyond what is asked
    Screening screening = Screening.builder()
        .catalogue(Catalogues.hashedBuiltIn("barrier-admin"))
        .catalogue(Catalogues.hashedBuiltIn("sector-massage"))
        .build();
    ScreenedEstablishment screened = screening.screen(new ObservedEstablishment(subject, sector, desk), TODAY);
    out.println();
    out.println("Shown to the official (sector " + sector + ", level " + screened.level().label(Language.NL) + "):");
    for (Assessment a : screened.assessments()) {
      out.println("  " + a.provenance().catalogueId() + ": " + a.outcome().label(Language.NL) + " — "
          + a.explanation(Language.NL));
    }

    // 3. the official decides; the library records and checks, it does not choose
    InMemoryAuditSink auditTrail = new InMemoryAuditSink();
    DecisionRecorder recorder = DecisionRecorder.create(AuditLog.open(auditTrail, CLOCK), CLOCK);
    recorder.shown(OFFICER, screened);
    // no Belgian outcome is open by default (none is verified in the law's text): the municipality,
    // having checked art. 119ter NGW, turns on the grant; the record marks it unverified
    DecisionFrame belgianFrame = DecisionFrame.of(LegalGround.BE_INTEGRITY_SCREENING_2024).enable(DecisionOutcome.GRANT);
    HumanDecision belgian = recorder.decide(HumanDecision.draft(belgianFrame, OFFICER, screened)
        .signalViewed(true)
        .outcome(DecisionOutcome.GRANT)
        .motivation("The signals come from one desk visit and are not grounds for refusal on their own. The file "
            + "goes to the ARIEC for a joint inspection within three months; the applicant was heard on 2026-06-25."));
    HumanDecision dutch = recorder.decide(HumanDecision.draft(LegalGround.NL_BIBOB, COORDINATOR, screened)
        .signalViewed(true)
        .danger(DangerDegree.LESSER)
        .outcome(DecisionOutcome.GRANT_WITH_CONDITIONS)
        .motivation("Lesser degree of danger: the financing is unexplained. Conditions: annual accounts and staff "
            + "register shown to the municipality every six months."));
    out.println();
    out.println("Recorded by a person: " + belgian + "; for comparison in the Netherlands: " + dutch);
    out.println("Audit trail: " + auditTrail.records().size() + " entries (shown, decided, decided), "
        + "each naming the assessment by its SHA-256 and the official by staff id");
    return new Result(problem, screened, belgian, dutch, auditTrail.records());
  }

  /**
   * Builds an RFC 9457 problem document: {@code type}, {@code title}, {@code status}, {@code
   * detail}, {@code instance}, and an {@code errors} array of {@code pointer}, {@code code} and
   * {@code detail}. No rejected value is ever copied into it.
   *
   * @param violations the violations
   * @param instance the URI reference of the request that failed
   * @return the JSON document
   */
  public static String problem(List<Violation> violations, String instance) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("type", "https://barrier.example/problems/validation");
    doc.put("title", "The application is not valid");
    doc.put("status", 422);
    doc.put("detail", violations.size() + " field(s) break a rule; each error names the field and the rule.");
    doc.put("instance", instance);
    List<Map<String, String>> errors = new ArrayList<>();
    for (Violation v : violations) {
      Map<String, String> e = new LinkedHashMap<>();
      e.put("pointer", v.path());
      e.put("code", v.code());
      e.put("detail", v.message());
      errors.add(e);
    }
    doc.put("errors", errors);
    return JSON.writeString(doc);
  }

  private static Observation seen(String indicator, SubjectReference subject, String day) {
    LocalDate date = LocalDate.parse(day);
    return new Observation(indicator, subject, ObservedPeriod.of(date, date), Agency.PERMIT_DESK, null, null, null);
  }
}
