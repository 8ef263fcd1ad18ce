package eu.barrier.linkage.match;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.linkage.clk.Clk;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/**
 * Dice values equal the exactly rounded double of {@code 2|a AND b| / (|a| + |b|)}, checked with
 * exact rational arithmetic independent of the implementation; candidate search finds exactly the
 * pairs a brute-force scan without pruning finds; the decimal text is the shortest that reads back.
 */
final class DiceProperties {

  /** Whether {@code d} is the double nearest to {@code p / q} (ties to even), by exact arithmetic. */
  static boolean isCorrectlyRounded(double d, long p, long q) {
    BigDecimal exact = new BigDecimal(p);
    BigDecimal qd = new BigDecimal(q);
    BigDecimal errD = new BigDecimal(d).multiply(qd).subtract(exact).abs();
    for (double n : new double[] {Math.nextDown(d), Math.nextUp(d)}) {
      BigDecimal errN = new BigDecimal(n).multiply(qd).subtract(exact).abs();
      int cmp = errD.compareTo(errN);
      if (cmp > 0) {
        return false;
      }
      if (cmp == 0 && (Double.doubleToLongBits(d) & 1) != 0) {
        return false;
      }
    }
    return true;
  }

  static Clk random(Random rnd, int bits, double density) {
    byte[] b = new byte[bits / 8];
    for (int i = 0; i < bits; i++) {
      if (rnd.nextDouble() < density) {
        b[i >>> 3] |= (byte) (0x80 >>> (i & 7));
      }
    }
    return Clk.of(b, bits);
  }

  static int[] counts(Clk a, Clk b) {
    BigInteger x = new BigInteger(1, a.toBytes());
    BigInteger y = new BigInteger(1, b.toBytes());
    return new int[] {x.and(y).bitCount(), x.bitCount(), y.bitCount()};
  }

  @Property(tries = 300)
  void coefficient_randomClks_isTheExactlyRoundedRatio(@ForAll long seed, @ForAll @IntRange(min = 1, max = 32) int words,
      @ForAll @DoubleRange(min = 0.0, max = 1.0) double density) {
    Random rnd = new Random(seed);
    Clk a = random(rnd, 64 * words, density);
    Clk b = random(rnd, 64 * words, rnd.nextDouble());
    int[] c = counts(a, b);
    double d = Dice.coefficient(a, b);
    if (c[1] == 0 || c[2] == 0) {
      assertThat(d).isEqualTo(0.0);
    } else {
      assertThat(isCorrectlyRounded(d, 2L * c[0], (long) c[1] + c[2])).as("%s for %s", d, c).isTrue();
    }
    assertThat(d).isEqualTo(Dice.coefficient(b, a)).isBetween(0.0, 1.0);
  }

  @Property(tries = 30)
  void search_randomSets_findsExactlyTheBruteForcePairs(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 17) int words, @ForAll @DoubleRange(min = 0.05, max = 1.0) double threshold,
      @ForAll @IntRange(min = 1, max = 3) int threads) {
    Random rnd = new Random(seed);
    List<List<Clk>> data = new ArrayList<>();
    for (int ds = 0; ds < 3; ds++) {
      List<Clk> clks = new ArrayList<>();
      int n = 5 + rnd.nextInt(60);
      for (int i = 0; i < n; i++) {
        clks.add(i > 0 && rnd.nextInt(4) == 0 ? flip(rnd, data.isEmpty() ? clks.get(rnd.nextInt(i))
            : data.get(0).get(rnd.nextInt(data.get(0).size()))) : random(rnd, 64 * words, 0.1 + 0.5 * rnd.nextDouble()));
      }
      data.add(clks);
    }
    List<ClkSet> sets = data.stream().map(ClkSet::of).toList();
    Candidates found = CandidateSearch.withThreshold(threshold).threads(threads).search(sets);
    Set<String> expected = new HashSet<>();
    for (int x = 0; x < 3; x++) {
      for (int y = x + 1; y < 3; y++) {
        for (int i = 0; i < data.get(x).size(); i++) {
          for (int j = 0; j < data.get(y).size(); j++) {
            int[] c = counts(data.get(x).get(i), data.get(y).get(j));
            double d = c[1] == 0 || c[2] == 0 ? 0.0 : (2.0 * c[0]) / (c[1] + c[2]);
            if (d >= threshold) {
              expected.add(x + "," + i + "," + y + "," + j + "," + d);
            }
          }
        }
      }
    }
    Set<String> actual = new HashSet<>();
    for (CandidatePair p : found) {
      actual.add(p.datasetA() + "," + p.a() + "," + p.datasetB() + "," + p.b() + "," + p.dice());
    }
    assertThat(actual).isEqualTo(expected);
    for (int i = 1; i < found.size(); i++) {
      assertThat(Candidates.ORDER.compare(found.get(i - 1), found.get(i))).isNegative();
    }
  }

  private static Clk flip(Random rnd, Clk base) {
    byte[] b = base.toBytes();
    for (int k = 0; k < 3; k++) {
      int i = rnd.nextInt(base.bitLength());
      b[i >>> 3] ^= (byte) (0x80 >>> (i & 7));
    }
    return Clk.of(b, base.bitLength());
  }

  @Property(tries = 2000)
  void diceText_anyDiceValue_isShortestAndReadsBack(@ForAll @IntRange(min = 1, max = 1 << 20) int sum,
      @ForAll @IntRange(min = 0, max = 1 << 19) int half) {
    int c = Math.min(half, sum / 2);
    double d = (2.0 * c) / sum;
    String text = ShortestDecimal.format(d);
    assertThat(Double.parseDouble(text)).isEqualTo(d);
    assertThat(text).doesNotContain("E").contains(".");
    BigDecimal digits = new BigDecimal(text).stripTrailingZeros();
    if (digits.precision() > 1) {
      BigDecimal shorter = new BigDecimal(d).round(new java.math.MathContext(digits.precision() - 1));
      BigDecimal unit = BigDecimal.ONE.movePointLeft(shorter.scale());
      for (BigDecimal s : new BigDecimal[] {shorter, shorter.add(unit), shorter.subtract(unit)}) {
        assertThat(s.doubleValue()).as("%s is not shortest", text).isNotEqualTo(d);
      }
    }
  }

  @Property(tries = 500)
  void diceText_agreesWithJdkWhereJdkIsShortest(@ForAll @DoubleRange(min = 0.001, max = 1.0) @Scale(17) double d) {
    String jdk = Double.toString(d);
    String ours = ShortestDecimal.format(d);
    assertThat(Double.parseDouble(ours)).isEqualTo(d);
    assertThat(ours.length()).isLessThanOrEqualTo(jdk.length());
  }
}
