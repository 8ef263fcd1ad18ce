package eu.barrier.registers.internal;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Reads the KBO date form {@code dd-mm-yyyy}. */
public final class KboDates {

  private KboDates() {}

  /**
   * Reads a date.
   *
   * @param chars the buffer
   * @param start where the field starts
   * @param length the field length
   * @return the date, or {@code null} if the text is not a real {@code dd-mm-yyyy} date
   */
  public static LocalDate parse(char[] chars, int start, int length) {
    if (length != 10 || chars[start + 2] != '-' || chars[start + 5] != '-') {
      return null;
    }
    int day = two(chars, start);
    int month = two(chars, start + 3);
    int year = two(chars, start + 6) * 100 + two(chars, start + 8);
    if (day < 0 || month < 0 || year < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * Reads a date from text.
   *
   * @param text the text
   * @return the date, or {@code null}
   */
  public static LocalDate parse(String text) {
    return parse(text.toCharArray(), 0, text.length());
  }

  /**
   * Writes a date in the KBO form.
   *
   * @param date the date
   * @return {@code dd-mm-yyyy}
   */
  public static String format(LocalDate date) {
    return String.format(java.util.Locale.ROOT, "%02d-%02d-%04d",
        date.getDayOfMonth(), date.getMonthValue(), date.getYear());
  }

  private static int two(char[] c, int i) {
    int a = c[i] - '0';
    int b = c[i + 1] - '0';
    if (a < 0 || a > 9 || b < 0 || b > 9) {
      return -1;
    }
    return a * 10 + b;
  }
}
