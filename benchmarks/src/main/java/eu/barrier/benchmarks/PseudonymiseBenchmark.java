package eu.barrier.benchmarks;

import eu.barrier.core.id.BeNationalNumber;
import eu.barrier.core.id.Identifier;
import eu.barrier.core.id.IdentifierType;
import eu.barrier.privacy.InsecureSecretAccess;
import eu.barrier.privacy.SecretAccess;
import eu.barrier.privacy.internal.PseudonymDerivation;
import eu.barrier.privacy.key.KeySet;
import eu.barrier.privacy.pseudonym.PseudonymContext;
import eu.barrier.privacy.pseudonym.Pseudonymiser;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of keyed pseudonyms against the raw primitive in the same run: {@link #pseudonymise}
 * (a parsed identifier to a {@code Pseudonym} under the primary key of a key set) against {@link
 * #rawHmacSha256} (HMAC-SHA-256 under the same derived key over the same input bytes, the
 * unambiguous encoding of type and canonical value). Report {@code pseudonymise / rawHmacSha256}
 * (target at least 60 %). {@link #parseAndPseudonymise} adds parsing the written form, for
 * information.
 *
 * <p>Run (from the repository root):
 *
 * <pre>
 * ./mvnw -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar PseudonymiseBenchmark -f 1 -wi 3 -i 5
 * </pre>
 *
 * <p>The identifier is a published synthetic Belgian national number; keys are random per run.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(3)
public class PseudonymiseBenchmark {

  /** Keys, the pseudonymiser, the raw MAC and the input, per thread. */
  @State(Scope.Thread)
  public static class Input {
    Pseudonymiser pseudonymiser;
    Identifier identifier;
    Mac raw;
    byte[] rawInput;

    /** Builds a key set, derives the context key and encodes the input once. */
    @Setup
    public void setUp() {
      SecureRandom random = new SecureRandom();
      KeySet keys = KeySet.generate(random);
      PseudonymContext context = PseudonymContext.of("thb-signal", "ariec-limburg");
      pseudonymiser = Pseudonymiser.create(keys, context);
      identifier = BeNationalNumber.parse("85.07.30-033.28");
      SecretAccess access = InsecureSecretAccess.get();
      byte[] root = keys.primary().material(access).orElseThrow().toByteArray(access);
      byte[] domain = PseudonymDerivation.domainKey(root, context.purpose(), context.recipient(), keys.primary().id());
      raw = PseudonymDerivation.hmacSha256(domain);
      rawInput = PseudonymDerivation.input(identifier.type().id(), identifier.canonical());
      if (!java.util.Arrays.equals(raw.doFinal(rawInput), pseudonymiser.pseudonymise(identifier).tag())) {
        throw new IllegalStateException("raw baseline does not compute the same tag");
      }
    }
  }

  /**
   * A parsed identifier to its pseudonym.
   *
   * @param in the input
   * @return the pseudonym
   */
  @Benchmark
  public Object pseudonymise(Input in) {
    return in.pseudonymiser.pseudonymise(in.identifier);
  }

  /**
   * The raw primitive: HMAC-SHA-256 over the same bytes under the same key.
   *
   * @param in the input
   * @return the tag
   */
  @Benchmark
  public byte[] rawHmacSha256(Input in) {
    return in.raw.doFinal(in.rawInput);
  }

  /**
   * Parsing the written form, then pseudonymising.
   *
   * @param in the input
   * @return the pseudonym
   */
  @Benchmark
  public Object parseAndPseudonymise(Input in) {
    return in.pseudonymiser.pseudonymise(IdentifierType.BE_NATIONAL_NUMBER, "85.07.30-033.28");
  }
}
