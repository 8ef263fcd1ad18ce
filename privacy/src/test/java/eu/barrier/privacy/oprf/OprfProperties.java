package eu.barrier.privacy.oprf;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bouncycastle.math.ec.ECPoint;

final class OprfProperties {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final OprfPrivateKey KEY = OprfPrivateKey.generate(RANDOM);

  @Provide
  Arbitrary<List<byte[]>> batches() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(40).list().ofMinSize(1).ofMaxSize(4);
  }

  @Property(tries = 10)
  void everyMode_blindEvaluateFinalize_equalsEvaluate(@ForAll("batches") List<byte[]> inputs,
      @ForAll byte[] info) throws Exception {
    for (OprfMode mode : OprfMode.values()) {
      OprfServer server = OprfServer.create(mode, KEY);
      OprfClient client = OprfClient.create(mode, mode.isVerifiable() ? server.publicKey() : null);
      boolean poprf = mode == OprfMode.POPRF;
      BlindedBatch batch = poprf ? client.blind(inputs, info, RANDOM) : client.blind(inputs, RANDOM);
      Evaluation evaluation = poprf
          ? server.blindEvaluate(batch.blindedElements(), info, RANDOM)
          : server.blindEvaluate(batch.blindedElements(), RANDOM);
      List<byte[]> outputs = client.finalizeBatch(batch, evaluation);
      List<byte[]> direct = new ArrayList<>();
      for (byte[] input : inputs) {
        direct.add(poprf ? server.evaluate(input, info) : server.evaluate(input));
      }
      assertThat(outputs).containsExactlyElementsOf(direct);
    }
  }

  @Property(tries = 200)
  void deserialize_anyBytes_isNullOrAValidNonIdentityPoint(@ForAll byte[] bytes) {
    ECPoint p = P256Sha256.deserialize(bytes);
    if (p != null) {
      assertThat(p.isValid()).isTrue();
      assertThat(p.isInfinity()).isFalse();
      assertThat(P256Sha256.serialize(p)).isEqualTo(bytes);
    }
  }

  @Property(tries = 30)
  void multiplySecret_anyScalar_equalsPlainMultiplication(@ForAll byte[] seed) {
    java.math.BigInteger k = new java.math.BigInteger(1, P256Sha256.hash(seed)).mod(P256Sha256.ORDER);
    ECPoint p = P256Sha256.multiplyGenerator(java.math.BigInteger.valueOf(seed.length + 2L));
    assertThat(P256Sha256.multiplySecret(p, k, RANDOM)).isEqualTo(p.multiply(k).normalize());
  }

  @Property(tries = 10)
  void multiplySecretAll_anyPoints_equalsPlainMultiplicationOfEach(@ForAll byte[] seed) {
    java.math.BigInteger k = new java.math.BigInteger(1, P256Sha256.hash(seed)).mod(P256Sha256.ORDER);
    ECPoint[] points = new ECPoint[1 + seed.length % 5];
    for (int i = 0; i < points.length; i++) {
      points[i] = P256Sha256.multiplyGenerator(java.math.BigInteger.valueOf(seed.length + 2L + i));
    }
    ECPoint[] products = P256Sha256.multiplySecretAll(points, k, RANDOM);
    for (int i = 0; i < points.length; i++) {
      assertThat(products[i].isNormalized()).isTrue();
      assertThat(products[i]).isEqualTo(points[i].multiply(k).normalize());
    }
  }
}
