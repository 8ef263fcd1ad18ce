package eu.barrier.cli.screen;

import eu.barrier.core.observation.Agency;
import eu.barrier.indicators.catalogue.Category;
import eu.barrier.indicators.catalogue.LocalizedText;
import java.util.List;
import java.util.Objects;

/**
 * One reason an establishment was ranked: an indicator that contributed points, the barrier it
 * belongs to and the services that can observe it and act on it.
 *
 * @param indicatorId the indicator id, for example {@code SEC-CW-02}
 * @param catalogue the catalogue reference, {@code id@version}
 * @param label the indicator label in Dutch, French and English
 * @param barrier the barrier (category) of the indicator
 * @param couldAct the services that could act, in the jurisdiction of the establishment, municipal services first; the first is
 *     the one shown in the table
 * @param milliPoints the points it contributed, in thousandths
 * @param observations how many observations of it were counted
 * @param sources the services that reported it, in enum order
 */
public record Reason(String indicatorId, String catalogue, LocalizedText label, Category barrier, List<Agency> couldAct,
    long milliPoints, int observations, List<Agency> sources) {

  /**
   * Checks and copies.
   *
   * @param indicatorId the indicator id
   * @param catalogue the catalogue reference
   * @param label the label
   * @param barrier the barrier
   * @param couldAct the services that could act
   * @param milliPoints the points in thousandths
   * @param observations the number of observations
   * @param sources the reporting services
   */
  public Reason {
    Objects.requireNonNull(indicatorId, "indicatorId");
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(barrier, "barrier");
    couldAct = List.copyOf(couldAct);
    sources = List.copyOf(sources);
  }
}
