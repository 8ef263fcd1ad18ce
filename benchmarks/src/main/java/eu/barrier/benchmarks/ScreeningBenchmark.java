package eu.barrier.benchmarks;

import eu.barrier.core.observation.Observation;
import eu.barrier.indicators.catalogue.Catalogue;
import eu.barrier.indicators.scoring.Assessment;
import eu.barrier.indicators.scoring.RiskModel;
import eu.barrier.indicators.scoring.Subject;
import eu.barrier.screening.ObservedEstablishment;
import eu.barrier.screening.ScreenedEstablishment;
import eu.barrier.screening.Screening;
import eu.barrier.screening.ScreeningResult;
import java.util.ArrayList;
import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Batch screening of {@value #ESTABLISHMENTS} synthetic establishments ({@link ScreeningData}: 60 %
 * without observations, the rest with one to eight) with the default catalogues, against the bare
 * explained scoring of the same observations. One operation is one establishment, so the scores
 * are establishments per second on one thread.
 *
 * <ul>
 *   <li>{@code assessedScoring} (the bare baseline): for each establishment, {@link RiskModel#assess}
 *       of every catalogue that applies to its sector on that catalogue's observations (routed in
 *       {@code @Setup}): contributions, trace and provenance, no explanation text.
 *   <li>{@code explainedScoring} (the baseline the issue names): for each establishment, {@link RiskModel#assess}
 *       of every catalogue that applies to its sector on that catalogue's observations (routed in
 *       {@code @Setup}), plus the explanation of each assessment: what screening builds on.
 *   <li>{@code screenAll}: {@link Screening#screenAll}: routing, a score-only pass that counts
 *       establishments without a signal, full assessments with reasons and services for the
 *       others, and the ranking of those kept.
 *   <li>{@code screenEach}: {@link Screening#screen} of every establishment (the permit desk path,
 *       fully explained), plus the explanation of its leading assessment.
 * </ul>
 *
 * <p>Run (from the repository root):
 *
 * <pre>
 * ./mvnw -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar Screening -f 1 -wi 3 -i 5 -w 2 -r 2
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ScreeningBenchmark {

  static final int ESTABLISHMENTS = 20_000;

  private Screening screening;
  private List<ObservedEstablishment> batch;
  private List<List<Subject>> routed;
  private List<List<RiskModel>> routedModels;

  /** Builds the batch and routes its observations for the baseline. */
  @Setup
  public void setUp() {
    screening = Screening.builder().build();
    ScreeningData data = new ScreeningData(screening);
    batch = new ArrayList<>(ESTABLISHMENTS);
    routed = new ArrayList<>(ESTABLISHMENTS);
    routedModels = new ArrayList<>(ESTABLISHMENTS);
    for (int i = 0; i < ESTABLISHMENTS; i++) {
      ObservedEstablishment e = data.establishment(i, 42);
      batch.add(e);
      List<Subject> subjects = new ArrayList<>();
      List<RiskModel> models = new ArrayList<>();
      for (RiskModel m : screening.models()) {
        if (Screening.applies(m.catalogue().catalogue(), e.sector())) {
          Catalogue c = m.catalogue().catalogue();
          List<Observation> own = new ArrayList<>();
          for (Observation o : e.observations()) {
            if (c.indicator(o.indicatorId()).isPresent()) {
              own.add(o);
            }
          }
          subjects.add(new Subject(e.subject(), own));
          models.add(m);
        }
      }
      routed.add(subjects);
      routedModels.add(models);
    }
    ScreeningResult check = screening.screenAll(batch, ScreeningData.AS_OF);
    if (check.total() != ESTABLISHMENTS || check.establishments().isEmpty()) {
      throw new IllegalStateException("the benchmark batch must have signals");
    }
  }

  /**
   * The bare baseline: the assessments alone, catalogue by catalogue.
   *
   * @param bh the blackhole
   */
  @Benchmark
  @OperationsPerInvocation(ESTABLISHMENTS)
  public void assessedScoring(Blackhole bh) {
    for (int i = 0; i < ESTABLISHMENTS; i++) {
      List<Subject> subjects = routed.get(i);
      List<RiskModel> models = routedModels.get(i);
      for (int c = 0; c < subjects.size(); c++) {
        bh.consume(models.get(c).assess(subjects.get(c), ScreeningData.AS_OF));
      }
    }
  }

  /**
   * The baseline: explained scoring of the same observations, catalogue by catalogue.
   *
   * @param bh the blackhole
   */
  @Benchmark
  @OperationsPerInvocation(ESTABLISHMENTS)
  public void explainedScoring(Blackhole bh) {
    for (int i = 0; i < ESTABLISHMENTS; i++) {
      List<Subject> subjects = routed.get(i);
      List<RiskModel> models = routedModels.get(i);
      for (int c = 0; c < subjects.size(); c++) {
        Assessment a = models.get(c).assess(subjects.get(c), ScreeningData.AS_OF);
        bh.consume(a.explanation(eu.barrier.core.Language.EN));
      }
    }
  }

  /**
   * The nightly batch.
   *
   * @return the result
   */
  @Benchmark
  @OperationsPerInvocation(ESTABLISHMENTS)
  public ScreeningResult screenAll() {
    return screening.screenAll(batch, ScreeningData.AS_OF);
  }

  /**
   * One by one, fully explained.
   *
   * @param bh the blackhole
   */
  @Benchmark
  @OperationsPerInvocation(ESTABLISHMENTS)
  public void screenEach(Blackhole bh) {
    for (ObservedEstablishment e : batch) {
      ScreenedEstablishment s = screening.screen(e, ScreeningData.AS_OF);
      bh.consume(s.leading().map(a -> a.explanation(eu.barrier.core.Language.EN)).orElse(null));
    }
  }
}
