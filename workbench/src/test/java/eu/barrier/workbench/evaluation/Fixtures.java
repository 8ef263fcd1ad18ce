package eu.barrier.workbench.evaluation;

import eu.barrier.core.observation.Agency;
import eu.barrier.core.observation.Observation;
import eu.barrier.core.observation.ObservedPeriod;
import eu.barrier.core.observation.SubjectKind;
import eu.barrier.core.observation.SubjectReference;
import eu.barrier.indicators.scoring.Subject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** Small labelled data and scorers for evaluation tests. */
final class Fixtures {

  static final LocalDate DAY = LocalDate.of(2026, 5, 1);

  private Fixtures() {}

  static Subject subject(String key, String... indicators) {
    SubjectReference ref = new SubjectReference(SubjectKind.ESTABLISHMENT, key);
    List<Observation> observations = new ArrayList<>();
    for (String id : indicators) {
      observations.add(new Observation(id, ref, ObservedPeriod.of(DAY, DAY), Agency.PERMIT_DESK, null, null, null));
    }
    return new Subject(ref, observations);
  }

  static LabelledSubject labelled(String key, boolean label, String group, String... indicators) {
    return new LabelledSubject(subject(key, indicators), label, Optional.ofNullable(group));
  }

  /** A scorer that counts observations: score = count, level = min(count, 2). */
  static Scorer counting(String name, List<String> indicators) {
    return new TestScorer(name, indicators, null);
  }

  /** A scorer with fixed scores and levels per subject key (and optional probabilities). */
  static Scorer fixed(String name, Map<String, Score> scores) {
    return new TestScorer(name, List.of(), scores);
  }

  private static final class TestScorer implements Scorer {
    private final String name;
    private final List<String> indicators;
    private final Map<String, Score> scores;

    TestScorer(String name, List<String> indicators, Map<String, Score> scores) {
      this.name = name;
      this.indicators = List.copyOf(indicators);
      this.scores = scores;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public List<String> levels() {
      return List.of("one", "two");
    }

    @Override
    public List<String> indicators() {
      return indicators;
    }

    @Override
    public SortedMap<String, String> provenance() {
      return new TreeMap<>(Map.of("scorer", name));
    }

    @Override
    public boolean givesProbabilities() {
      return scores != null && scores.values().stream().allMatch(s -> s.probability().isPresent());
    }

    @Override
    public Score score(Subject subject) {
      if (scores != null) {
        return scores.get(subject.reference().key());
      }
      int count = (int) subject.observations().stream().filter(o -> indicators.contains(o.indicatorId())).count();
      return Score.of(count, Math.min(count, 2));
    }
  }
}
