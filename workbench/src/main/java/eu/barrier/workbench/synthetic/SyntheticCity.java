package eu.barrier.workbench.synthetic;

import eu.barrier.workbench.evaluation.LabelledData;
import eu.barrier.workbench.evaluation.LabelledSubject;
import eu.barrier.indicators.scoring.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * A generated municipality: addresses, enterprises with managers, establishments with their
 * ground truth and observations, and persons registered at addresses. Everything is invented; see
 * {@link CityGenerator}.
 *
 * @param parameters the parameters it was generated with
 * @param addresses the addresses, by key
 * @param enterprises the enterprises, by number
 * @param establishments the establishments, by number
 * @param persons the persons, by key
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record SyntheticCity(SyntheticParameters parameters, List<SyntheticAddress> addresses,
    List<SyntheticEnterprise> enterprises, List<SyntheticEstablishment> establishments,
    List<SyntheticPerson> persons) {

  /**
   * Copies.
   *
   * @param parameters the parameters component
   * @param addresses the addresses component
   * @param enterprises the enterprises component
   * @param establishments the establishments component
   * @param persons the persons component
   */
  public SyntheticCity {
    Objects.requireNonNull(parameters, "parameters");
    addresses = List.copyOf(addresses);
    enterprises = List.copyOf(enterprises);
    establishments = List.copyOf(establishments);
    persons = List.copyOf(persons);
  }

  /**
   * Returns the establishments as subjects to score, without labels.
   *
   * @return the subjects, in establishment order
   */
  public List<Subject> subjects() {
    List<Subject> subjects = new ArrayList<>(establishments.size());
    for (SyntheticEstablishment e : establishments) {
      subjects.add(e.subject());
    }
    return subjects;
  }

  /**
   * Returns the establishments as labelled subjects, with the generator and its parameters as
   * provenance.
   *
   * @return the labelled data
   */
  public LabelledData labelled() {
    List<LabelledSubject> subjects = new ArrayList<>(establishments.size());
    for (SyntheticEstablishment e : establishments) {
      subjects.add(e.labelled());
    }
    return new LabelledData(subjects, new TreeMap<>(CityGenerator.provenance(parameters)));
  }

  /**
   * Returns the sizes only.
   *
   * @return for example {@code SyntheticCity[establishments=2000, persons=2600]}
   */
  @Override
  public String toString() {
    return "SyntheticCity[establishments=" + establishments.size() + ", persons=" + persons.size() + "]";
  }
}
