package eu.barrier.screening;

import eu.barrier.core.establishment.Sector;
import eu.barrier.core.observation.Grading;
import eu.barrier.core.observation.SubjectReference;
import eu.barrier.indicators.scoring.Assessment;
import eu.barrier.indicators.scoring.Outcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One establishment after screening: a signal for review, never a decision.
 *
 * <p>It holds one assessment per catalogue that applies to the establishment's sector (in the
 * screening's catalogue order), each made by that catalogue's model on the observations of that
 * catalogue's indicators. Its {@link #level()} is the highest level of those assessments: each
 * level was reached under its own catalogue's thresholds, so no score is ever added across
 * catalogues (see {@link Screening} for the ranking). {@link #toString()} never shows the key.
 *
 * @param subject the establishment
 * @param sector its sector
 * @param level the highest level over the assessments, {@link Outcome#NONE} without any
 * @param assessments one assessment per applied catalogue, in catalogue order
 * @param reasons the indicators that contributed points, most points first, then by indicator id
 * @param notScored the indicator ids observed but held by no applied catalogue, sorted
 * @param lastObserved the last day covered by an observation of a contributing indicator (never
 *     after the reference date); empty without reasons
 * @param strongestGrading the first of those observations' gradings in {@link
 *     Grading#STRONGEST_FIRST} order, in the scheme it was given in: the strongest grading of the
 *     first scheme that grades any of them (gradings are never converted between schemes); empty
 *     if none of them is graded
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ScreenedEstablishment(SubjectReference subject, Sector sector, Outcome level,
    List<Assessment> assessments, List<Reason> reasons, List<String> notScored, Optional<LocalDate> lastObserved,
    Optional<Grading> strongestGrading) {

  /**
   * Checks and copies.
   *
   * @param subject the establishment
   * @param sector the sector
   * @param level the level
   * @param assessments the assessments
   * @param reasons the reasons
   * @param notScored the indicator ids not scored
   * @param lastObserved the last day observed
   * @param strongestGrading the strongest grading
   * @throws NullPointerException if a component is {@code null}
   * @throws IllegalArgumentException if the level is not the highest level of the assessments
   */
  public ScreenedEstablishment {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(level, "level");
    assessments = List.copyOf(assessments);
    reasons = List.copyOf(reasons);
    notScored = List.copyOf(notScored);
    Objects.requireNonNull(lastObserved, "lastObserved");
    Objects.requireNonNull(strongestGrading, "strongestGrading");
    if (level != highest(assessments)) {
      throw new IllegalArgumentException("the level is the highest level of the assessments");
    }
  }

  static Outcome highest(List<Assessment> assessments) {
    Outcome level = Outcome.NONE;
    for (Assessment a : assessments) {
      if (a.outcome().rank() > level.rank()) {
        level = a.outcome();
      }
    }
    return level;
  }

  /**
   * Returns the subject key.
   *
   * @return the key, for example {@code be-establishment:2999000171}
   */
  public String key() {
    return subject.key();
  }

  /**
   * Returns the assessment that set the level: the first, in catalogue order, at {@link #level()}.
   *
   * @return the assessment, or empty if no catalogue applied
   */
  public Optional<Assessment> leading() {
    for (Assessment a : assessments) {
      if (a.outcome() == level) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the SHA-256 of this establishment's entry in the results document, written without
   * explanations (so it does not depend on the language shown): the reference a human decision
   * and the audit log use for "this assessment".
   *
   * @return 64 lower-case hexadecimal digits
   */
  public String sha256() {
    return ScreeningResults.sha256(this);
  }

  /**
   * Returns the sector and level; never the key.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "ScreenedEstablishment[sector=" + sector + ", level=" + level.id() + ", redacted]";
  }
}
