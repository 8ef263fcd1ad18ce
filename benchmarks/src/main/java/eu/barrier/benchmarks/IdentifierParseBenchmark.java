package eu.barrier.benchmarks;

import eu.barrier.core.id.Identifier;
import eu.barrier.core.id.IdentifierType;
import java.util.Map;
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
 * Cost of {@code IdentifierType.parse} for each identifier type ({@code @Param type}), from its
 * display form, against baselines of the raw arithmetic in the same class: {@code Long.parseLong}
 * of the digits plus {@code % 97}, and the bare 11-test loop. Report parse as a ratio to its
 * baseline ({@code parse:be-enterprise / baselineMod97}, {@code parse:nl-bsn /
 * baselineElevenTest}); the difference is the cost of reading written forms, range and date checks
 * and allocating the value. The baselines do not depend on {@code type}.
 *
 * <p>Run (from the repository root):
 *
 * <pre>
 * ./mvnw -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar IdentifierParse -f 1 -wi 2 -i 3 -w 1 -r 1
 * </pre>
 *
 * <p>For figures to publish use the defaults ({@code -f 5}, longer iterations). All inputs are
 * published test numbers or synthetic values with valid check digits.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(3)
public class IdentifierParseBenchmark {

  private static final int[] WEIGHTS = {9, 8, 7, 6, 5, 4, 3, 2, -1};

  /** The input of {@link #parse}: one identifier type per {@code @Param} value. */
  @State(Scope.Benchmark)
  public static class Input {

    /** The identifier type, by its {@link IdentifierType#id()}. */
    @Param({
      "be-enterprise",
      "be-establishment",
      "be-national-number",
      "nl-bsn",
      "nl-rsin",
      "nl-kvk",
      "nl-establishment"
    })
    public String type;

    IdentifierType identifierType;
    String display;

    /** Looks up the type and its display form: published test numbers or synthetic ones. */
    @Setup
    public void setUp() {
      identifierType = IdentifierType.fromId(type);
      display =
          Map.of(
                  IdentifierType.BE_ENTERPRISE, "0203.201.340",
                  IdentifierType.BE_ESTABLISHMENT, "2.104.471.814",
                  IdentifierType.BE_NATIONAL_NUMBER, "85.07.30-033.28",
                  IdentifierType.NL_BSN, "111222333",
                  IdentifierType.NL_RSIN, "123456782",
                  IdentifierType.NL_KVK, "12345678",
                  IdentifierType.NL_ESTABLISHMENT, "000012345678")
              .get(identifierType);
    }
  }

  /** The inputs of the baselines, already reduced to digits; fields so the JIT cannot fold them. */
  @State(Scope.Benchmark)
  public static class RawDigits {
    String enterprise = "0203201340";
    String bsn = "111222333";
  }

  /**
   * Baseline: the mod-97 check of a 10-digit number already reduced to digits.
   *
   * @param raw the digits
   * @return whether the check digits match
   */
  @Benchmark
  public boolean baselineMod97(RawDigits raw) {
    long value = Long.parseLong(raw.enterprise);
    return 97 - (value / 100) % 97 == value % 100;
  }

  /**
   * Baseline: the 11-test loop over 9 digits.
   *
   * @param raw the digits
   * @return whether the test passes
   */
  @Benchmark
  public boolean baselineElevenTest(RawDigits raw) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += WEIGHTS[i] * (raw.bsn.charAt(i) - '0');
    }
    return sum % 11 == 0;
  }

  /**
   * Parses the display form of the current type.
   *
   * @param input the type and its display form
   * @return the identifier
   */
  @Benchmark
  public Identifier parse(Input input) {
    return input.identifierType.parse(input.display);
  }
}
