package eu.barrier.workbench.evaluation;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Labelled subjects and what their document says about where they come from.
 *
 * @param subjects the subjects, in document order
 * @param provenance free key-value pairs about the data, for example {@code generator} and {@code
 *     seed}; sorted by key
 */
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
   * Returns the number of subjects only; the provenance may name files.
   *
   * @return for example {@code LabelledData[subjects=12]}
   */
  @Override
  public String toString() {
    return "LabelledData[subjects=" + subjects.size() + "]";
  }
}
