package eu.barrier.screening;

import eu.barrier.core.establishment.Sector;
import eu.barrier.core.observation.Agency;
import eu.barrier.core.observation.Grading;
import eu.barrier.core.observation.GradingScheme;
import eu.barrier.core.observation.Observation;
import eu.barrier.core.observation.ObservedPeriod;
import eu.barrier.core.observation.SubjectKind;
import eu.barrier.core.observation.SubjectReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Test fixtures: synthetic establishment keys with valid check digits (unissued 2999 range). */
public final class Fixtures {

  /** The reference date of the fixtures. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  private Fixtures() {}

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
   * Returns a reference.
   *
   * @param key the key
   * @return the reference
   */
  public static SubjectReference ref(String key) {
    return SubjectReference.of(SubjectKind.ESTABLISHMENT, key);
  }

  /**
   * Returns an ungraded observation on a day.
   *
   * @param key the subject key
   * @param indicator the indicator id
   * @param day the day
   * @param source the source
   * @return the observation
   */
  public static Observation seen(String key, String indicator, LocalDate day, Agency source) {
    return new Observation(indicator, ref(key), ObservedPeriod.of(day, day), source, null, null, null);
  }

  /**
   * Returns a graded observation.
   *
   * @param key the subject key
   * @param indicator the indicator id
   * @param day the day
   * @param source the source
   * @param grading the Europol codes, for example {@code B2}
   * @return the observation
   */
  public static Observation graded(String key, String indicator, LocalDate day, Agency source, String grading) {
    return new Observation(indicator, ref(key), ObservedPeriod.of(day, day), source,
        Grading.of(GradingScheme.EUROPOL_4X4, grading.substring(0, 1), grading.substring(1, 2)), null, null);
  }

  /**
   * Returns an observation graded in any scheme.
   *
   * @param key the subject key
   * @param indicator the indicator id
   * @param day the day
   * @param source the source
   * @param grading the grading, or {@code null} for an ungraded observation
   * @return the observation
   */
  public static Observation graded(String key, String indicator, LocalDate day, Agency source, Grading grading) {
    return new Observation(indicator, ref(key), ObservedPeriod.of(day, day), source, grading, null, null);
  }

  /**
   * Returns an establishment with observations of the given indicators, each seen by the permit
   * desk on {@link #AS_OF}.
   *
   * @param key the key
   * @param sector the sector
   * @param indicators the indicator ids
   * @return the establishment
   */
  public static ObservedEstablishment establishment(String key, Sector sector, String... indicators) {
    List<Observation> list = new ArrayList<>();
    for (String id : indicators) {
      list.add(seen(key, id, AS_OF, Agency.PERMIT_DESK));
    }
    return new ObservedEstablishment(ref(key), sector, list);
  }
}
