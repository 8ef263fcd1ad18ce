package eu.barrier.cases.testing;

import eu.barrier.core.establishment.Sector;
import eu.barrier.core.observation.Agency;
import eu.barrier.core.observation.Observation;
import eu.barrier.core.observation.ObservedPeriod;
import eu.barrier.core.observation.SubjectKind;
import eu.barrier.core.observation.SubjectReference;
import eu.barrier.indicators.catalogue.Catalogues;
import eu.barrier.screening.ObservedEstablishment;
import eu.barrier.screening.Screening;
import eu.barrier.screening.ScreeningResult;
import eu.barrier.screening.decision.DecisionMaker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Fixtures for case tests: synthetic establishment keys with valid check digits, screenings, people. */
public final class Cases {

  /** The day the tests' clock stands at. */
  public static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  /** An integrity officer (synthetic staff id). */
  public static final String OFFICER = "antw-0717";

  /** A decision maker (synthetic staff id). */
  public static final String MAYOR = "antw-0001";

  /** A second reviewer. */
  public static final DecisionMaker REVIEWER = new DecisionMaker("antw-0902", "second reviewer",
      "decision of the college 2026/17");

  /** The mandate of the decision maker. */
  public static final String MANDATE = "decision of the college 2026/17";

  private Cases() {}

  /**
   * Returns a Belgian establishment unit key in the unissued 2999 range.
   *
   * @param n a serial, 0 to 9999
   * @return for example {@code be-establishment:2999000171}
   */
  public static String beKey(int n) {
    String base = String.format(Locale.ROOT, "2999%04d", n);
    long check = 97 - Long.parseLong(base) % 97;
    return "be-establishment:" + base + String.format(Locale.ROOT, "%02d", check);
  }

  /**
   * Screens a massage salon with the given desk observations, as the Antwerp example does.
   *
   * @param key the establishment key
   * @param indicators the indicator ids observed at the desk
   * @return the result holding the establishment
   */
  public static ScreeningResult screen(String key, String... indicators) {
    SubjectReference subject = SubjectReference.of(SubjectKind.ESTABLISHMENT, key);
    List<Observation> seen = new ArrayList<>();
    for (String id : indicators) {
      LocalDate day = LocalDate.of(2026, 6, 12);
      seen.add(new Observation(id, subject, ObservedPeriod.of(day, day), Agency.PERMIT_DESK, null, null, null));
    }
    Screening screening = Screening.builder().catalogue(Catalogues.hashedBuiltIn("barrier-admin"))
        .catalogue(Catalogues.hashedBuiltIn("sector-massage")).keep(eu.barrier.indicators.scoring.Outcome.NONE)
        .build();
    return screening.screenAll(List.of(new ObservedEstablishment(subject, Sector.MASSAGE, seen)),
        LocalDate.of(2026, 6, 30));
  }
}
