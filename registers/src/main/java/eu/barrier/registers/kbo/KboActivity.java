package eu.barrier.registers.kbo;

import eu.barrier.core.establishment.ActivityClassification;
import eu.barrier.core.establishment.ActivityCode;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One row of activity.csv for an entity: its activity group, NACE version, NACE code and whether it
 * is a main, secondary or auxiliary activity. Not personal data.
 *
 * @param group the {@code ActivityGroup} code, 3 digits (for example {@code 001} VAT, {@code 006}
 *     RSZ/ONSS; labels in code.csv)
 * @param version the NACE version
 * @param naceCode the NACE code, 5 or 7 digits without dots
 * @param classification main, secondary or auxiliary
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record KboActivity(String group, NaceVersion version, String naceCode, KboClassification classification) {

  /** Canonical order: version (newest first), classification, group, code. */
  static final Comparator<KboActivity> ORDER = Comparator
      .comparing((KboActivity a) -> -a.version().ordinal())
      .thenComparing(KboActivity::classification)
      .thenComparing(KboActivity::group)
      .thenComparing(KboActivity::naceCode);

  /**
   * Creates an activity.
   *
   * @param group the activity group
   * @param version the NACE version
   * @param naceCode the code
   * @param classification the classification
   */
  public KboActivity {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(naceCode, "naceCode");
    Objects.requireNonNull(classification, "classification");
  }

  /**
   * Returns the code as core's activity code: NACE-BEL 2008 or 2025, at most 5 digits (a 7-digit
   * KBO subdivision is cut to its 5-digit subclass, which it refines).
   *
   * @return the code; empty for NACE 2003, which core does not model
   */
  public Optional<ActivityCode> activityCode() {
    ActivityClassification c = switch (version) {
      case NACE_2008 -> ActivityClassification.NACE_BEL_2008;
      case NACE_2025 -> ActivityClassification.NACE_BEL_2025;
      case NACE_2003 -> null;
    };
    if (c == null) {
      return Optional.empty();
    }
    return Optional.of(new ActivityCode(c, naceCode.length() > 5 ? naceCode.substring(0, 5) : naceCode));
  }
}
