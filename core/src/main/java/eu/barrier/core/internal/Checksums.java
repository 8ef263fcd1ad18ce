package eu.barrier.core.internal;

/**
 * The check-digit arithmetic of Belgian and Dutch identifiers: mod 97 and the Dutch 11-test.
 * Callers pass digit strings that {@link Digits#normalise} produced and whose length they checked.
 */
public final class Checksums {

  /** Added to the first nine digits of a national register number for births from 2000. */
  public static final long BORN_FROM_2000_OFFSET = 2_000_000_000L;

  private static final int[] ELEVEN_TEST_WEIGHTS = {9, 8, 7, 6, 5, 4, 3, 2, -1};

  private Checksums() {}

  /**
   * Returns {@code 97 - (n mod 97)}, a value from 1 to 97.
   *
   * @param n a non-negative number
   * @return the mod-97 check value
   */
  public static int mod97CheckValue(long n) {
    return 97 - (int) (n % 97);
  }

  /**
   * Checks that the last two digits equal {@link #mod97CheckValue} of all the digits before them
   * (Belgian enterprise and establishment unit numbers).
   *
   * @param digits at least three digits, at most 18
   * @return whether the check digits match
   */
  public static boolean mod97(CharSequence digits) {
    int end = digits.length();
    return mod97CheckValue(Digits.value(digits, 0, end - 2)) == Digits.value(digits, end - 2, end);
  }

  /**
   * Returns the birth century of a Belgian national register number whose check digits match:
   * {@code 1900} when {@code 97 - (first 9 digits mod 97)} equals the last two, {@code 2000} when
   * that holds after adding {@link #BORN_FROM_2000_OFFSET}, {@code 0} when neither holds. At most
   * one can hold, because the offset is not a multiple of 97.
   *
   * @param digits exactly 11 digits
   * @return 1900, 2000 or 0
   */
  public static int nationalNumberCentury(CharSequence digits) {
    long first9 = Digits.value(digits, 0, 9);
    long check = Digits.value(digits, 9, 11);
    if (mod97CheckValue(first9) == check) {
      return 1900;
    }
    return mod97CheckValue(BORN_FROM_2000_OFFSET + first9) == check ? 2000 : 0;
  }

  /**
   * The Dutch 11-test (elfproef) of BSN and RSIN: {@code 9·d1 + 8·d2 + … + 2·d8 − 1·d9} is a
   * multiple of 11.
   *
   * @param digits exactly 9 digits
   * @return whether the test passes
   */
  public static boolean elevenTest(CharSequence digits) {
    int sum = 0;
    for (int i = 0; i < ELEVEN_TEST_WEIGHTS.length; i++) {
      sum += ELEVEN_TEST_WEIGHTS[i] * (digits.charAt(i) - '0');
    }
    return sum % 11 == 0;
  }
}
