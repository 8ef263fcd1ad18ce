package eu.barrier.workbench.evaluation;

import eu.barrier.indicators.scoring.AssessInput;
import eu.barrier.indicators.scoring.Subject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * Labelled subjects and what their document says about where they come from.
 *
 * @param subjects the subjects, in document order
 * @param provenance free key-value pairs about the data, for example {@code generator} and {@code
 *     seed}; sorted by key
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record LabelledData(List<LabelledSubject> subjects, SortedMap<String, String> provenance) {

  /**
   * Copies.
   *
   * @param subjects the subjects component
   * @param provenance the provenance component
   */
  public LabelledData {
    subjects = List.copyOf(subjects);
    provenance = Collections.unmodifiableSortedMap(new TreeMap<>((Map<String, String>) provenance));
  }

  /**
   * Returns labelled subjects without provenance.
   *
   * @param subjects the subjects
   * @return the data
   */
  public static LabelledData of(List<LabelledSubject> subjects) {
    return new LabelledData(subjects, new TreeMap<>());
  }

  /**
   * Returns the subjects without labels, as a scorer sees them.
   *
   * @return the subjects, in document order
   */
  public List<Subject> unlabelled() {
    List<Subject> unlabelled = new ArrayList<>(subjects.size());
    for (LabelledSubject s : subjects) {
      unlabelled.add(s.subject());
    }
    return unlabelled;
  }

  /**
   * Returns the reference date an evaluation of these subjects defaults to: the provenance's
   * {@code asOf} if it is a date (the synthetic city writes it), else the latest day an
   * observation covers.
   *
   * @return the date, or empty if there is neither
   */
  public Optional<LocalDate> defaultAsOf() {
    String given = provenance.get("asOf");
    if (given != null) {
      try {
        return Optional.of(LocalDate.parse(given));
      } catch (DateTimeParseException e) {
        // not a date: fall back to the observations
      }
    }
    return AssessInput.latestObservationDate(unlabelled());
  }

  /**
   * Returns the number of subjects only; the provenance may name files.
   *
   * @return for example {@code LabelledData[subjects=12]}
   */
  @Override
  public String toString() {
    return "LabelledData[subjects=" + subjects.size() + "]";
  }
}
