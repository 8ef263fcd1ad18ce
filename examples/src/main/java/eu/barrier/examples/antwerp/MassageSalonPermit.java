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
import eu.barrier.indicators.scoring.RiskModels;
import eu.barrier.indicators.scoring.Subject;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
 *   <li><b>The signal for the official.</b> The corrected application is assessed with the
 *       business-level catalogues {@code barrier-admin} and {@code sector-massage} on what the
 *       permit desk observed, and the official sees the levels and the explanation.
 *   <li><b>The human decision.</b> The official decides and records why ({@link HumanDecision}):
 *       under the Belgian integrity screening of 2024, and, for comparison, how a Dutch official
 *       would record a Bibob outcome. The library only checks that the record is complete.
 * </ol>
 */
public final class MassageSalonPermit {

  /** The media type of a problem response. */
  public static final String PROBLEM_JSON = "application/problem+json";

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
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
   * @param assessments the assessments shown to the official
   * @param belgian the Belgian official's decision
   * @param dutch the Dutch official's decision
   */
  public record Result(String problem, List<Assessment> assessments, HumanDecision belgian, HumanDecision dutch) {}

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

    // 2. the corrected submission is valid; the desk's observations are assessed
    String second = "{\"key\":\"antw-2026-0042\",\"beEnterpriseNumber\":\"1999.000.150\","
        + "\"activityCodes\":[{\"classification\":\"nace-bel-2025\",\"code\":\"96.23\"}]}";
    Establishment salon = boundary.parse(second.getBytes(StandardCharsets.UTF_8), Establishment.class).value();
    Sector sector = salon.effectiveSector().orElse(Sector.OTHER);
    SubjectReference subject = SubjectReference.of(SubjectKind.ESTABLISHMENT, "antw-2026-0042");
    List<Observation> desk = List.of(
        seen("ADM-07", subject, "2026-06-12"), // a companion did the talking at the desk
        seen("ADM-08", subject, "2026-06-12"), // registered last month, capital far below the fit-out
        seen("SEC-MS-04", subject, "2026-06-20")); // advertised opening hours beyond what is asked
    List<Assessment> assessments = new ArrayList<>();
    for (String catalogue : List.of("barrier-admin", "sector-massage")) {
      var model = RiskModels.compile("weighted", Catalogues.hashedBuiltIn(catalogue));
      List<Observation> own = new ArrayList<>();
      for (Observation o : desk) {
        if (model.catalogue().catalogue().indicator(o.indicatorId()).isPresent()) {
          own.add(o);
        }
      }
      assessments.add(model.assess(new Subject(subject, own), TODAY));
    }
    out.println();
    out.println("Shown to the official (sector " + sector + "):");
    for (Assessment a : assessments) {
      out.println("  " + a.provenance().catalogueId() + ": " + a.outcome().label(Language.NL) + " — "
          + a.explanation(Language.NL));
    }

    // 3. the official decides; the library records and checks, it does not choose
    String shown = assessments.get(0).explanation(Language.NL);
    String level = assessments.stream().map(a -> a.outcome().id()).filter(id -> !id.equals("none")).findFirst()
        .orElse("none");
    HumanDecision belgian = HumanDecision.record(shown, new HumanDecision(
        HumanDecision.Frame.BE_INTEGRITY_SCREENING_2024, "integrity officer, mandate of the college 2026/17",
        Optional.empty(), HumanDecision.Outcome.GRANT,
        "The signals come from one desk visit and are not grounds for refusal on their own. The file goes to "
            + "the ARIEC for a joint inspection within three months; the applicant was heard on 2026-06-25.",
        true, level, false, Optional.empty()));
    HumanDecision dutch = HumanDecision.record(shown, new HumanDecision(HumanDecision.Frame.NL_BIBOB,
        "Bibob coordinator, mandate of the mayor", Optional.of(HumanDecision.Danger.LESSER),
        HumanDecision.Outcome.GRANT_WITH_CONDITIONS,
        "Lesser degree of danger: the financing is unexplained. Conditions: annual accounts and staff register "
            + "shown to the municipality every six months.", true, level, true, Optional.empty()));
    out.println();
    out.println("Recorded by a person: " + belgian + "; for comparison in the Netherlands: " + dutch);
    return new Result(problem, assessments, belgian, dutch);
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
