package eu.barrier.examples.genk;

import eu.barrier.core.id.BeEstablishmentUnitNumber;
import eu.barrier.core.observation.Agency;
import eu.barrier.core.observation.Grading;
import eu.barrier.core.observation.GradingScheme;
import eu.barrier.core.observation.Observation;
import eu.barrier.core.observation.ObservedPeriod;
import eu.barrier.core.observation.SubjectReference;
import eu.barrier.indicators.catalogue.Catalogue;
import eu.barrier.indicators.catalogue.Catalogues;
import eu.barrier.indicators.catalogue.Indicator;
import eu.barrier.core.Language;
import eu.barrier.indicators.scoring.Assessment;
import eu.barrier.indicators.scoring.Contribution;
import eu.barrier.indicators.scoring.ContributionKind;
import eu.barrier.indicators.scoring.RiskModel;
import eu.barrier.indicators.scoring.RiskModels;
import eu.barrier.indicators.scoring.Subject;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Genk screens its hand carwashes. Three services record what they see, each in its own system:
 * the permit desk (who comes to the desk, who holds the permit), the population register (who is
 * registered where) and the local police (opening hours, workers on site). The municipality
 * assesses every carwash with the business-level catalogues {@code barrier-admin} and {@code
 * sector-carwash}, each with its own weighted model, and ranks the carwashes by the higher of the
 * two levels. The result is a list of signals for an analyst to review, never a decision.
 *
 * <p>All establishments are synthetic: unit numbers {@code 2.999.xxx.xxx} with valid check digits.
 */
public final class ScreenCarwashes {

  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  private ScreenCarwashes() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * One carwash after screening.
   *
   * @param reference the establishment
   * @param level the higher level of the two assessments
   * @param assessments one per catalogue
   */
  public record Screened(SubjectReference reference, String level, List<Assessment> assessments) {}

  /**
   * Screens three synthetic carwashes and prints the ranking with reasons.
   *
   * @param out where to print
   * @return the carwashes, highest level first
   */
  public static List<Screened> run(PrintStream out) {
    SubjectReference north = carwash("2999000072");
    SubjectReference canal = carwash("2999000171");
    SubjectReference ring = carwash("2999000270");
    List<Observation> observations = List.of(
        // permit desk: the applicant came with a third party who did the talking; many partners on the deed
        seen("ADM-07", north, "2026-03-02", Agency.PERMIT_DESK, null),
        seen("SEC-CW-02", north, "2026-03-02", Agency.PERMIT_DESK, null),
        // population register: many short registrations at the unit; one person registered many others
        seen("ADM-05", north, "2026-04-15", Agency.POPULATION_REGISTER, null),
        seen("ADM-17", north, "2026-04-15", Agency.POPULATION_REGISTER, null),
        // local police: open beyond the permit; many more people working than declared
        seen("ADM-09", north, "2026-05-20", Agency.LOCAL_POLICE, Grading.of(GradingScheme.EUROPOL_4X4, "B", "2")),
        seen("SEC-CW-07", north, "2026-05-20", Agency.LOCAL_POLICE, Grading.of(GradingScheme.EUROPOL_4X4, "B", "2")),
        seen("ADM-09", canal, "2025-09-10", Agency.LOCAL_POLICE, Grading.of(GradingScheme.EUROPOL_4X4, "C", "3")),
        seen("SEC-CW-06", canal, "2026-02-01", Agency.LOCAL_POLICE, null));

    List<RiskModel> models = List.of(RiskModels.compile("weighted", Catalogues.hashedBuiltIn("barrier-admin")),
        RiskModels.compile("weighted", Catalogues.hashedBuiltIn("sector-carwash")));
    List<Screened> screened = new ArrayList<>();
    for (SubjectReference carwash : List.of(north, canal, ring)) {
      List<Assessment> assessments = new ArrayList<>();
      String level = "none";
      for (RiskModel model : models) {
        Catalogue catalogue = model.catalogue().catalogue();
        List<Observation> own = new ArrayList<>();
        for (Observation o : observations) {
          if (o.subject().equals(carwash) && catalogue.indicator(o.indicatorId()).isPresent()) {
            own.add(o); // each catalogue sees only its own indicators: nothing is reported as unknown
          }
        }
        Assessment a = model.assess(new Subject(carwash, own), AS_OF);
        assessments.add(a);
        level = rank(a.outcome().id()) > rank(level) ? a.outcome().id() : level;
      }
      screened.add(new Screened(carwash, level, assessments));
    }
    screened.sort(Comparator.comparingInt((Screened s) -> -rank(s.level()))
        .thenComparing(s -> -s.assessments().stream().mapToLong(Assessment::scoreMilli).sum()));

    out.println("Genk carwash screening, as of " + AS_OF + ". Signals for review, never decisions.");
    int rank = 0;
    for (Screened s : screened) {
      out.printf(Locale.ROOT, "%d. %s  level %s%n", ++rank, s.reference().key(), s.level());
      for (Assessment a : s.assessments()) {
        Catalogue catalogue = catalogue(models, a);
        for (Contribution c : a.contributions()) {
          if (c.kind() == ContributionKind.INDICATOR) {
            Indicator indicator = catalogue.indicator(c.indicatorId().orElseThrow()).orElseThrow();
            out.printf(Locale.ROOT, "   %-9s %-6s %s (%s; could act: %s)%n", indicator.id(), c.value(),
                indicator.label().in(Language.EN), c.category().id(),
                indicator.observedBy().iterator().next().label(Locale.ENGLISH));
          }
        }
      }
      out.println("   " + s.assessments().get(0).explanation(Language.NL));
    }
    return screened;
  }

  private static Catalogue catalogue(List<RiskModel> models, Assessment a) {
    for (RiskModel m : models) {
      if (m.catalogue().catalogue().id().equals(a.provenance().catalogueId())) {
        return m.catalogue().catalogue();
      }
    }
    throw new IllegalStateException("assessment of an unknown catalogue");
  }

  private static int rank(String level) {
    return List.of("none", "low", "medium", "high").indexOf(level);
  }

  private static SubjectReference carwash(String unitNumber) {
    return SubjectReference.of(BeEstablishmentUnitNumber.parse(unitNumber));
  }

  private static Observation seen(String indicator, SubjectReference subject, String day, Agency source,
      Grading grading) {
    LocalDate date = LocalDate.parse(day);
    return new Observation(indicator, subject, ObservedPeriod.of(date, date), source, grading, null, null);
  }
}
