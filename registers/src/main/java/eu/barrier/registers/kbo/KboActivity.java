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
   * Reads the four fields of an activity.csv row by the rule {@link KboReader} applies to each row:
   * {@code ActivityGroup} 3 characters, {@code NaceVersion} 2003, 2008 or 2025, {@code NaceCode} 5
   * or 7 digits, {@code Classification} MAIN, SECO or ANCI. Another reader of the same file (such
   * as Apache Spark's CSV reader) uses it to keep exactly the rows {@code KboReader} keeps.
   *
   * @param group the ActivityGroup field
   * @param version the NaceVersion field
   * @param code the NaceCode field
   * @param classification the Classification field
   * @return the activity, or empty if the row is malformed (a {@code null} field is malformed)
   */
  public static Optional<KboActivity> parse(String group, String version, String code, String classification) {
    if (group == null || group.length() != 3 || code == null || !(code.length() == 5 || code.length() == 7)
        || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.empty();
    }
    Optional<NaceVersion> v = version == null ? Optional.empty() : NaceVersion.of(version);
    Optional<KboClassification> c = classification == null ? Optional.empty() : KboClassification.of(classification);
    if (v.isEmpty() || c.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new KboActivity(group, v.get(), code, c.get()));
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
