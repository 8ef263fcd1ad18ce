package eu.barrier.indicators.internal;

import java.util.List;
import java.util.Locale;

/**
 * The one-line message of the exceptions that list problems ({@code AssessInputException},
 * {@code LabelledInputException}, {@code CatalogueFormatException}): the count, then the first 20
 * problems as their {@code toString()}.
 */
public final class ProblemSummary {

  private static final int SHOWN = 20;

  private ProblemSummary() {}

  /**
   * Returns {@code invalid WHAT, N problem(s): P1; P2; ...}, at most {@value #SHOWN} problems.
   *
   * @param what what was read, for example {@code assess input}
   * @param problems the problems; their {@code toString()} never holds a rejected value
   * @return the summary
   */
  public static String of(String what, List<?> problems) {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "invalid %s, %d problem%s", what,
        problems.size(), problems.size() == 1 ? "" : "s"));
    int shown = 0;
    for (Object problem : problems) {
      if (shown++ == SHOWN) {
        sb.append("; ...");
        break;
      }
      sb.append(shown == 1 ? ": " : "; ").append(problem);
    }
    return sb.toString();
  }
}
