package eu.barrier.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Personal-looking data used as JSON member names: national numbers (as written and as digits),
 * BSNs, birth dates in several notations and surnames. Readers must never echo them. All are
 * synthetic; the numbers have valid check digits.
 */
public final class PersonalNames {

  /** Fixed examples, among them the one from issue 16. */
  public static final List<String> EXAMPLES = List.of("85.07.30-033.28", "85073003328", "111222333", "1985-07-30",
      "30/07/1985", "Janssens", "De Smet", "Vermeulen-Peeters", "van der Berg", "Özdemir");

  private static final String[] SURNAMES = {"Janssens", "Peeters", "Maes", "Jacobs", "Mertens", "Willems", "Claes",
    "Goossens", "Wouters", "De Vries", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "Yılmaz", "Nowak", "Dubois"};

  private PersonalNames() {}

  /**
   * Returns member names that hold personal data.
   *
   * @return the arbitrary
   */
  public static Arbitrary<String> memberNames() {
    Arbitrary<String> nationalDisplay = nationalNumbers().map(PersonalNames::display);
    Arbitrary<String> dates = Combinators.combine(Arbitraries.integers().between(1930, 2020),
            Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 28), Arbitraries.integers().between(0, 2))
        .as((y, m, d, style) -> switch (style) {
          case 0 -> String.format(Locale.ROOT, "%04d-%02d-%02d", y, m, d);
          case 1 -> String.format(Locale.ROOT, "%02d/%02d/%04d", d, m, y);
          default -> String.format(Locale.ROOT, "%02d.%02d.%04d", d, m, y);
        });
    Arbitrary<String> bsns = Arbitraries.integers().between(10_000_000, 99_999_999)
        .map(n -> TestIdentifiers.elevenTest(String.format(Locale.ROOT, "%08d", n)));
    Arbitrary<String> surnames = Combinators.combine(Arbitraries.of(SURNAMES), Arbitraries.of("", " Jan", " Marie", "-Claes"))
        .as(String::concat);
    return Arbitraries.oneOf(Arbitraries.of(EXAMPLES), nationalDisplay, nationalNumbers(), dates, bsns, surnames);
  }

  /**
   * Returns national register numbers with valid check digits (born 1930–1999), as 11 digits.
   *
   * @return the arbitrary
   */
  public static Arbitrary<String> nationalNumbers() {
    return Combinators.combine(Arbitraries.integers().between(30, 99), Arbitraries.integers().between(1, 12),
            Arbitraries.integers().between(1, 28), Arbitraries.integers().between(1, 997))
        .as((y, m, d, s) -> {
          String first9 = String.format(Locale.ROOT, "%02d%02d%02d%03d", y, m, d, s);
          return first9 + String.format(Locale.ROOT, "%02d", 97 - Long.parseLong(first9) % 97);
        });
  }

  private static String display(String d) {
    return d.substring(0, 2) + "." + d.substring(2, 4) + "." + d.substring(4, 6) + "-" + d.substring(6, 9) + "."
        + d.substring(9);
  }

  /**
   * Returns copies of a JSON document with {@code "name":1} added as the first member of each of
   * its objects in turn (the document's own strings must not contain braces).
   *
   * @param json a JSON document
   * @param name the member name, without characters that need escaping
   * @return one document per object
   */
  public static List<String> injected(String json, String name) {
    List<String> out = new ArrayList<>();
    for (int i = json.indexOf('{'); i >= 0; i = json.indexOf('{', i + 1)) {
      boolean empty = json.charAt(i + 1) == '}';
      out.add(json.substring(0, i + 1) + "\"" + name + "\":1" + (empty ? "" : ",") + json.substring(i + 1));
    }
    return out;
  }

  /**
   * Returns where a name or its digits appear in a text: the name itself, and for names with six
   * or more digits the digits alone.
   *
   * @param text what a reader exposed
   * @param name the member name
   * @return whether the text reveals it
   */
  public static boolean reveals(String text, String name) {
    if (text.contains(name)) {
      return true;
    }
    String digits = name.replaceAll("[^0-9]", "");
    return digits.length() >= 6 && text.replaceAll("[^0-9]", " ").contains(digits);
  }
}
