package eu.barrier.privacy.generalise;

import eu.barrier.privacy.PrivacyError;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A partition of ages (in whole years, from 0 up) into bands, given by the lower bound of each
 * band; the last band is open.
 *
 * <p>{@link #DEFAULT}: 0-17, 18-24, 25-34, 35-44, 45-54, 55-64, 65+. The first band separates
 * minors, which matters for child-protection signals.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class AgeBands {

  /** 0-17, 18-24, 25-34, 35-44, 45-54, 55-64, 65+. */
  public static final AgeBands DEFAULT = ofLowerBounds(0, 18, 25, 35, 45, 55, 65);

  private final List<AgeBand> bands;

  private AgeBands(List<AgeBand> bands) {
    this.bands = List.copyOf(bands);
  }

  /**
   * Builds bands from strictly increasing lower bounds that start at 0.
   *
   * @param lowerBounds for example {@code 0, 18, 25}: bands 0-17, 18-24, 25+
   * @return the bands
   * @throws IllegalArgumentException if the bounds do not start at 0 or do not increase
   */
  public static AgeBands ofLowerBounds(int... lowerBounds) {
    Objects.requireNonNull(lowerBounds, "lowerBounds");
    if (lowerBounds.length == 0 || lowerBounds[0] != 0) {
      throw new IllegalArgumentException("lower bounds must start at 0");
    }
    List<AgeBand> out = new ArrayList<>();
    for (int i = 0; i < lowerBounds.length; i++) {
      boolean last = i == lowerBounds.length - 1;
      if (!last && lowerBounds[i + 1] <= lowerBounds[i]) {
        throw new IllegalArgumentException("lower bounds must increase strictly");
      }
      out.add(new AgeBand(lowerBounds[i], last ? -1 : lowerBounds[i + 1] - 1));
    }
    return new AgeBands(out);
  }

  /**
   * Returns the bands in order.
   *
   * @return the bands
   */
  public List<AgeBand> bands() {
    return bands;
  }

  /**
   * Returns the band of an age.
   *
   * @param age whole years, at least 0
   * @return the band
   */
  public AgeBand bandOf(int age) {
    if (age < 0) {
      throw new IllegalArgumentException("age must be at least 0");
    }
    for (int i = bands.size() - 1; i >= 0; i--) {
      if (age >= bands.get(i).lower()) {
        return bands.get(i);
      }
    }
    throw new IllegalStateException("bands start at 0");
  }

  /**
   * Returns the band of the age reached on {@code reference} by someone born on {@code birthDate}
   * (whole years completed, as in {@link Period#between}; someone born on 29 February has a
   * birthday on 28 February in common years).
   *
   * @param birthDate the birth date
   * @param reference the date at which the age counts, for example the observation date
   * @return the band
   * @throws GeneralisationException with {@link PrivacyError#BIRTH_AFTER_REFERENCE} if the birth
   *     date lies after the reference date
   */
  public AgeBand bandOf(LocalDate birthDate, LocalDate reference) {
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(reference, "reference");
    if (birthDate.isAfter(reference)) {
      throw new GeneralisationException(PrivacyError.BIRTH_AFTER_REFERENCE, "birth date vs. reference date");
    }
    return bandOf(Period.between(birthDate, reference).getYears());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("AgeBands[");
    for (int i = 0; i < bands.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(bands.get(i).label());
    }
    return sb.append(']').toString();
  }
}
