package eu.barrier.linkage.clk;

import java.security.SecureRandom;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.apiguardian.api.API;

/**
 * Hardening of CLKs beyond clkhash, against the frequency and pattern-mining attacks on Bloom
 * filters. Everything is off by default ({@link #none()}): then CLKs are byte-identical to
 * clkhash's. Each step trades linkage quality for protection; {@code docs/linkage.md} states what
 * each protects against and its measured cost. All parties of a project must use the same
 * hardening.
 *
 * <p>Steps, in the order the encoder applies them:
 *
 * <ol>
 *   <li><b>Salting</b> ({@link Builder#salt}): the keys of the salted features are derived anew for
 *       each record from the value of a salt feature (for example the year of birth), so equal
 *       n-grams of records with different salts set unrelated bits. Records whose salt differs,
 *       even by a typo, no longer match on the salted features.
 *   <li><b>XOR folding</b> ({@link Builder#xorFolds}): the filter is built at {@code l x 2^n} bits
 *       and folded {@code n} times, each bit becoming the XOR of several; the same as clkhash's
 *       {@code clkConfig.xor_folds}, and byte-identical to clkhash with that setting.
 *   <li><b>BLIP</b> ({@link Builder#blip}): every bit is flipped independently with probability
 *       {@code p}, drawn from the {@link Builder#random} source.
 *   <li><b>Balancing</b> ({@link Builder#balance}): the filter is followed by its complement and the
 *       {@code 2l} bits are permuted with a permutation derived from the linkage secret; every CLK
 *       then has exactly {@code l} bits set, so the number of set bits no longer tells the length
 *       of the values.
 * </ol>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Hardening {

  private static final Hardening NONE = new Hardening(0, 0.0, false, null, List.of(), null);

  private final int xorFolds;
  private final double flipProbability;
  private final boolean balance;
  private final String saltFeature;
  private final List<String> saltedFeatures;
  private final RandomGenerator random;

  private Hardening(int xorFolds, double flipProbability, boolean balance, String saltFeature,
      List<String> saltedFeatures, RandomGenerator random) {
    this.xorFolds = xorFolds;
    this.flipProbability = flipProbability;
    this.balance = balance;
    this.saltFeature = saltFeature;
    this.saltedFeatures = saltedFeatures;
    this.random = random;
  }

  /**
   * Returns no hardening: CLKs byte-identical to clkhash's.
   *
   * @return the default
   */
  public static Hardening none() {
    return NONE;
  }

  /**
   * Starts a hardening with every step off.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The BLIP flip probability that gives {@code epsilon}-differential privacy for the presence of
   * one item that sets {@code bitsPerItem} bits (Alaggan et al.'s BLIP, as in {@code
   * lofirepo/ocaml-blip}): {@code p = 1 / (1 + e^(epsilon / bitsPerItem))}. For a CLK the item is
   * one token and {@code bitsPerItem} its number of bit positions; the guarantee is per token, not
   * per record.
   *
   * @param epsilon the privacy parameter, greater than 0
   * @param bitsPerItem the bits one item sets, at least 1
   * @return the flip probability, below 0.5
   */
  public static double blipProbability(double epsilon, int bitsPerItem) {
    if (!(epsilon > 0) || Double.isInfinite(epsilon) || bitsPerItem < 1) {
      throw new IllegalArgumentException("epsilon must be positive and finite, bitsPerItem at least 1");
    }
    return 1.0 / (1.0 + Math.exp(epsilon / bitsPerItem));
  }

  /**
   * Tells whether every step is off.
   *
   * @return whether CLKs stay byte-identical to clkhash's
   */
  public boolean isNone() {
    return xorFolds == 0 && flipProbability == 0.0 && !balance && saltFeature == null;
  }

  /**
   * Returns the XOR folds added by hardening.
   *
   * @return the folds, 0 when off
   */
  public int xorFolds() {
    return xorFolds;
  }

  /**
   * Returns the BLIP flip probability.
   *
   * @return the probability, 0 when off
   */
  public double flipProbability() {
    return flipProbability;
  }

  /**
   * Tells whether CLKs are balanced.
   *
   * @return whether balancing is on
   */
  public boolean balance() {
    return balance;
  }

  /**
   * Returns the identifier of the salt feature.
   *
   * @return the feature whose value salts, or empty when salting is off
   */
  public Optional<String> saltFeature() {
    return Optional.ofNullable(saltFeature);
  }

  /**
   * Returns the identifiers of the salted features.
   *
   * @return the features whose keys are salted; empty when salting is off
   */
  public List<String> saltedFeatures() {
    return saltedFeatures;
  }

  RandomGenerator random() {
    return random;
  }

  @Override
  public String toString() {
    if (isNone()) {
      return "Hardening[none]";
    }
    return "Hardening[" + (saltFeature == null ? "" : "salt " + saltFeature + " -> " + saltedFeatures + ", ")
        + (xorFolds == 0 ? "" : "xorFolds " + xorFolds + ", ") + (flipProbability == 0 ? "" : "blip p="
        + flipProbability + ", ") + (balance ? "balanced" : "unbalanced") + "]";
  }

  /** Builds a {@link Hardening}; a setting given again replaces the earlier one. */
  public static final class Builder {
    private int xorFolds;
    private double flipProbability;
    private boolean balance;
    private String saltFeature;
    private List<String> saltedFeatures = List.of();
    private RandomGenerator random;

    private Builder() {}

    /**
     * Folds the filter {@code folds} times (the schema's own {@code xor_folds} must then be 0).
     *
     * @param folds 1 to 8
     * @return this builder
     */
    public Builder xorFolds(int folds) {
      if (folds < 1 || folds > 8) {
        throw new IllegalArgumentException("folds must be 1 to 8");
      }
      this.xorFolds = folds;
      return this;
    }

    /**
     * Flips every bit with probability {@code p}; see {@link Hardening#blipProbability}.
     *
     * @param p the flip probability, greater than 0 and below 0.5
     * @return this builder
     */
    public Builder blip(double p) {
      if (!(p > 0.0 && p < 0.5)) {
        throw new IllegalArgumentException("the flip probability must be in (0, 0.5)");
      }
      this.flipProbability = p;
      return this;
    }

    /**
     * Sets the source of BLIP's randomness; by default a new {@link SecureRandom}. Give a seeded
     * generator only in tests: repeatable flips help an attacker.
     *
     * @param random the source; used from one thread at a time unless it is thread-safe
     * @return this builder
     */
    public Builder random(RandomGenerator random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /**
     * Balances the filter: output of {@code 2l} bits with exactly {@code l} set.
     *
     * @return this builder
     */
    public Builder balance() {
      this.balance = true;
      return this;
    }

    /**
     * Salts the keys of {@code saltedFeatures} with the value of {@code saltFeature} in each
     * record. The salt feature may be an ignored feature of the schema (then its raw value salts)
     * or a hashed one (then its formatted value salts); an empty salt makes the record invalid.
     *
     * @param saltFeature the identifier of the feature whose value salts
     * @param saltedFeatures the identifiers of the hashed features whose keys are salted
     * @return this builder
     */
    public Builder salt(String saltFeature, String... saltedFeatures) {
      Objects.requireNonNull(saltFeature, "saltFeature");
      if (saltedFeatures.length == 0) {
        throw new IllegalArgumentException("name at least one salted feature");
      }
      this.saltFeature = saltFeature;
      this.saltedFeatures = List.of(saltedFeatures);
      return this;
    }

    /**
     * Builds the hardening.
     *
     * @return the hardening
     */
    public Hardening build() {
      RandomGenerator r = flipProbability > 0 ? (random != null ? random : new SecureRandom()) : null;
      return new Hardening(xorFolds, flipProbability, balance, saltFeature, saltedFeatures, r);
    }
  }
}
