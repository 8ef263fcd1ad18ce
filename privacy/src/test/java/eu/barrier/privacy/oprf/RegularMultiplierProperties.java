package eu.barrier.privacy.oprf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECPoint;

/** The regular multiplier for secret scalars and the interleaved sum for public ones, against BouncyCastle. */
final class RegularMultiplierProperties {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final BigInteger N = P256Sha256.ORDER;

  /** Scalars in [1, n): the edges (1, 2, n − 1, n − 2, …), small ones, ones with top bits set, random ones. */
  @Provide
  Arbitrary<BigInteger> scalars() {
    BigInteger two = BigInteger.TWO;
    return Arbitraries.oneOf(
        Arbitraries.of(BigInteger.ONE, two, BigInteger.valueOf(3), BigInteger.valueOf(16), BigInteger.valueOf(31),
            BigInteger.valueOf(32), N.subtract(BigInteger.ONE), N.subtract(two), N.subtract(BigInteger.valueOf(3)),
            N.subtract(BigInteger.valueOf(32)), two.pow(255), two.pow(255).add(BigInteger.ONE), N.shiftRight(1),
            N.shiftRight(1).add(BigInteger.ONE)),
        Arbitraries.bigIntegers().between(BigInteger.ONE, BigInteger.valueOf(1 << 20)),
        Arbitraries.bigIntegers().between(N.subtract(BigInteger.valueOf(1 << 20)), N.subtract(BigInteger.ONE)),
        Arbitraries.bigIntegers().between(BigInteger.ONE, N.subtract(BigInteger.ONE)));
  }

  /** Points as multiples of the generator; small multiples make points that are multiples of each other. */
  @Provide
  Arbitrary<ECPoint> points() {
    return Arbitraries.oneOf(
            Arbitraries.bigIntegers().between(BigInteger.ONE, BigInteger.valueOf(8)),
            Arbitraries.bigIntegers().between(BigInteger.ONE, N.subtract(BigInteger.ONE)))
        .map(P256Sha256::multiplyGenerator);
  }

  @Property(tries = 40)
  void multiplySecretEach_anyPointsAndScalars_equalsBouncyCastlesMultiply(
      @ForAll @Size(min = 1, max = 6) List<@From("points") ECPoint> points,
      @ForAll @Size(min = 6, max = 6) List<@From("scalars") BigInteger> scalars) {
    ECPoint[] p = points.toArray(ECPoint[]::new);
    BigInteger[] k = scalars.subList(0, p.length).toArray(BigInteger[]::new);
    ECPoint[] products = P256Sha256.multiplySecretEach(p, k, RANDOM);
    for (int i = 0; i < p.length; i++) {
      assertThat(products[i].isNormalized()).isTrue();
      assertThat(products[i]).isEqualTo(p[i].multiply(k[i]).normalize());
    }
  }

  @Property(tries = 40)
  void multiplySecretAll_multiplesOfOnePointInOneBatch_equalsBouncyCastlesMultiply(
      @ForAll("points") ECPoint p, @ForAll("scalars") BigInteger k) {
    ECPoint[] batch = {p, p.twice(), p.threeTimes(), p.negate(), p, p.timesPow2(5)};
    ECPoint[] products = P256Sha256.multiplySecretAll(batch, k, RANDOM);
    for (int i = 0; i < batch.length; i++) {
      assertThat(products[i]).isEqualTo(batch[i].multiply(k).normalize());
    }
  }

  @Property(tries = 30)
  void multiply_everyWidth_equalsBouncyCastlesMultiply(@ForAll @IntRange(min = 2, max = 7) int width,
      @ForAll("points") ECPoint p, @ForAll("scalars") BigInteger k) {
    RegularMultiplier multiplier = new RegularMultiplier(P256Sha256.CURVE, N, width);
    ECPoint[] products = multiplier.multiply(multiplier.tables(new ECPoint[] {p, p}), new BigInteger[] {k, k.subtract(BigInteger.ONE)},
        P256Sha256.randomMask(RANDOM));
    assertThat(products[0]).isEqualTo(p.multiply(k).normalize());
    assertThat(products[1]).isEqualTo(p.multiply(k.subtract(BigInteger.ONE)).normalize());
  }

