package eu.barrier.registers.internal;

/**
 * A set of KBO numbers as one bit per possible number: the first eight digits index the bit (the
 * last two are check digits), so the whole key space takes 12.5 MB, and looking a number up is one
 * memory access, in the order the files are sorted. Only for numbers whose check digits match.
 */
public final class KeyBits {

  private static final long BASES = 100_000_000L;

  private final long[] words = new long[(int) (BASES / 64)];
  private int size;

  /** Creates an empty set. */
  public KeyBits() {}

  /**
   * Adds a number.
   *
   * @param key a 10-digit KBO number whose check digits match
   * @return {@code true} if it was already there
   */
  public boolean add(long key) {
    long base = key / 100;
    int w = (int) (base >>> 6);
    long bit = 1L << (base & 63);
    boolean present = (words[w] & bit) != 0;
    if (!present) {
      words[w] |= bit;
      size++;
    }
    return present;
  }

  /**
   * Tells whether a number is in the set.
   *
   * @param key a 10-digit number
   * @return {@code true} if present
   */
  public boolean contains(long key) {
    if (key < 0 || key >= BASES * 100) {
      return false;
    }
    long base = key / 100;
    return (words[(int) (base >>> 6)] & (1L << (base & 63))) != 0;
  }

  /**
   * Returns the number of numbers in the set.
   *
   * @return the size
   */
  public int size() {
    return size;
  }
}
