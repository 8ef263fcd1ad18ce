package eu.barrier.registers.internal;

import java.util.Arrays;

/**
 * An open-addressing map from non-negative {@code long} keys to {@code int} values: two flat arrays,
 * no boxing, about 12 bytes per slot at a load factor of at most one half. Keeps a national KBO
 * index (3.6 million numbers) in about 100 MB.
 */
public final class LongIntMap {

  private static final long EMPTY = -1L;

  private long[] keys;
  private int[] values;
  private int size;
  private int mask;

  /**
   * Creates a map sized for an expected number of keys.
   *
   * @param expected the expected size
   */
  public LongIntMap(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new long[capacity];
    Arrays.fill(keys, EMPTY);
    values = new int[capacity];
    mask = capacity - 1;
  }

  /**
   * Returns the value of a key.
   *
   * @param key the key, non-negative
   * @param missing what to return when absent
   * @return the value, or {@code missing}
   */
  public int get(long key, int missing) {
    int i = slot(key);
    while (true) {
      long k = keys[i];
      if (k == key) {
        return values[i];
      }
      if (k == EMPTY) {
        return missing;
      }
      i = (i + 1) & mask;
    }
  }

  /**
   * Tells whether a key is present.
   *
   * @param key the key
   * @return {@code true} if present
   */
  public boolean containsKey(long key) {
    int i = slot(key);
    while (true) {
      long k = keys[i];
      if (k == key) {
        return true;
      }
      if (k == EMPTY) {
        return false;
      }
      i = (i + 1) & mask;
    }
  }

  /**
   * Sets the value of a key.
   *
   * @param key the key, non-negative
   * @param value the value
   * @return the previous value, or {@code Integer.MIN_VALUE} if the key was new
   */
  public int put(long key, int value) {
    if (key < 0) {
      throw new IllegalArgumentException("keys are non-negative");
    }
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    int i = slot(key);
    while (true) {
      long k = keys[i];
      if (k == key) {
        int old = values[i];
        values[i] = value;
        return old;
      }
      if (k == EMPTY) {
        keys[i] = key;
        values[i] = value;
        size++;
        return Integer.MIN_VALUE;
      }
      i = (i + 1) & mask;
    }
  }

  /**
   * Returns the number of keys.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  /**
   * Returns the keys in ascending order.
   *
   * @return a new sorted array
   */
  public long[] sortedKeys() {
    long[] out = new long[size];
    int n = 0;
    for (long k : keys) {
      if (k != EMPTY) {
        out[n++] = k;
      }
    }
    Arrays.sort(out);
    return out;
  }

  private int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    Arrays.fill(keys, EMPTY);
    values = new int[oldKeys.length * 2];
    mask = keys.length - 1;
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        put(oldKeys[i], oldValues[i]);
      }
    }
  }
}
