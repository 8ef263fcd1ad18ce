package eu.barrier.screening;

import eu.barrier.core.observation.Agency;
import eu.barrier.indicators.catalogue.Category;
import eu.barrier.indicators.catalogue.LocalizedText;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One reason an establishment was signalled: an indicator that contributed points, the barrier it
 * belongs to, who reported it and the services that could act on it.
 *
 * @param indicatorId the indicator id, for example {@code SEC-CW-02}
 * @param catalogue the catalogue reference, {@code id@version}
 * @param label the indicator label in Dutch, French and English
 * @param barrier the barrier (category) of the indicator
 * @param milliPoints the points it contributed, in thousandths
 * @param observations how many observations of it the establishment has
 * @param reportedBy the services that reported it, in enum order
 * @param couldAct the services that can observe it and act on it in the establishment's country,
 *     municipal services first (enum order)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Reason(String indicatorId, String catalogue, LocalizedText label, Category barrier, long milliPoints,
    int observations, List<Agency> reportedBy, List<Agency> couldAct) {

  /**
   * Checks and copies.
   *
   * @param indicatorId the indicator id
   * @param catalogue the catalogue reference
   * @param label the label
   * @param barrier the barrier
   * @param milliPoints the points in thousandths
   * @param observations the number of observations
   * @param reportedBy the reporting services
   * @param couldAct the services that could act
   * @throws NullPointerException if a component is {@code null}
   */
  public Reason {
    Objects.requireNonNull(indicatorId, "indicatorId");
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(barrier, "barrier");
    reportedBy = List.copyOf(reportedBy);
    couldAct = List.copyOf(couldAct);
  }
}
