package eu.barrier.examples.genk;

import eu.barrier.core.Language;
import eu.barrier.core.establishment.Sector;
import eu.barrier.core.id.BeEstablishmentUnitNumber;
import eu.barrier.core.observation.Agency;
import eu.barrier.core.observation.Grading;
import eu.barrier.core.observation.GradingScheme;
import eu.barrier.core.observation.Observation;
import eu.barrier.core.observation.ObservedPeriod;
import eu.barrier.core.observation.SubjectReference;
import eu.barrier.indicators.catalogue.Catalogues;
import eu.barrier.indicators.scoring.Outcome;
import eu.barrier.screening.ObservedEstablishment;
import eu.barrier.screening.Reason;
import eu.barrier.screening.ScreenedEstablishment;
import eu.barrier.screening.Screening;
import eu.barrier.screening.ScreeningResult;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Genk screens its hand carwashes. Three services record what they see, each in its own system:
 * the permit desk (who comes to the desk, who holds the permit), the population register (who is
 * registered where) and the local police (opening hours, workers on site). The municipality
 * screens every carwash with the business-level catalogues {@code barrier-admin} and {@code
 * sector-carwash} through {@link Screening}: the library decides which catalogue applies to which
 * sector, ranks by the highest level, and names the Belgian services that could act. The result is
 * a list of signals for an analyst to review, never a decision.
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
   * Screens three synthetic carwashes and prints the ranking with reasons.
   *
   * @param out where to print
   * @return the screening result: counts per level and every carwash, ranked
   */
  public static ScreeningResult run(PrintStream out) {
    SubjectReference north = carwash("2999000072");
    SubjectReference canal = carwash("2999000171");
    SubjectReference ring = carwash("2999000270");
    List<ObservedEstablishment> carwashes = List.of(
        new ObservedEstablishment(north, Sector.CARWASH, List.of(
            // permit desk: the applicant came with a third party who did the talking; many partners on the deed
            seen("ADM-07", north, "2026-03-02", Agency.PERMIT_DESK, null),
            seen("SEC-CW-02", north, "2026-03-02", Agency.PERMIT_DESK, null),
            // population register: many short registrations at the unit; one person registered many others
            seen("ADM-05", north, "2026-04-15", Agency.POPULATION_REGISTER, null),
            seen("ADM-17", north, "2026-04-15", Agency.POPULATION_REGISTER, null),
            // local police: open beyond the permit; many more people working than declared
            seen("ADM-09", north, "2026-05-20", Agency.LOCAL_POLICE, Grading.of(GradingScheme.EUROPOL_4X4, "B", "2")),
            seen("SEC-CW-07", north, "2026-05-20", Agency.LOCAL_POLICE,
                Grading.of(GradingScheme.EUROPOL_4X4, "B", "2")))),
        new ObservedEstablishment(canal, Sector.CARWASH, List.of(
            seen("ADM-09", canal, "2025-09-10", Agency.LOCAL_POLICE, Grading.of(GradingScheme.EUROPOL_4X4, "C", "3")),
            seen("SEC-CW-06", canal, "2026-02-01", Agency.LOCAL_POLICE, null))),
        ObservedEstablishment.of(ring, Sector.CARWASH));

    Screening screening = Screening.builder()
        .catalogue(Catalogues.hashedBuiltIn("barrier-admin"))
        .catalogue(Catalogues.hashedBuiltIn("sector-carwash"))
        .keep(Outcome.NONE) // a small batch: list every carwash, also those without a signal
        .build();
    ScreeningResult result = screening.screenAll(carwashes, AS_OF);

    out.println("Genk carwash screening, as of " + AS_OF + ". Signals for review, never decisions.");
    out.printf(Locale.ROOT, "%d carwashes: %d with a signal, %d without%n", result.total(),
        result.total() - result.count(Outcome.NONE), result.count(Outcome.NONE));
    int rank = 0;
    for (ScreenedEstablishment s : result.establishments()) {
      out.printf(Locale.ROOT, "%d. %s  level %s%n", ++rank, s.key(), s.level().id());
      for (Reason r : s.reasons()) {
        out.printf(Locale.ROOT, "   %-9s %-6s %s (%s; could act: %s)%n", r.indicatorId(),
            java.math.BigDecimal.valueOf(r.milliPoints(), 3).stripTrailingZeros().toPlainString(),
            r.label().in(Language.EN), r.barrier().id(), r.couldAct().get(0).label(Language.EN));
      }
      s.leading().ifPresent(a -> out.println("   " + a.explanation(Language.NL)));
    }
    return result;
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
