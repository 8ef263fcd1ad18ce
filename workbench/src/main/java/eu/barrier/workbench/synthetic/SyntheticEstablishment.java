package eu.barrier.workbench.synthetic;

import eu.barrier.core.establishment.Sector;
import eu.barrier.core.id.Identifier;
import eu.barrier.core.observation.Observation;
import eu.barrier.core.observation.SubjectReference;
import eu.barrier.workbench.evaluation.LabelledSubject;
import eu.barrier.indicators.scoring.Subject;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * An invented establishment with its ground truth and the observations agencies reported about
 * it.
 *
 * @param number a synthetic establishment number of the city's country: a Belgian establishment
 *     unit number or a Dutch establishment number (see {@link CityGenerator#establishmentNumber})
 * @param enterprise the number of the enterprise it belongs to: a Belgian enterprise number or a
 *     Dutch KvK number
 * @param address the key of its premises
 * @param sector its sector
 * @param exploited the ground truth: {@code true} for a planted case
 * @param network the id of the case network it belongs to, for example {@code N-0003}, or empty
 * @param auditGroup {@code group-a} or {@code group-b}; for fairness figures only
 * @param observations the reported observations, sorted by date, then indicator
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record SyntheticEstablishment(Identifier number, Identifier enterprise, String address,
    Sector sector, boolean exploited, Optional<String> network, String auditGroup, List<Observation> observations) {

  /**
   * Checks and copies.
   *
   * @param number the number component
   * @param enterprise the enterprise component
   * @param address the address component
   * @param sector the sector component
   * @param exploited the exploited component
   * @param network the network component
   * @param auditGroup the auditGroup component
   * @param observations the observations component
   */
  public SyntheticEstablishment {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(enterprise, "enterprise");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(auditGroup, "auditGroup");
    observations = List.copyOf(observations);
  }

  /**
   * Returns the subject reference: {@code be-establishment:} or {@code nl-establishment:} and the
   * canonical number.
   *
   * @return the reference
   */
  public SubjectReference reference() {
    return SubjectReference.of(number);
  }

  /**
   * Returns the establishment as a subject to score.
   *
   * @return the subject with its observations
   */
  public Subject subject() {
    return new Subject(reference(), observations);
  }

  /**
   * Returns the establishment as a labelled subject.
   *
   * @return the subject with label and audit group
   */
  public LabelledSubject labelled() {
    return new LabelledSubject(subject(), exploited, Optional.of(auditGroup));
  }

  /**
   * Returns the sector and observation count only.
   *
   * @return for example {@code SyntheticEstablishment[sector=CARWASH, observations=3, redacted]}
   */
  @Override
  public String toString() {
    return "SyntheticEstablishment[sector=" + sector + ", observations=" + observations.size() + ", redacted]";
  }
}
