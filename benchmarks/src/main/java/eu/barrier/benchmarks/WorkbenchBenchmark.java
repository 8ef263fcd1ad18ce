package eu.barrier.benchmarks;

import eu.barrier.indicators.catalogue.Catalogues;
import eu.barrier.indicators.scoring.RiskModels;
import eu.barrier.workbench.evaluation.Evaluation;
import eu.barrier.workbench.evaluation.EvaluationOptions;
import eu.barrier.workbench.evaluation.EvaluationResult;
import eu.barrier.workbench.evaluation.LabelledData;
import eu.barrier.workbench.evaluation.ProgressListener;
import eu.barrier.workbench.evaluation.Scorer;
import eu.barrier.workbench.synthetic.CityGenerator;
import eu.barrier.workbench.synthetic.SyntheticCity;
import eu.barrier.workbench.synthetic.SyntheticParameters;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The researcher workbench in process, without file I/O: generating a synthetic city ({@code
 * generate}) and evaluating the built-in {@code barrier-admin} catalogue with the {@code weighted}
 * model on it ({@code evaluate}: 1000 bootstrap replicates, drop-one ablation, fairness), at
 * {@code @Param establishments}. Single-shot: each measurement is one full run, in seconds, in a
 * JVM capped at 1 GiB of heap.
 *
 * <p>Run (from the repository root):
 *
 * <pre>
 * ./mvnw -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar Workbench -f 1 -wi 1 -i 3
 * </pre>
 *
 * <p>The end-to-end figures with file I/O, JSON parsing and the HTML report come from the
 * documented commands in {@code docs/workbench.md} (section Performance).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@State(Scope.Benchmark)
public class WorkbenchBenchmark {

  /** Number of establishments in the city. */
  @Param({"100000"})
  public int establishments;

  private LabelledData data;
  private Scorer scorer;

  /** Generates the city once for {@link #evaluate()}. */
  @Setup
  public void setUp() {
    SyntheticCity city = CityGenerator.generate(SyntheticParameters.defaults(42, establishments));
    data = city.labelled();
    scorer = Scorer.of(RiskModels.compile("weighted", Catalogues.hashedBuiltIn("barrier-admin")),
        city.parameters().asOf());
  }

  /**
   * Generates a city.
   *
   * @return the city
   */
  @Benchmark
  public SyntheticCity generate() {
    return CityGenerator.generate(SyntheticParameters.defaults(42, establishments));
  }

  /**
   * Evaluates one scorer on the city.
   *
   * @return the evaluation
   */
  @Benchmark
  public EvaluationResult evaluate() {
    return Evaluation.evaluate(data, List.of(scorer), EvaluationOptions.DEFAULTS, ProgressListener.NONE);
  }
}
