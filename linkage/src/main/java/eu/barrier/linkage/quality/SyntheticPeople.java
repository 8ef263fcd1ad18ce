package eu.barrier.linkage.quality;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import org.apiguardian.api.API;

/**
 * Invented Belgian and Dutch-style people, and a second party's records of some of them with the
 * variation real registers show. No real person is intended: given names and surname parts are
 * common ones, combined at random with random birth dates.
 *
 * <p>Variation in the second party's records, each with its own probability: a typing error
 * (substitution, insertion, deletion or transposition of a letter) in the given name or surname;
 * a surname particle dropped, written joined ({@code Vandenberg}) or capitalised ({@code Van den
 * Berg}); only the first part of a hyphenated surname; accents dropped or written decomposed (NFD);
 * day and month swapped; a given name, birth date or sex not known (empty).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class SyntheticPeople {

  private static final String[] GIVEN = {"Jan", "Pieter", "Joris", "Thijs", "Daan", "Lars", "Sem", "Bram", "Luuk",
      "Milan", "Noah", "Lucas", "Arthur", "Louis", "Jules", "Victor", "Mathéo", "Noël", "Rémi", "Jozef", "Wouter",
      "Koen", "Bart", "Stijn", "Senne", "Mohamed", "Yusuf", "Emre", "Jean-Pierre", "Pieter-Jan", "Anneke", "Emma",
      "Julia", "Sophie", "Lotte", "Fleur", "Sanne", "Lieke", "Noor", "Zoë", "Chloé", "Anaïs", "Inès", "Maëlle",
      "Elif", "Ayşe", "Fatima", "Marie-Louise", "Anne-Sophie", "Lien", "Hanne", "Febe", "Ines", "Nora", "Amélie",
      "Liesbeth", "Griet", "Els", "Mieke", "Saar"};
  private static final String[] PARTICLES = {"de", "van", "van der", "van den", "van de", "de la", "'t", "ter",
      "ten", "le", "du", "van 't"};
  private static final String[] ROOTS = {"Berg", "Hove", "Meulen", "Bosch", "Dijk", "Wouters", "Claes", "Peeters",
      "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Goossens", "Smet", "Dubois", "Lambert", "Dupont", "Vos",
      "Brink", "Veen", "Linden", "Velde", "Haegen", "Straeten", "Acker", "Broek", "Heuvel", "Laan", "Graaf",
      "Hooft", "Kerckhove", "Daele", "Poel", "Steen", "Wiel", "Coster", "Bakker", "Visser", "Smit", "Mulder",
      "Dekker", "Hendrikx", "Verbeke", "Desmet", "Lemaire", "Leclercq", "Dhondt", "Çelik", "Yılmaz"};

  private final SplittableRandom random;

  private SyntheticPeople(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /**
   * Two parties' records of invented people.
   *
   * @param a the first party's records, as recorded (no variation)
   * @param b the second party's records: {@code overlap} of the first party's people, with
   *     variation, and others; shuffled
   * @param matches for each record of {@code b}, the index of the same person in {@code a}, or -1
   */
  public record Datasets(List<SyntheticPerson> a, List<SyntheticPerson> b, int[] matches) {

    /**
     * Copies the lists.
     *
     * @param a the first party's records
     * @param b the second party's records
     * @param matches the true matches
     */
    public Datasets {
      a = List.copyOf(a);
      b = List.copyOf(b);
      matches = matches.clone();
    }

    /**
     * Returns the number of true matches.
     *
     * @return the number of records of {@code b} whose person is in {@code a}
     */
    public int matchCount() {
      int n = 0;
      for (int m : matches) {
        if (m >= 0) {
          n++;
        }
      }
      return n;
    }

    /**
     * Returns a copy of the true matches.
     *
     * @return for each record of {@code b}, the index of the same person in {@code a}, or -1
     */
    @Override
    public int[] matches() {
      return matches.clone();
    }

    @Override
    public String toString() {
      return "Datasets[" + a.size() + " and " + b.size() + " records, " + matchCount() + " matches]";
    }
  }

  /**
   * Generates two parties' records.
   *
   * @param size the number of people of the first party, at least 1
   * @param overlap the share of them the second party also has, in {@code [0, 1]}
   * @param seed the seed; the same seed gives the same records
   * @return the datasets
   */
  public static Datasets generate(int size, double overlap, long seed) {
    if (size < 1 || !(overlap >= 0 && overlap <= 1)) {
      throw new IllegalArgumentException("size at least 1, overlap in [0, 1]");
    }
    SyntheticPeople g = new SyntheticPeople(seed);
    List<SyntheticPerson> a = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      a.add(g.person(i));
    }
    List<int[]> b = new ArrayList<>();
    List<SyntheticPerson> bPeople = new ArrayList<>();
    int shared = (int) Math.round(size * overlap);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      order.add(i);
    }
    Collections.shuffle(order, new java.util.Random(g.random.nextLong()));
    for (int k = 0; k < shared; k++) {
      int i = order.get(k);
      bPeople.add(g.vary(a.get(i)));
      b.add(new int[] {i});
    }
    for (int k = 0; k < size - shared; k++) {
      bPeople.add(g.person(size + k));
      b.add(new int[] {-1});
    }
    List<Integer> shuffle = new ArrayList<>();
    for (int i = 0; i < bPeople.size(); i++) {
      shuffle.add(i);
    }
    Collections.shuffle(shuffle, new java.util.Random(g.random.nextLong()));
    List<SyntheticPerson> bShuffled = new ArrayList<>();
    int[] matches = new int[bPeople.size()];
    for (int k = 0; k < shuffle.size(); k++) {
      bShuffled.add(bPeople.get(shuffle.get(k)));
      matches[k] = b.get(shuffle.get(k))[0];
    }
    return new Datasets(a, bShuffled, matches);
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }

  private SyntheticPerson person(int id) {
    String given = pick(GIVEN);
    if (random.nextDouble() < 0.15) {
      given = given + " " + pick(GIVEN);
    }
    String surname = pick(ROOTS);
    if (random.nextDouble() < 0.10) {
      surname = surname + "-" + pick(ROOTS);
    }
    if (random.nextDouble() < 0.35) {
      surname = pick(PARTICLES) + " " + surname;
    }
    LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(70 * 365));
    double s = random.nextDouble();
    String sex = s < 0.49 ? "M" : s < 0.98 ? "F" : "X";
    return new SyntheticPerson(id, given, surname, birth.toString(), sex);
  }

  private SyntheticPerson vary(SyntheticPerson p) {
    String given = p.givenName();
    String surname = p.surname();
    String birth = p.birthDate();
    String sex = p.sex();
    if (random.nextDouble() < 0.15) {
      given = typo(given);
    }
    if (random.nextDouble() < 0.15) {
      surname = typo(surname);
    }
    String[] parts = surname.split(" ");
    if (parts.length > 1 && random.nextDouble() < 0.3) {
      String root = parts[parts.length - 1];
      String particle = surname.substring(0, surname.length() - root.length() - 1);
      double v = random.nextDouble();
      surname = v < 0.4 ? root
          : v < 0.7 ? capitalise(particle.replace(" ", "").replace("'", "")) + root.toLowerCase(Locale.ROOT)
          : capitalise(particle) + " " + root;
    }
    if (surname.contains("-") && random.nextDouble() < 0.3) {
      surname = surname.substring(0, surname.indexOf('-'));
    }
    if (random.nextDouble() < 0.3) {
      given = stripAccents(given);
      surname = stripAccents(surname);
    } else if (random.nextDouble() < 0.1) {
      given = Normalizer.normalize(given, Normalizer.Form.NFD);
    }
    LocalDate date = LocalDate.parse(birth);
    if (date.getDayOfMonth() <= 12 && date.getDayOfMonth() != date.getMonthValue() && random.nextDouble() < 0.05) {
      birth = LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue()).toString();
    }
    if (random.nextDouble() < 0.03) {
      given = "";
    }
    if (random.nextDouble() < 0.03) {
      birth = "";
    }
    if (random.nextDouble() < 0.02) {
      sex = "";
    }
    return new SyntheticPerson(p.id(), given, surname, birth, sex);
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  static String stripAccents(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace("ı", "i");
  }

  private String typo(String s) {
    if (s.length() < 2) {
      return s;
    }
    int i = random.nextInt(s.length() - 1);
    char c = (char) ('a' + random.nextInt(26));
    return switch (random.nextInt(4)) {
      case 0 -> s.substring(0, i) + c + s.substring(i + 1);
      case 1 -> s.substring(0, i) + c + s.substring(i);
      case 2 -> s.substring(0, i) + s.substring(i + 1);
      default -> s.substring(0, i) + s.charAt(i + 1) + s.charAt(i) + s.substring(i + 2);
    };
  }

  /**
   * Writes records as CSV with the header {@link SyntheticPerson#HEADER}, quoting as Python's
   * {@code csv} module does (only where needed).
   *
   * @param people the records
   * @return the CSV text, lines ending in LF
   */
  public static String toCsv(List<SyntheticPerson> people) {
    StringBuilder b = new StringBuilder(String.join(",", SyntheticPerson.HEADER)).append('\n');
    for (SyntheticPerson p : Objects.requireNonNull(people, "people")) {
      List<String> v = p.values();
      for (int i = 0; i < v.size(); i++) {
        if (i > 0) {
          b.append(',');
        }
        String x = v.get(i);
        boolean quote = x.contains(",") || x.contains("\"") || x.contains("\n") || x.contains("\r");
        b.append(quote ? '"' + x.replace("\"", "\"\"") + '"' : x);
      }
      b.append('\n');
    }
    return b.toString();
  }
}
