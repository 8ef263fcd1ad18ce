package eu.barrier.indicators.scoring;

import eu.barrier.indicators.catalogue.HashedCatalogue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * A risk model compiled for one catalogue: turns a subject's observations into an {@link
 * Assessment}, a graded signal for a human to review. Never a decision.
 *
 * <p>Obtain one with {@link RiskModels#compile(String, HashedCatalogue)}, {@link
 * IloModel#compile(HashedCatalogue, OutcomeRule)} or {@link WeightedModel#compile(HashedCatalogue)}.
 * Compile once per catalogue and reuse it for every subject.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li><b>Pure.</b> An assessment depends only on the catalogue, the model parameters, the subject
 *       and {@code asOf}. No clock is read, nothing random is used, nothing is cached between
 *       calls; the same arguments give an equal assessment.
 *   <li><b>Thread-safe.</b> A model is immutable and holds no shared mutable state; call it from
 *       any number of threads.
 *   <li><b>Batch = one by one.</b> {@link #assessAll(List, LocalDate)} returns what {@link
 *       #assess(Subject, LocalDate)} returns for each subject, in input order.
 *   <li><b>Explained.</b> Contributions add up to the score exactly; the trace states each rule
 *       step; unknown indicator ids and ignored observations are reported, never dropped silently;
 *       the provenance names the catalogue (id, version, SHA-256), the model with every parameter,
 *       the library version and {@code asOf}.
 *   <li><b>Safeguards.</b> Models refuse ({@link ScoringException}) a catalogue with lint errors
 *       (which includes protected characteristics in a scoring catalogue), a reference-only
 *       catalogue, and subjects of another kind than the catalogue's, so person-level and
 *       business-level data never mix in one score.
 *   <li><b>Time.</b> Observations whose period starts after {@code asOf} are ignored and counted.
 * </ul>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface RiskModel {

  /**
   * Returns the model id, {@code ilo-2009} or {@code weighted}.
   *
   * @return the id
   */
  String id();

  /**
   * Returns the catalogue the model was compiled for.
   *
   * @return the catalogue with its hash
   */
  HashedCatalogue catalogue();

  /**
   * Returns every parameter of the model, sorted by name, as it appears in provenance.
   *
   * @return an unmodifiable sorted map
   */
  SortedMap<String, String> parameters();

  /**
   * Assesses one subject.
   *
   * @param subject the subject and its observations
   * @param asOf the reference date
   * @return the assessment
   * @throws ScoringException if the subject's kind is not the catalogue's subject kind
   * @throws NullPointerException if an argument is {@code null}
   */
  Assessment assess(Subject subject, LocalDate asOf);

  /**
   * Assesses many subjects with one reference date.
   *
   * @param subjects the subjects
   * @param asOf the reference date
   * @return one assessment per subject, in input order
   * @throws ScoringException if a subject's kind is not the catalogue's subject kind; no
   *     assessment is returned then
   * @throws NullPointerException if an argument or a subject is {@code null}
   */
  default List<Assessment> assessAll(List<Subject> subjects, LocalDate asOf) {
    Objects.requireNonNull(subjects, "subjects");
    Objects.requireNonNull(asOf, "asOf");
    List<Assessment> result = new ArrayList<>(subjects.size());
    for (Subject subject : subjects) {
      result.add(assess(subject, asOf));
    }
    return List.copyOf(result);
  }

  /**
   * Returns a function that assesses subjects at one reference date, for batches fed one subject at
   * a time: the provenance is built once and shared by every assessment it returns. Each call
   * returns what {@link #assess(Subject, LocalDate)} returns for the same subject.
   *
   * @param asOf the reference date
   * @return the function; thread-safe
   * @throws NullPointerException if {@code asOf} is {@code null}
   */
  default Function<Subject, Assessment> at(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return subject -> assess(subject, asOf);
  }
}
