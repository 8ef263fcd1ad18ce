package eu.barrier.linkage.schema;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python 3.11's {@code datetime.strptime(value, format)} followed by {@code strftime('%Y%m%d')},
 * as clkhash formats date features ({@code DateSpec}), in the C locale, for the directives {@code
 * d m y Y b B a A j H I M S f p w u %}.
 *
 * <p>The format becomes a regular expression the way {@code _strptime.TimeRE.pattern} builds it:
 * regular-expression characters are escaped, every run of white space matches one or more white
 * space characters, each directive becomes the same alternation, and the whole is matched case
 * insensitively from the start of the value; the match must then end at the end of the value.
 * Directives Python also knows but that need time zones or week numbers ({@code z Z U W G V c x X})
 * are refused, as is a directive used twice (Python fails to compile such a format).
 */
final class Strptime {

  private static final String DIGIT = "\\p{Nd}";

  private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december"};
  private static final String[] MONTHS_ABBREVIATED = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
      "oct", "nov", "dec"};
  private static final String[] WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday"};
  private static final String[] WEEKDAYS_ABBREVIATED = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

  private final Pattern pattern;
  private final char[] directives;

  private Strptime(Pattern pattern, char[] directives) {
    this.pattern = pattern;
    this.directives = directives;
  }

  /**
   * Compiles a format.
   *
   * @throws IllegalArgumentException with the reason when the format is refused
   */
  static Strptime compile(String format) {
    StringBuilder regex = new StringBuilder();
    List<Character> groups = new ArrayList<>();
    Set<Character> seen = new HashSet<>();
    int i = 0;
    while (i < format.length()) {
      int cp = format.codePointAt(i);
      if (PythonText.isSpace(cp)) {
        while (i < format.length() && PythonText.isSpace(format.codePointAt(i))) {
          i += Character.charCount(format.codePointAt(i));
        }
        regex.append(PythonText.SPACE_CLASS).append('+');
        continue;
      }
      if (cp != '%') {
        regex.append(Pattern.quote(new String(Character.toChars(cp))));
        i += Character.charCount(cp);
        continue;
      }
      if (i + 1 >= format.length()) {
        throw new IllegalArgumentException("a '%' ends the format");
      }
      char d = format.charAt(i + 1);
      i += 2;
      if (d == '%') {
        regex.append('%');
        continue;
      }
      String part = directive(d);
      if (part == null) {
        throw new IllegalArgumentException("the directive %" + printable(d) + " is not supported");
      }
      if (!seen.add(d)) {
        throw new IllegalArgumentException("the directive %" + d + " is used twice");
      }
      regex.append('(').append(part).append(')');
      groups.add(d);
    }
    char[] order = new char[groups.size()];
    for (int g = 0; g < order.length; g++) {
      order[g] = groups.get(g);
    }
    return new Strptime(Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), order);
  }

  private static String printable(char c) {
    return c >= 0x21 && c < 0x7F ? String.valueOf(c) : String.format(Locale.ROOT, "\\u%04X", (int) c);
  }

  /** The regular expression of {@code _strptime.TimeRE} for a supported directive, else {@code null}. */
  private static String directive(char d) {
    return switch (d) {
      case 'd' -> "3[0-1]|[1-2]" + DIGIT + "|0[1-9]|[1-9]| [1-9]";
      case 'f' -> "[0-9]{1,6}";
      case 'H' -> "2[0-3]|[0-1]" + DIGIT + "|" + DIGIT;
      case 'I' -> "1[0-2]|0[1-9]|[1-9]";
      case 'j' -> "36[0-6]|3[0-5]" + DIGIT + "|[1-2]" + DIGIT + DIGIT + "|0[1-9]" + DIGIT + "|00[1-9]|[1-9]" + DIGIT
          + "|0[1-9]|[1-9]";
      case 'm' -> "1[0-2]|0[1-9]|[1-9]";
      case 'M' -> "[0-5]" + DIGIT + "|" + DIGIT;
      case 'S' -> "6[0-1]|[0-5]" + DIGIT + "|" + DIGIT;
      case 'w' -> "[0-6]";
      case 'u' -> "[1-7]";
      case 'y' -> DIGIT + DIGIT;
      case 'Y' -> DIGIT + DIGIT + DIGIT + DIGIT;
      case 'A' -> alternation(WEEKDAYS);
      case 'a' -> alternation(WEEKDAYS_ABBREVIATED);
      case 'B' -> alternation(MONTHS);
      case 'b' -> alternation(MONTHS_ABBREVIATED);
      case 'p' -> "am|pm";
      default -> null;
    };
  }

  /** Longest first, stable among equal lengths, as {@code TimeRE.__seqToRE}. */
  private static String alternation(String[] names) {
    List<String> sorted = new ArrayList<>(List.of(names));
    sorted.sort((a, b) -> Integer.compare(b.length(), a.length()));
    return String.join("|", sorted);
  }

  /**
   * Parses a value and writes it as clkhash hashes it: the year as a decimal number without
   * padding (glibc's {@code %Y}), then two-digit month and day.
   *
   * @return {@code yyyymmdd}, or {@code null} where Python raises {@code ValueError}
   */
  String toYmd(String value) {
    Matcher m = pattern.matcher(value);
    if (!m.lookingAt() || m.end() != value.length()) {
      return null;
    }
    Integer year = null;
    int month = 1;
    int day = 1;
    int hour = 0;
    int minute = 0;
    int second = 0;
    Integer julian = null;
    String ampm = "";
    for (int g = 0; g < directives.length; g++) {
      if (directives[g] == 'p') {
        ampm = m.group(g + 1).toLowerCase(Locale.ROOT);
      }
    }
    for (int g = 0; g < directives.length; g++) {
      String text = m.group(g + 1);
      switch (directives[g]) {
        case 'y' -> {
          int y = number(text);
          year = y <= 68 ? y + 2000 : y + 1900;
        }
        case 'Y' -> year = number(text);
        case 'm' -> month = number(text);
        case 'B' -> month = List.of(MONTHS).indexOf(text.toLowerCase(Locale.ROOT)) + 1;
        case 'b' -> month = List.of(MONTHS_ABBREVIATED).indexOf(text.toLowerCase(Locale.ROOT)) + 1;
        case 'd' -> day = number(text.strip());
        case 'H' -> hour = number(text);
        case 'I' -> {
          hour = number(text);
          if (ampm.isEmpty() || ampm.equals("am")) {
            if (hour == 12) {
              hour = 0;
            }
          } else if (hour != 12) {
            hour += 12;
          }
        }
        case 'M' -> minute = number(text);
        case 'S' -> second = number(text);
        case 'j' -> julian = number(text);
        default -> {
          // f, a, A, w, u, p: checked by the pattern; they do not change the date
        }
      }
    }
    try {
      if (year == null) {
        // Python computes with 1904 for 29 February and then builds the datetime with 1900, which
        // fails: such a value is invalid either way
        if (month == 2 && day == 29) {
          return null;
        }
        year = 1900;
      }
      if (year < 1 || year > 9999) {
        return null;
      }
      LocalDate date;
      if (julian == null) {
        date = LocalDate.of(year, month, day);
      } else {
        date = LocalDate.of(year, 1, 1).plusDays(julian - 1L);
      }
      if (date.getYear() < 1 || date.getYear() > 9999 || hour > 23 || minute > 59 || second > 59) {
        return null;
      }
      return String.format(Locale.ROOT, "%d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int number(String digits) {
    int v = 0;
    for (int i = 0; i < digits.length(); ) {
      int cp = digits.codePointAt(i);
      v = v * 10 + Character.digit(cp, 10);
      i += Character.charCount(cp);
    }
    return v;
  }
}
