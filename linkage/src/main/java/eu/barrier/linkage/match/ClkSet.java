package eu.barrier.linkage.match;

import eu.barrier.linkage.LinkageError;
import eu.barrier.linkage.LinkageException;
import eu.barrier.linkage.clk.Clk;
import eu.barrier.linkage.clk.ClkFiles;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One party's CLKs packed for matching: {@code long} words, with each CLK's popcount. All CLKs have
 * the same length, a positive multiple of 64 bits. Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ClkSet {

  private final long[] words;
  private final int[] popcounts;
  private final int[] tails;
  private final int wordsPerClk;
  private final int size;

  private ClkSet(long[] words, int[] popcounts, int wordsPerClk, int size) {
    this.words = words;
    this.popcounts = popcounts;
    this.wordsPerClk = wordsPerClk;
    this.size = size;
    // popcount of the last quarter of each CLK's words, for the scan's early exit
    int from = wordsPerClk - wordsPerClk / 4;
    this.tails = new int[size];
    for (int i = 0; i < size; i++) {
      tails[i] = popcount(words, i * wordsPerClk + from, wordsPerClk - from);
    }
  }

  /**
   * Packs CLKs.
   *
   * @param clks CLKs of one length, a positive multiple of 64 bits
   * @return the set
   * @throws LinkageException if the lengths differ ({@link LinkageError#CLK_LENGTH}) or are not a
   *     multiple of 64 bits ({@link LinkageError#CLK_WORDS})
   */
  public static ClkSet of(List<Clk> clks) {
    Builder b = new Builder();
    clks.forEach(b::add);
    return b.build();
  }

  /**
   * Reads a CLK file ({@link ClkFiles}) straight into a set.
   *
   * @param clkFile the document; not closed
   * @return the set
   * @throws LinkageException if the document is not a CLK file or its CLKs cannot be matched
   */
  public static ClkSet read(InputStream clkFile) {
    Builder b = new Builder();
    ClkFiles.read(clkFile, b::add);
    return b.build();
  }

  /**
   * Packs raw words, for benchmarks and tests: CLK {@code i} is {@code words[i * wordsPerClk]} to
   * {@code words[(i + 1) * wordsPerClk - 1]}.
   *
   * @param words the words; copied
   * @param wordsPerClk the words per CLK, at least 1
   * @return the set
   */
  public static ClkSet ofWords(long[] words, int wordsPerClk) {
    if (wordsPerClk < 1 || words.length % wordsPerClk != 0) {
      throw new IllegalArgumentException("words must hold whole CLKs of wordsPerClk words");
    }
    long[] copy = words.clone();
    int n = copy.length / wordsPerClk;
    int[] pops = new int[n];
    for (int i = 0; i < n; i++) {
      pops[i] = popcount(copy, i * wordsPerClk, wordsPerClk);
    }
    return new ClkSet(copy, pops, wordsPerClk, n);
  }

  private static int popcount(long[] w, int from, int count) {
    int p = 0;
    for (int k = 0; k < count; k++) {
      p += Long.bitCount(w[from + k]);
    }
    return p;
  }

  /** Collects CLKs one by one. */
  private static final class Builder {
    private long[] words = new long[0];
    private int[] pops = new int[0];
    private int wordsPerClk = -1;
    private int bits;
    private int size;

    void add(Clk clk) {
      if (wordsPerClk < 0) {
        bits = clk.bitLength();
        if (bits % 64 != 0) {
          throw new LinkageException(LinkageError.CLK_WORDS, "CLKs of " + bits + " bits");
        }
        wordsPerClk = bits / 64;
        words = new long[wordsPerClk * 64];
        pops = new int[64];
      } else if (clk.bitLength() != bits) {
        throw new LinkageException(LinkageError.CLK_LENGTH, "CLK " + size + " has " + clk.bitLength()
            + " bits where CLK 0 has " + bits);
      }
      if (size == pops.length) {
        if (size > Integer.MAX_VALUE / 2 / wordsPerClk) {
          throw new LinkageException(LinkageError.MATCH_DATASETS, "too many CLKs for one set");
        }
        pops = Arrays.copyOf(pops, size * 2);
        words = Arrays.copyOf(words, size * 2 * wordsPerClk);
      }
      byte[] b = clk.toBytes();
      int base = size * wordsPerClk;
      for (int k = 0; k < wordsPerClk; k++) {
        long w = 0;
        for (int i = 0; i < 8; i++) {
          w = (w << 8) | (b[8 * k + i] & 0xFFL);
        }
        words[base + k] = w;
      }
      pops[size] = clk.popcount();
      size++;
    }

    ClkSet build() {
      if (size == 0) {
        return new ClkSet(new long[0], new int[0], Math.max(wordsPerClk, 1), 0);
      }
      return new ClkSet(Arrays.copyOf(words, size * wordsPerClk), Arrays.copyOf(pops, size), wordsPerClk, size);
    }
  }

  /**
   * Returns the number of CLKs.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  /**
   * Returns the CLK length in bits (64 for an empty set).
   *
   * @return the length
   */
  public int bitLength() {
    return wordsPerClk * 64;
  }

  /**
   * Returns the number of set bits of CLK {@code i}.
   *
   * @param i the index
   * @return the popcount
   */
  public int popcount(int i) {
    Objects.checkIndex(i, size);
    return popcounts[i];
  }

  /**
   * Returns CLK {@code i}.
   *
   * @param i the index
   * @return the CLK, in clkhash's byte layout
   */
  public Clk get(int i) {
    Objects.checkIndex(i, size);
    byte[] b = new byte[wordsPerClk * 8];
    for (int k = 0; k < wordsPerClk; k++) {
      long w = words[i * wordsPerClk + k];
      for (int j = 0; j < 8; j++) {
        b[8 * k + j] = (byte) (w >>> (56 - 8 * j));
      }
    }
    return Clk.of(b, wordsPerClk * 64);
  }

  /**
   * Tells whether bit {@code bit} of CLK {@code i} is set (bit order as {@link Clk#get}).
   *
   * @param i the CLK index
   * @param bit the bit index, from 0
   * @return whether it is set
   */
  public boolean get(int i, int bit) {
    Objects.checkIndex(i, size);
    Objects.checkIndex(bit, wordsPerClk * 64);
    return (words[i * wordsPerClk + (bit >>> 6)] & (1L << (63 - (bit & 63)))) != 0;
  }

  /**
   * Returns the Dice coefficient of CLK {@code i} of this set and CLK {@code j} of another.
   *
   * @param i the index in this set
   * @param other the other set, of the same CLK length
   * @param j the index in the other set
   * @return the coefficient, computed as {@link Dice#of}
   */
  public double dice(int i, ClkSet other, int j) {
    Objects.checkIndex(i, size);
    Objects.checkIndex(j, other.size);
    if (other.wordsPerClk != wordsPerClk) {
      throw new IllegalArgumentException("CLKs of different lengths");
    }
    int c = 0;
    int x = i * wordsPerClk;
    int y = j * wordsPerClk;
    for (int k = 0; k < wordsPerClk; k++) {
      c += Long.bitCount(words[x + k] & other.words[y + k]);
    }
    return Dice.of(c, popcounts[i], other.popcounts[j]);
  }

  long[] words() {
    return words;
  }

  int[] popcounts() {
    return popcounts;
  }

  int[] tails() {
    return tails;
  }

  int wordsPerClk() {
    return wordsPerClk;
  }

  @Override
  public String toString() {
    return "ClkSet[" + size + " CLKs of " + bitLength() + " bits]";
  }
}