  /**
   * The recoding gives the scalar back, and the same shape for every scalar: one digit per
   * window, every digit odd (so non-zero) and within the table, so every window does w doublings
   * and exactly one addition whatever the key.
   */
  @Property(tries = 300)
  void recode_anyScalar_reconstructsItWithOneOddDigitPerWindow(@ForAll @IntRange(min = 2, max = 7) int width,
      @ForAll("scalars") BigInteger k) {
    RegularMultiplier multiplier = new RegularMultiplier(P256Sha256.CURVE, N, width);
    int[] digits = multiplier.recode(k);
    assertThat(digits).hasSize(multiplier.windows()).hasSize((256 + width - 1) / width);
    BigInteger sum = BigInteger.ZERO;
    for (int i = digits.length - 1; i >= 0; i--) {
      assertThat(Math.abs(digits[i]) % 2).as("digit %d of %d", i, digits.length).isEqualTo(1);
      assertThat(Math.abs(digits[i])).isLessThan(1 << width);
      sum = sum.shiftLeft(width).add(BigInteger.valueOf(digits[i]));
    }
    assertThat(sum.mod(N)).isEqualTo(k);
  }

  /** An even scalar is recoded as n − k with every digit negated (by a mask, not a branch). */
  @Property(tries = 100)
  void recode_evenScalar_isTheNegatedRecodingOfItsOddComplement(@ForAll("scalars") BigInteger k) {
    BigInteger even = k.testBit(0) ? N.subtract(k) : k;
    RegularMultiplier multiplier = new RegularMultiplier(P256Sha256.CURVE, N, P256Sha256.WINDOW_WIDTH);
    int[] evenDigits = multiplier.recode(even);
    int[] oddDigits = multiplier.recode(N.subtract(even));
    for (int i = 0; i < evenDigits.length; i++) {
      assertThat(evenDigits[i]).isEqualTo(-oddDigits[i]);
    }
  }

  @Example
  void recode_scalarsOneAndNMinusOne_giveOppositeDigits() {
    RegularMultiplier multiplier = new RegularMultiplier(P256Sha256.CURVE, N, 4);
    int[] one = multiplier.recode(BigInteger.ONE);
    assertThat(one[one.length - 1]).isEqualTo(1);
    assertThat(one[0]).isEqualTo(-15);
    int[] minusOne = multiplier.recode(N.subtract(BigInteger.ONE));
    for (int i = 0; i < one.length; i++) {
      assertThat(minusOne[i]).isEqualTo(-one[i]);
    }
  }

  @Example
  void constructor_evenOrderOrWidthOutOfRange_refused() {
    assertThatThrownBy(() -> new RegularMultiplier(P256Sha256.CURVE, N.add(BigInteger.ONE), 4))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RegularMultiplier(P256Sha256.CURVE, N, 8)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RegularMultiplier(P256Sha256.CURVE, N, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Property(tries = 30)
  void sumOfMultiplies_anyPublicScalars_equalsBouncyCastlesSum(
      @ForAll @Size(min = 2, max = 6) List<@From("points") ECPoint> points,
      @ForAll @Size(min = 6, max = 6) List<@From("scalars") BigInteger> scalars) {
    ECPoint[] p = points.toArray(ECPoint[]::new);
    BigInteger[] k = scalars.subList(0, p.length).toArray(BigInteger[]::new);
    ECPoint expected = ECAlgorithms.sumOfMultiplies(p, k).normalize();
    assertThat(P256Sha256.sumOfMultiplies(p, k)).isEqualTo(expected);
    assertThat(P256Sha256.sumOfMultiplies(P256Sha256.secretTables(p), k)).isEqualTo(expected);
  }

  @Example
  void sumOfMultiplies_tablesTooSmallForTheWidth_refused() {
    OddMultiples tables = OddMultiples.of(P256Sha256.CURVE, new ECPoint[] {P256Sha256.GENERATOR}, 2, false);
    assertThatThrownBy(() -> InterleavedSum.sum(P256Sha256.CURVE, tables, new BigInteger[] {BigInteger.TEN}, 5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> tables.lookupTable(0)).isInstanceOf(IllegalStateException.class);
  }

  @Example
  void randomMask_randomSourceGivingNoPoint_refusedInsteadOfLooping() {
    // x = 2^256 − 1, above the field prime: never a point
    byte[] above = new byte[P256Sha256.ELEMENT_LENGTH];
    java.util.Arrays.fill(above, (byte) 0xff);
    above[0] = 0x02;
    assertThatThrownBy(() -> P256Sha256.CURVE.decodePoint(above)).isInstanceOf(IllegalArgumentException.class);
    SecureRandom repeating = new SecureRandom() {
      private static final long serialVersionUID = 1L;

      @Override
      public void nextBytes(byte[] bytes) {
        System.arraycopy(above, 0, bytes, 0, bytes.length);
      }
    };
    assertThatThrownBy(() -> P256Sha256.randomMask(repeating)).isInstanceOf(IllegalStateException.class);
    ECPoint mask = P256Sha256.randomMask(RANDOM);
    assertThat(mask.isValid()).isTrue();
    assertThat(mask.isNormalized()).isTrue();
  }
}
