package eu.barrier.benchmarks;

import eu.barrier.privacy.internal.PseudonymDerivation;
import eu.barrier.privacy.oprf.BlindedBatch;
import eu.barrier.privacy.oprf.Evaluation;
import eu.barrier.privacy.oprf.OprfClient;
import eu.barrier.privacy.oprf.OprfMode;
import eu.barrier.privacy.oprf.OprfPrivateKey;
import eu.barrier.privacy.oprf.OprfServer;
import eu.barrier.privacy.oprf.OprfVerificationException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
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
 * The RFC 9497 POPRF (P256-SHA256) against the raw primitive it builds on, in the same run.
 *
 * <ul>
 *   <li>{@link #blindEvaluate}: the service's work for one request of {@code batch} blinded
 *       elements (POPRF tweak, one multiplication per element, one batched DLEQ proof), as the
 *       pseudonym service runs it. Multiply its ops/s by {@code batch} for evaluations per
 *       second.
 *   <li>{@link #clientBlindAndFinalize}: a partner's work for one request: hash to the curve and
 *       blind each input, then check the proof and unblind and hash each output (the server's
 *       answer is computed in the same operation, so subtract {@link #blindEvaluate}).
 *   <li>{@link #rawScalarMultiplication}: BouncyCastle's {@code ECPoint.multiply} of a P-256
 *       point by a random 256-bit scalar, normalised: the raw primitive. The point is created
 *       afresh from its coordinates each time, as every blinded element is, so BouncyCastle's
 *       per-point precomputation is not reused across calls. Report {@code
 *       blindEvaluate × batch / rawScalarMultiplication} (issue 19 target: at least 70 % at
 *       batch 100).
 * </ul>
 *
 * <p>Run (from the repository root):
 *
 * <pre>
 * ./mvnw -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar OprfBenchmark -f 1 -wi 3 -i 5
 * </pre>
 *
 * <p>Keys are random per run; inputs are the pk1/pk2 encodings of synthetic BSNs.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class OprfBenchmark {

  /** The key, client, server, a blinded batch and the raw operands, per thread. */
  @State(Scope.Thread)
  public static class Input {

    /** Elements per request. */
    @Param({"1", "100"})
    public int batch;

    SecureRandom random;
    OprfServer server;
    OprfClient client;
    byte[] info;
    List<byte[]> inputs;
    List<byte[]> blinded;
    ECCurve curve;
    BigInteger x;
    BigInteger y;
    BigInteger scalar;

    /** Generates the key, blinds one batch and picks the raw operands; checks a round trip. */
    @Setup
    public void setUp() throws OprfVerificationException {
      random = new SecureRandom();
      OprfPrivateKey key = OprfPrivateKey.generate(random);
      server = OprfServer.create(OprfMode.POPRF, key);
      client = OprfClient.create(OprfMode.POPRF, key.publicKey());
      info = "thb-signal ariec-limburg".getBytes(StandardCharsets.US_ASCII);
      inputs = new ArrayList<>();
      for (int i = 0; i < batch; i++) {
        inputs.add(PseudonymDerivation.input("nl-bsn", String.format("%09d", 100_000_000 + 7 * i)));
      }
      BlindedBatch b = client.blind(inputs, info, random);
      blinded = b.blindedElements();
      List<byte[]> out = client.finalizeBatch(b, server.blindEvaluate(blinded, info, random));
      if (!Arrays.equals(out.get(0), server.evaluate(inputs.get(0), info))) {
        throw new IllegalStateException("round trip does not equal Evaluate");
      }
      X9ECParameters p256 = CustomNamedCurves.getByName("secp256r1");
      scalar = new BigInteger(256, random).mod(p256.getN());
      ECPoint point = p256.getG().multiply(new BigInteger(256, random).mod(p256.getN())).normalize();
      curve = p256.getCurve();
      x = point.getAffineXCoord().toBigInteger();
      y = point.getAffineYCoord().toBigInteger();
    }
  }

  /**
   * The service's BlindEvaluate of one batch, with its proof.
   *
   * @param in the input
   * @return the evaluation
   */
  @Benchmark
  public Evaluation blindEvaluate(Input in) {
    return in.server.blindEvaluate(in.blinded, in.info, in.random);
  }

  /**
   * A partner's Blind and Finalize of one batch, with the server's answer in between.
   *
   * @param in the input
   * @return the outputs
   * @throws OprfVerificationException never (the proof is valid)
   */
  @Benchmark
  public List<byte[]> clientBlindAndFinalize(Input in) throws OprfVerificationException {
    BlindedBatch b = in.client.blind(in.inputs, in.info, in.random);
    return in.client.finalizeBatch(b, in.server.blindEvaluate(b.blindedElements(), in.info, in.random));
  }

  /**
   * The raw primitive: one P-256 scalar multiplication, normalised (independent of {@code batch}).
   *
   * @param in the input
   * @return the product
   */
  @Benchmark
  public ECPoint rawScalarMultiplication(Input in) {
    return in.curve.createPoint(in.x, in.y).multiply(in.scalar).normalize();
  }
}
