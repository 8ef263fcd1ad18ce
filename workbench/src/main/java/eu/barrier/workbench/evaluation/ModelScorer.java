package eu.barrier.workbench.evaluation;

import eu.barrier.indicators.catalogue.Catalogue;
import eu.barrier.indicators.catalogue.Indicator;
import eu.barrier.indicators.scoring.AssessmentProvenance;
import eu.barrier.indicators.scoring.Outcome;
import eu.barrier.indicators.scoring.RiskModel;
import eu.barrier.indicators.scoring.Subject;
import eu.barrier.indicators.scoring.WeightedModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** A risk model as a {@link Scorer}; uses the weighted model's score-only path where it can. */
final class ModelScorer implements Scorer {

  private final RiskModel model;
  private final LocalDate asOf;
  private final List<String> levels;
  private final List<String> indicators;
  private final SortedMap<String, String> provenance;

  ModelScorer(RiskModel model, LocalDate asOf) {
    this.model = Objects.requireNonNull(model, "model");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.levels = levels(model instanceof WeightedModel
        ? EnumSet.of(Outcome.LOW, Outcome.MEDIUM, Outcome.HIGH)
        : EnumSet.of(Outcome.DIMENSION_SIGNAL, Outcome.EXPLOITATION_SIGNAL, Outcome.PRESUMED_TRAFFICKING));
    Catalogue catalogue = model.catalogue().catalogue();
    List<String> ids = new ArrayList<>();
    for (Indicator indicator : catalogue.indicators()) {
      ids.add(indicator.id());
    }
    this.indicators = List.copyOf(ids);
    // the provenance of an assessment of nothing: the same for every subject
    AssessmentProvenance p = model.assess(new Subject(
        new eu.barrier.core.observation.SubjectReference(catalogue.subjectKind(), "provenance"), List.of()), asOf)
        .provenance();
    TreeMap<String, String> map = new TreeMap<>();
    map.put("catalogue.id", p.catalogueId());
    map.put("catalogue.version", p.catalogueVersion().toString());
    map.put("catalogue.sha256", p.catalogueSha256());
    map.put("model.id", p.modelId());
    for (Map.Entry<String, String> e : p.modelParameters().entrySet()) {
      map.put("model.parameter." + e.getKey(), e.getValue());
    }
    map.put("library.version", p.libraryVersion());
    map.put("asOf", p.asOf().toString());
    this.provenance = Collections.unmodifiableSortedMap(map);
  }

  /**
   * The outcomes a model can reach above none, in the one ordering of outcomes ({@link
   * Outcome#BY_RANK}); a score's level is its outcome's rank, so the i-th level has rank i + 1.
   */
  private static List<String> levels(Set<Outcome> outcomes) {
    List<Outcome> sorted = outcomes.stream().filter(o -> o.rank() > 0).sorted(Outcome.BY_RANK)
        .collect(Collectors.toList());
    for (int i = 0; i < sorted.size(); i++) {
      if (sorted.get(i).rank() != i + 1) {
        throw new IllegalStateException("a model's levels have the ranks 1, 2, 3, ...");
      }
    }
    return sorted.stream().map(Outcome::id).collect(Collectors.toUnmodifiableList());
  }

  @Override
  public String name() {
    return model.catalogue().catalogue().reference() + " " + model.id();
  }

  @Override
  public List<String> levels() {
    return levels;
  }

  @Override
  public List<String> indicators() {
    return indicators;
  }

  @Override
  public SortedMap<String, String> provenance() {
    return provenance;
  }

  @Override
  public boolean givesProbabilities() {
    return false;
  }

  @Override
  public Score score(Subject subject) {
    if (model instanceof WeightedModel) {
      WeightedModel weighted = (WeightedModel) model;
      long milli = weighted.scoreMilli(subject, asOf);
      return Score.of(milli / 1000.0, weighted.level(milli).rank());
    }
    var assessment = model.assess(subject, asOf);
    return Score.of(assessment.scoreMilli() / 1000.0, assessment.outcome().rank());
  }

  @Override
  public String toString() {
    return "ModelScorer[" + name() + "]";
  }
}
