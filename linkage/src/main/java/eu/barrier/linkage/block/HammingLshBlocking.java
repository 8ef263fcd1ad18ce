package eu.barrier.linkage.block;

import eu.barrier.linkage.match.CandidatePair;
import eu.barrier.linkage.match.CandidateSearch;
import eu.barrier.linkage.match.Candidates;
import eu.barrier.linkage.match.ClkSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.apiguardian.api.API;

/**
 * Blocking by Hamming locality-sensitive hashing (bit sampling): each of {@code bands} bands samples
 * {@code bitsPerBand} bit positions of the CLK; records of different datasets whose sampled bits
 * agree in at least one band are compared, all other pairs are not. Two CLKs at Hamming distance
 * {@code h} of {@code n} bits share a band with probability {@code 1 - (1 - (1 - h/n)^r)^b}, so
 * similar CLKs almost surely meet while most dissimilar ones never do.
 *
 * <p>The positions come from a seed, which all who block must share; they need not be secret (the
 * linkage unit blocks on CLKs it already holds). Blocking trades completeness (a true match whose
 * CLKs share no band is lost) for fewer comparisons: {@link BlockedCandidates} reports both.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class HammingLshBlocking {

  private final int bands;
  private final int bitsPerBand;
  private final long seed;

  private HammingLshBlocking(int bands, int bitsPerBand, long seed) {
    this.bands = bands;
    this.bitsPerBand = bitsPerBand;
    this.seed = seed;
  }

  /**
   * Creates the blocking.
   *
   * @param bands the number of bands, 1 to 1024
   * @param bitsPerBand the bits sampled per band, 1 to 64
   * @param seed the seed of the sampled positions
   * @return the blocking
   */
  public static HammingLshBlocking of(int bands, int bitsPerBand, long seed) {
    if (bands < 1 || bands > 1024 || bitsPerBand < 1 || bitsPerBand > 64) {
      throw new IllegalArgumentException("bands 1 to 1024, bitsPerBand 1 to 64");
    }
    return new HammingLshBlocking(bands, bitsPerBand, seed);
  }

  /**
   * Reads the blocking from its short form {@code BANDSxBITS}, for example {@code 40x16} (40 bands of
   * 16 bits; {@code x} or {@code X}), as the CLI's and the Spark jobs' {@code --lsh} take it.
   *
   * @param bandsByBits the short form
   * @param seed the seed of the sampled positions
   * @return the blocking
   * @throws IllegalArgumentException if the text is not {@code BANDSxBITS} with 1 to 1024 bands of 1
   *     to 64 bits; the message states the rule, never the text
   */
  public static HammingLshBlocking parse(String bandsByBits, long seed) {
    Objects.requireNonNull(bandsByBits, "bandsByBits");
    int x = bandsByBits.indexOf('x') >= 0 ? bandsByBits.indexOf('x') : bandsByBits.indexOf('X');
    String rule = "BANDSxBITS with 1 to 1024 bands of 1 to 64 bits, for example 40x16";
    if (x < 1 || x > 4 || bandsByBits.length() - x - 1 < 1 || bandsByBits.length() - x - 1 > 2) {
      throw new IllegalArgumentException(rule);
    }
    int bands = digits(bandsByBits, 0, x, rule);
    int bits = digits(bandsByBits, x + 1, bandsByBits.length(), rule);
    if (bands < 1 || bands > 1024 || bits < 1 || bits > 64) {
      throw new IllegalArgumentException(rule);
    }
    return new HammingLshBlocking(bands, bits, seed);
  }

  private static int digits(String text, int from, int to, String rule) {
    if (text.charAt(from) == '0' && to - from > 1) {
      throw new IllegalArgumentException(rule);
    }
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException(rule);
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /**
   * Finds the candidate pairs at or above the threshold among the pairs that share a band.
   *
   * @param datasets at least two datasets of CLKs of one length
   * @param threshold the least Dice coefficient, in {@code (0, 1]}
   * @return the candidates with the comparison counts
   */
  public BlockedCandidates search(List<ClkSet> datasets, double threshold) {
    Objects.requireNonNull(datasets, "datasets");
    CandidateSearch.checkDatasets(datasets);
    if (!(threshold > 0.0 && threshold <= 1.0)) {
      throw new IllegalArgumentException("the threshold must be in (0, 1]");
    }
    int bits = datasets.stream().filter(s -> s.size() > 0).mapToInt(ClkSet::bitLength).findFirst().orElse(64);
    int[][] positions = positions(bits);
    List<CandidatePair> pairs = new ArrayList<>();
    long comparisons = 0;
    long total = 0;
    for (int x = 0; x < datasets.size(); x++) {
      for (int y = x + 1; y < datasets.size(); y++) {
        ClkSet sx = datasets.get(x);
        ClkSet sy = datasets.get(y);
        total += (long) sx.size() * sy.size();
        HashSet<Long> compared = new HashSet<>();
        for (int band = 0; band < bands; band++) {
          Map<Long, List<Integer>> blocks = new HashMap<>();
          for (int j = 0; j < sy.size(); j++) {
            blocks.computeIfAbsent(signature(sy, j, positions[band]), k -> new ArrayList<>()).add(j);
          }
          for (int i = 0; i < sx.size(); i++) {
            List<Integer> block = blocks.get(signature(sx, i, positions[band]));
            if (block == null) {
              continue;
            }
            for (int j : block) {
              if (compared.add((long) i * sy.size() + j)) {
                comparisons++;
                double d = sx.dice(i, sy, j);
                if (d >= threshold && sx.popcount(i) > 0 && sy.popcount(j) > 0) {
                  pairs.add(new CandidatePair(x, i, y, j, d));
                }
              }
            }
          }
        }
      }
    }
    return new BlockedCandidates(Candidates.of(pairs, comparisons), comparisons, total);
  }

  /**
   * Returns the band keys of every CLK of a set: {@code keys[row][band]} holds the sampled bits of
   * that band, so two CLKs of different datasets are compared by {@link #search} exactly when they
   * have an equal key in at least one band. A distributed engine (such as Apache Spark) can join on
   * {@code (band, key)} and get the pairs this blocking compares.
   *
   * @param set the CLKs, all of one length
   * @return one array of {@code bands} keys per CLK
   */
  public long[][] bandKeys(ClkSet set) {
    Objects.requireNonNull(set, "set");
    long[][] keys = new long[set.size()][];
    if (set.size() == 0) {
      return keys;
    }
    int[][] positions = positions(set.bitLength());
    for (int row = 0; row < set.size(); row++) {
      long[] k = new long[bands];
      for (int band = 0; band < bands; band++) {
        k[band] = signature(set, row, positions[band]);
      }
      keys[row] = k;
    }
    return keys;
  }

  /**
   * Returns the number of bands.
   *
   * @return the bands
   */
  public int bands() {
    return bands;
  }

  /**
   * Returns the number of bits sampled per band.
   *
   * @return the bits per band
   */
  public int bitsPerBand() {
    return bitsPerBand;
  }

  /**
   * Returns the seed of the sampled positions.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /** The sampled positions of each band, drawn without repetition within a band. */
  int[][] positions(int bits) {
    SplittableRandom random = new SplittableRandom(seed);
    int r = Math.min(bitsPerBand, bits);
    int[][] positions = new int[bands][r];
    for (int band = 0; band < bands; band++) {
      int[] all = new int[bits];
      for (int i = 0; i < bits; i++) {
        all[i] = i;
      }
      for (int i = 0; i < r; i++) {
        int k = i + random.nextInt(bits - i);
        int t = all[i];
        all[i] = all[k];
        all[k] = t;
        positions[band][i] = all[i];
      }
    }
    return positions;
  }

  private static long signature(ClkSet set, int row, int[] positions) {
    long key = 0;
    for (int p : positions) {
      key = (key << 1) | (set.get(row, p) ? 1 : 0);
    }
    return key;
  }

  @Override
  public String toString() {
    return "HammingLshBlocking[" + bands + " bands of " + bitsPerBand + " bits]";
  }
}
