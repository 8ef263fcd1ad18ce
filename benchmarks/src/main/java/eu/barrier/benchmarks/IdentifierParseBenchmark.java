package eu.barrier.benchmarks;

import eu.barrier.core.id.BeEnterpriseNumber;
import eu.barrier.core.id.BeEstablishmentUnitNumber;
import eu.barrier.core.id.BeNationalNumber;
import eu.barrier.core.id.Identifier;
import eu.barrier.core.id.NlBsn;
import eu.barrier.core.id.NlEstablishmentNumber;
import eu.barrier.core.id.NlKvkNumber;
import eu.barrier.core.id.NlRsin;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of {@code parse} for each identifier type, from its display form, against baselines of the
 * raw arithmetic in the same class: {@code Long.parseLong} of the digits plus {@code % 97}, and the
 * bare 11-test loop. Report each parse as a ratio to its baseline ({@code parseBeEnterprise /
 * baselineMod97}, {@code parseNlBsn / baselineElevenTest}); the difference is the cost of reading
 * written forms, range and date checks and the allocation of the value.
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
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(3)
public class IdentifierParseBenchmark {

  private static final int[] WEIGHTS = {9, 8, 7, 6, 5, 4, 3, 2, -1};

  // non-final fields so the JIT cannot constant-fold the inputs
  String enterprise = "0203.201.340";
  String enterpriseDigits = "0203201340";
  String establishmentUnit = "2.104.471.814";
  String nationalNumber = "85.07.30-033.28";
  String bsn = "111222333";
  String rsin = "123456782";
  String kvk = "12345678";
  String nlEstablishment = "000012345678";

  /**
   * Baseline: the mod-97 check of a 10-digit number already reduced to digits.
   *
   * @return whether the check digits match
   */
  @Benchmark
  public boolean baselineMod97() {
    long value = Long.parseLong(enterpriseDigits);
    return 97 - (value / 100) % 97 == value % 100;
  }

  /**
   * Baseline: the 11-test loop over 9 digits.
   *
   * @return whether the test passes
   */
  @Benchmark
  public boolean baselineElevenTest() {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += WEIGHTS[i] * (bsn.charAt(i) - '0');
    }
    return sum % 11 == 0;
  }

  /**
   * Parses a Belgian enterprise number.
   *
   * @return the identifier
   */
  @Benchmark
  public Identifier parseBeEnterprise() {
    return BeEnterpriseNumber.parse(enterprise);
  }

  /**
   * Parses a Belgian establishment unit number.
   *
   * @return the identifier
   */
  @Benchmark
  public Identifier parseBeEstablishmentUnit() {
    return BeEstablishmentUnitNumber.parse(establishmentUnit);
  }

  /**
   * Parses a Belgian national register number (checks both century rules and the date).
   *
   * @return the identifier
   */
  @Benchmark
  public Identifier parseBeNationalNumber() {
    return BeNationalNumber.parse(nationalNumber);
  }

  /**
   * Parses a Dutch BSN.
   *
   * @return the identifier
   */
  @Benchmark
  public Identifier parseNlBsn() {
    return NlBsn.parse(bsn);
  }

  /**
   * Parses a Dutch RSIN.
   *
   * @return the identifier
   */
  @Benchmark
  public Identifier parseNlRsin() {
    return NlRsin.parse(rsin);
  }

  /**
   * Parses a Dutch KvK number.
   *
   * @return the identifier
   */
  @Benchmark
  public Identifier parseNlKvk() {
    return NlKvkNumber.parse(kvk);
  }

  /**
   * Parses a Dutch establishment number.
   *
   * @return the identifier
   */
  @Benchmark
  public Identifier parseNlEstablishment() {
    return NlEstablishmentNumber.parse(nlEstablishment);
  }
}
