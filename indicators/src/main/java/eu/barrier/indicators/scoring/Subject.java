package eu.barrier.indicators.scoring;

import eu.barrier.core.observation.Observation;
import eu.barrier.core.observation.SubjectReference;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One subject to assess with its observations.
 *
 * <p>The reference's key may identify a person, so {@link #toString()} shows only the kind and the
 * number of observations.
 *
 * @param reference the subject
 * @param observations its observations, each valid (see {@code eu.barrier.core.validation.Boundary})
 *     and about this subject
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Subject(SubjectReference reference, List<Observation> observations) {

  /**
   * Checks and copies.
   *
   * @param reference the reference component
   * @param observations the observations component
   * @throws NullPointerException if a component or an observation is {@code null}
   * @throws IllegalArgumentException if an observation is about another subject
   */
  public Subject {
    Objects.requireNonNull(reference, "reference");
    observations = List.copyOf(observations);
    for (Observation observation : observations) {
      if (!reference.equals(observation.subject())) {
        throw new IllegalArgumentException("every observation of a subject is about that subject");
      }
    }
  }

  /**
   * Returns the kind and the number of observations; never the key.
   *
   * @return for example {@code Subject[kind=PERSON, observations=3, redacted]}
   */
  @Override
  public String toString() {
    return "Subject[kind=" + reference.kind() + ", observations=" + observations.size() + ", redacted]";
  }
}
