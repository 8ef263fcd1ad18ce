package eu.barrier.core.internal;

import java.time.YearMonth;

/**
 * The birth-date part {@code YYMMDD} of a Belgian national register number. Month and day {@code
 * 00} mean unknown; bis numbers add 20 or 40 to the month. With the month unknown ({@code 00},
 * {@code 20} or {@code 40}) the day digits carry no date: the register also writes month 00 when a
 * day's serial numbers run out, and then counts on in the day digits, so they may exceed 31.
 */
public final class NationalNumbers {

  private NationalNumbers() {}

  /**
   * Returns the month field as written, which includes the bis offset.
   *
   * @param digits 11 digits
   * @return {@code MM}
   */
  public static int writtenMonth(CharSequence digits) {
    return (int) Digits.value(digits, 2, 4);
  }

  /**
   * Returns the bis offset (0, 20 or 40) of a written month.
   *
   * @param writtenMonth {@code MM}
   * @return the offset
   */
  public static int bisOffset(int writtenMonth) {
    return writtenMonth >= 40 ? 40 : writtenMonth >= 20 ? 20 : 0;
  }

  /**
   * Returns the birth month without the bis offset; 0 means unknown.
   *
   * @param digits 11 digits
   * @return the month
   */
  public static int month(CharSequence digits) {
    int written = writtenMonth(digits);
    return written - bisOffset(written);
  }

  /**
   * Returns the birth day; 0 means unknown.
   *
   * @param digits 11 digits
   * @return the day
   */
  public static int day(CharSequence digits) {
    return (int) Digits.value(digits, 4, 6);
  }

  /**
   * Returns the full birth year.
   *
   * @param digits 11 digits
   * @param century 1900 or 2000, from {@link Checksums#nationalNumberCentury}
   * @return the year
   */
  public static int year(CharSequence digits, int century) {
    return century + (int) Digits.value(digits, 0, 2);
  }

  /**
   * Returns whether the date part can be a birth date in the given century: month 0 to 12 after
   * removing the bis offset; with month 0 (unknown, or the day's serial numbers ran out) any day
   * digits 00 to 99; with a known month, day 0 (unknown) to the length of that month in that year.
   *
   * @param digits 11 digits
   * @param century 1900 or 2000
   * @return whether the date is possible
   */
  public static boolean isPossibleDate(CharSequence digits, int century) {
    int month = month(digits);
    int day = day(digits);
    if (month > 12) {
      return false;
    }
    return month == 0
        || day == 0
        || day <= YearMonth.of(year(digits, century), month).lengthOfMonth();
  }
}
