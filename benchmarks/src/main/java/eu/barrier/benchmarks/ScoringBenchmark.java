package eu.barrier.benchmarks;

import eu.barrier.core.observation.Agency;
import eu.barrier.core.observation.Grading;
import eu.barrier.core.observation.GradingScheme;
import eu.barrier.core.observation.Observation;
import eu.barrier.core.observation.ObservedPeriod;
import eu.barrier.core.observation.SubjectKind;
import eu.barrier.core.observation.SubjectReference;
import eu.barrier.indicators.catalogue.Basis;
import eu.barrier.indicators.catalogue.Catalogue;
import eu.barrier.indicators.catalogue.Category;
import eu.barrier.indicators.catalogue.HashedCatalogue;
import eu.barrier.indicators.catalogue.Indicator;
import eu.barrier.core.Language;
import eu.barrier.indicators.catalogue.LocalizedText;
import eu.barrier.indicators.catalogue.Provenance;
import eu.barrier.indicators.catalogue.Purpose;
import eu.barrier.indicators.catalogue.SemanticVersion;
import eu.barrier.indicators.catalogue.SourceDocument;
import eu.barrier.indicators.catalogue.Strength;
import eu.barrier.indicators.catalogue.Verification;
import eu.barrier.indicators.scoring.Assessment;
import eu.barrier.indicators.scoring.Subject;
import eu.barrier.indicators.scoring.WeightedModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code weighted} scoring of {@value #SUBJECTS} establishments with {@value #PER_SUBJECT}
 * observations each, from a synthetic 40-indicator establishment catalogue (strong, medium, weak
 * and provisional strengths over the seven barriers; Europol gradings or none; ages 0 to 3 years).
 * JMH counts one operation per observation ({@code @OperationsPerInvocation}), so the scores are
 * observations per second on one thread.
 *
 * <ul>
 *   <li>{@code scoreOnly}: {@link WeightedModel#scoreMilli} per subject.
 *   <li>{@code explained}: {@link WeightedModel#assess} (contributions, trace, provenance) plus the
 *       English explanation text, one subject at a time (streaming).
 *   <li>{@code explainedBatch}: the same through {@link WeightedModel#assessAll}, holding all
 *       100 000 assessments at once.
 *   <li>{@code baselineBooleanArray}: the bare loop: the same subjects as {@code boolean[40]} of
 *       indicators present, summing a {@code double[40]} of weights. Report the other two as a
 *       ratio to it.
 * </ul>
 *
 * <p>Run (from the repository root):
 *
 * <pre>
 * ./mvnw -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar Scoring -f 1 -wi 2 -i 3 -w 2 -r 2
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ScoringBenchmark {

  static final int SUBJECTS = 100_000;
  static final int PER_SUBJECT = 8;
  static final int INDICATORS = 40;
  static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

  WeightedModel model;
  List<Subject> subjects;
  boolean[][] present;
  double[] weights;

  /** Builds the catalogue, the model and the subjects with a fixed seed. */
  @Setup
  public void setUp() {
    Random random = new Random(20260601L);
    List<Indicator> indicators = new ArrayList<>();
    Category[] barriers = {Category.RECRUITMENT, Category.ENTRY_IDENTITY, Category.RESIDENCE_STATUS, Category.HOUSING,
        Category.WORK, Category.FINANCES, Category.TRANSPORT};
    Strength[] strengths = Strength.values();
    for (int i = 0; i < INDICATORS; i++) {
      String id = String.format("BENCH-%02d", i);
      indicators.add(new Indicator(id, LocalizedText.of("Signaal " + i, "Signal " + i, "Signal " + i),
          LocalizedText.of("nl", "fr", "Synthetic signal."), barriers[i % barriers.length],
          strengths[i % strengths.length], Set.of(Agency.PERMIT_DESK), Set.of(), Basis.BEHAVIOUR, List.of(), List.of(),
          Optional.empty()));
    }
    Catalogue catalogue = new Catalogue("bench-establishments", new SemanticVersion(1, 0, 0),
        LocalizedText.of("Bench", "Bench", "Bench"), LocalizedText.of("Bench.", "Bench.", "Bench."),
        SubjectKind.ESTABLISHMENT, Purpose.AUTOMATED_SCORING, false,
        new Provenance(Verification.UNVERIFIED, List.of(new SourceDocument("synthetic", "Synthetic",
            Optional.empty(), Optional.empty())), Optional.empty()), indicators);
    model = WeightedModel.compile(new HashedCatalogue(catalogue, "0".repeat(64)));
    weights = new double[INDICATORS];
    for (int i = 0; i < INDICATORS; i++) {
      weights[i] = model.scoring().points(indicators.get(i).strength());
    }
    String[] sources = {"A", "B", "C", "X"};
    subjects = new ArrayList<>(SUBJECTS);
    present = new boolean[SUBJECTS][];
    for (int s = 0; s < SUBJECTS; s++) {
      SubjectReference ref = SubjectReference.of(SubjectKind.ESTABLISHMENT, "E-" + s);
      List<Observation> observations = new ArrayList<>(PER_SUBJECT);
      boolean[] flags = new boolean[INDICATORS];
      for (int o = 0; o < PER_SUBJECT; o++) {
        int i = random.nextInt(INDICATORS);
        flags[i] = true;
        Grading grading = random.nextInt(3) == 0 ? null
            : Grading.of(GradingScheme.EUROPOL_4X4, sources[random.nextInt(4)], Integer.toString(1 + random.nextInt(4)));
        observations.add(new Observation(indicators.get(i).id(), ref,
            ObservedPeriod.on(AS_OF.minusDays(random.nextInt(3 * 365))), Agency.PERMIT_DESK, grading, null, null));
      }
      subjects.add(new Subject(ref, observations));
      present[s] = flags;
    }
  }

  /**
   * Score only.
   *
   * @return the sum of scores, so that nothing is optimised away
   */
  @Benchmark
  @OperationsPerInvocation(SUBJECTS * PER_SUBJECT)
  public long scoreOnly() {
    long sum = 0;
    for (Subject subject : subjects) {
      sum += model.scoreMilli(subject, AS_OF);
    }
    return sum;
  }

  /**
   * Full assessment with contributions, trace and provenance, plus the English explanation.
   *
   * @return a checksum
   */
  @Benchmark
  @OperationsPerInvocation(SUBJECTS * PER_SUBJECT)
  public long explained() {
    long sum = 0;
    for (Subject subject : subjects) {
      Assessment a = model.assess(subject, AS_OF);
      sum += a.scoreMilli() + a.explanation(Language.EN).length();
    }
    return sum;
  }

  /**
   * As {@link #explained()}, through the batch API: all 100 000 assessments are held in one list
   * before the explanations are written, so the cost includes keeping them alive (old-generation GC).
   *
   * @return a checksum
   */
  @Benchmark
  @OperationsPerInvocation(SUBJECTS * PER_SUBJECT)
  public long explainedBatch() {
    long sum = 0;
    for (Assessment a : model.assessAll(subjects, AS_OF)) {
      sum += a.scoreMilli() + a.explanation(Language.EN).length();
    }
    return sum;
  }

  /**
   * The bare loop: sum the weights of the indicators present, over a {@code boolean[40]} per subject.
   *
   * @return the sum
   */
  @Benchmark
  @OperationsPerInvocation(SUBJECTS * PER_SUBJECT)
  public double baselineBooleanArray() {
    double sum = 0;
    for (boolean[] flags : present) {
      for (int i = 0; i < INDICATORS; i++) {
        if (flags[i]) {
          sum += weights[i];
        }
      }
    }
    return sum;
  }
}
