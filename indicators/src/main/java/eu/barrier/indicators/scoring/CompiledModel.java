package eu.barrier.indicators.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What every compiled model shares: one assessment, or a batch that builds the provenance once
 * and assesses each subject with it, so batch and one-by-one give the same results.
 */
abstract class CompiledModel implements RiskModel {

  @Override
  public final Assessment assess(Subject subject, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return assess(subject, asOf, provenance(asOf));
  }

  @Override
  public final List<Assessment> assessAll(List<Subject> subjects, LocalDate asOf) {
    Objects.requireNonNull(subjects, "subjects");
    AssessmentProvenance provenance = provenance(Objects.requireNonNull(asOf, "asOf"));
    List<Assessment> result = new ArrayList<>(subjects.size());
    for (Subject subject : subjects) {
      result.add(assess(subject, asOf, provenance));
    }
    return List.copyOf(result);
  }

  @Override
  public final Function<Subject, Assessment> at(LocalDate asOf) {
    AssessmentProvenance provenance = provenance(Objects.requireNonNull(asOf, "asOf"));
    return subject -> assess(subject, asOf, provenance);
  }

  private AssessmentProvenance provenance(LocalDate asOf) {
    return ModelSupport.provenance(catalogue(), id(), parameters(), asOf);
  }

  /**
   * Assesses one subject with a provenance already built for {@code asOf}.
   *
   * @param subject the subject
   * @param asOf the reference date
   * @param provenance the provenance for this model and {@code asOf}
   * @return the assessment
   */
  abstract Assessment assess(Subject subject, LocalDate asOf, AssessmentProvenance provenance);
}
