package eu.barrier.workbench.evaluation;

import java.util.SortedMap;
import org.apiguardian.api.API;

/**
 * What the labelled subjects hold.
 *
 * @param subjects the number of subjects
 * @param positives subjects labelled {@code true}
 * @param negatives subjects labelled {@code false}
 * @param observations observations over all subjects
 * @param auditGroups subjects per audit group, sorted by group
 * @param withoutAuditGroup subjects without an audit group; they are left out of the fairness
 *     figures
 * @param provenance what the input says about where it comes from (for example the generator and
 *     its seed), sorted by key; empty if it says nothing
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record DataSummary(long subjects, long positives, long negatives, long observations,
    SortedMap<String, Long> auditGroups, long withoutAuditGroup, SortedMap<String, String> provenance) {

  /**
   * Copies.
   *
   * @param subjects the subjects component
   * @param positives the positives component
   * @param negatives the negatives component
   * @param observations the observations component
   * @param auditGroups the auditGroups component
   * @param withoutAuditGroup the withoutAuditGroup component
   * @param provenance the provenance component
   */
  public DataSummary {
    auditGroups = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(auditGroups));
    provenance = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(provenance));
  }

  /**
   * Returns the share of positives, the PR AUC of a scorer that guesses.
   *
   * @return {@code positives / subjects}
   */
  public double prevalence() {
    return subjects == 0 ? Double.NaN : (double) positives / subjects;
  }
}
