package eu.barrier.workbench.synthetic;

import eu.barrier.core.address.Country;
import eu.barrier.core.establishment.Sector;
import eu.barrier.core.id.BeEnterpriseNumber;
import eu.barrier.core.id.BeEstablishmentUnitNumber;
import eu.barrier.core.id.Identifier;
import eu.barrier.core.id.NlEstablishmentNumber;
import eu.barrier.core.id.NlKvkNumber;
import eu.barrier.core.observation.Agency;
import eu.barrier.core.observation.Grading;
import eu.barrier.core.observation.GradingScheme;
import eu.barrier.core.observation.Observation;
import eu.barrier.core.observation.ObservedPeriod;
import eu.barrier.core.observation.SubjectReference;
import eu.barrier.indicators.catalogue.Catalogue;
import eu.barrier.indicators.catalogue.Catalogues;
import eu.barrier.indicators.catalogue.Indicator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * Generates a synthetic municipality with planted exploitation cases and noisy observations from
 * several agencies. All numbers in it are <b>illustrative, not empirical</b>.
 *
 * <h2>What it makes</h2>
 *
 * <ul>
 *   <li><b>Establishments</b> in sectors drawn from a fixed mix: carwash 4 %, massage 3 %, nail
 *       and beauty salon 5 %, horeca 18 %, night shop 5 %, hairdresser 5 %, cleaning 5 %,
 *       construction 8 %, transport 5 %, other 42 %.
 *   <li><b>Cases</b>: exactly {@code round(establishments × exploitationShare)}, drawn without
 *       replacement with sector weights carwash 12, massage 12, nail salon 8, night shop 5, horeca
 *       2, cleaning 2, construction 2, transport 1, hairdresser 1, other 0.2. A share of the cases
 *       ({@code linkedCaseShare}) runs in networks of 2 to 4 establishments that share a manager
 *       and a housing address where their workers are registered.
 *   <li><b>Enterprises</b> with one manager (15 %: two); 8 % of clean establishments belong to an
 *       enterprise with another establishment, and 3 % of new enterprises reuse an existing
 *       manager, so innocent businesses can share a manager with a case.
 *   <li><b>Observations</b> for the indicators of the business catalogues {@link #CATALOGUES}
 *       that apply to the establishment's sector, each from one of the services the catalogue lists
 *       for the indicator that act in the city's country ({@link Agency#actsIn(Country)}): a
 *       Belgian city has no observation by the Dutch labour inspectorate, RIEC or Royal
 *       Marechaussee, a Dutch city none by the Belgian social inspection, federal police or ARIEC;
 *       an indicator that no service of the country observes gets no observations. Each indicator
 *       draws, once per city, a chance of
 *       being present at a case (20 % to 60 %) and a false-signal chance at a clean
 *       establishment ({@code falseSignalRate} × 0.25 to 1.75). At a case a present signal is
 *       reported unless missed ({@code missRate}); {@code ADM-02} (operator linked to other risk
 *       establishments) is present at 80 % of networked cases and {@code ADM-05} (many register
 *       entries at the address) at 60 % of cases whose workers are registered at a shared
 *       address. A clean establishment sharing a manager with a case gets {@code ADM-02} at 30 %.
 *       Public-order complaints ({@code ADM-06}) about clean establishments of {@code group-b}
 *       come {@code complaintBias} times as often: a deliberate reporting bias. A quarter of the
 *       signals are reported twice. The day of a signal is uniform in the window; its report comes
 *       after an exponential delay with mean {@code meanReportingDelayDays}, and signals not yet
 *       reported at {@code asOf} are missing. Police, inspection and intelligence agencies grade
 *       in the Europol 4x4 scheme, better for true signals than for false ones; municipal services
 *       do not grade.
 *   <li><b>Audit groups</b> {@code group-a} and {@code group-b}, drawn independently of the label,
 *       used for fairness figures only.
 * </ul>
 *
 * <p>Identifiers are those of the country ({@link SyntheticParameters#country()}), from ranges
 * chosen to stay clear of issued numbers. In Belgium they have valid check digits: enterprise
 * numbers {@code 1999.xxx.xxx} for the first 10 000, then {@code 1998.xxx.xxx} and downwards;
 * establishment unit numbers {@code 2.999.xxx.xxx} and downwards. Dutch KvK and establishment
 * numbers have no check digit: KvK numbers are {@code 00} and six digits, establishment numbers
 * {@code 9999} and eight digits (see {@link #enterpriseNumber(Country, int)}). Names are made of
 * neutral syllables; the municipality is {@value #MUNICIPALITY}, with postcode {@link
 * #postcode(Country)}. Nothing in the data records or hints at nationality, origin, ethnicity,
 * religion or language.
 *
 * <p>Deterministic: the same parameters give an equal city (random draws come from {@link
 * SplittableRandom} seeded with {@link SyntheticParameters#seed()}, logarithms use {@link
 * StrictMath}, no clock is read).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class CityGenerator {

  /** The generator's id in provenance; a new id whenever the same parameters would give other data. */
  public static final String GENERATOR = "barrier-synth-v2";

  /** The invented municipality. */
  public static final String MUNICIPALITY = "Synthstad";


  /** The built-in catalogues whose indicators the observations use. */
  public static final List<String> CATALOGUES = List.of("barrier-admin", "sector-carwash", "sector-massage",
      "sector-nail-salon", "sector-horeca-nightshop");

  /** The audit group of most establishments. */
  public static final String GROUP_A = "group-a";

  /** The audit group that public-order complaints are biased against. */
  public static final String GROUP_B = "group-b";

  /** The indicator the complaint bias applies to: public-order complaints. */
  public static final String COMPLAINT_INDICATOR = "ADM-06";

  private static final String LINKED_OPERATOR = "ADM-02";
  private static final String REGISTER_ENTRIES = "ADM-05";

  private static final Sector[] SECTORS = {Sector.CARWASH, Sector.MASSAGE, Sector.NAIL_AND_BEAUTY_SALON,
      Sector.HORECA, Sector.NIGHT_SHOP, Sector.HAIRDRESSER, Sector.CLEANING, Sector.CONSTRUCTION, Sector.TRANSPORT,
      Sector.OTHER};
  private static final double[] SECTOR_SHARE = {0.04, 0.03, 0.05, 0.18, 0.05, 0.05, 0.05, 0.08, 0.05, 0.42};
  private static final double[] SECTOR_RISK = {12, 12, 8, 2, 5, 1, 2, 2, 1, 0.2};

  private static final String[] SYLLABLES = {"ka", "lo", "mi", "ne", "ta", "ri", "so", "ve", "du", "pa", "ze",
      "lu", "ko", "fi", "ra", "mo", "ti", "se", "no", "va", "be", "do", "ga", "hu"};
  private static final String[] STREET_SUFFIXES = {"straat", "laan", "plein", "weg", "dreef"};
  private static final String[] LEGAL_FORMS_BE = {"BV", "NV", "CommV", "CV"};
  private static final String[] LEGAL_FORMS_NL = {"BV", "NV", "VOF", "CV"};

  private CityGenerator() {}

  private record Spec(String id, Agency[] agencies, double presentAtCase, double falseAtClean) {}

  /**
   * Generates a city.
   *
   * @param parameters the parameters
   * @return the city
   * @throws NullPointerException if {@code parameters} is {@code null}
   */
  public static SyntheticCity generate(SyntheticParameters parameters) {
    Objects.requireNonNull(parameters, "parameters");
    SplittableRandom root = new SplittableRandom(parameters.seed());
    SplittableRandom indicatorRandom = root.split();
    SplittableRandom structureRandom = root.split();
    SplittableRandom observationRandom = root.split();
    int n = parameters.establishments();

    Map<Sector, List<Spec>> specs = specs(parameters, indicatorRandom);

    // sectors and audit groups
    Sector[] sector = new Sector[n];
    boolean[] groupB = new boolean[n];
    for (int i = 0; i < n; i++) {
      sector[i] = SECTORS[pick(structureRandom.nextDouble(), SECTOR_SHARE)];
      groupB[i] = structureRandom.nextDouble() < parameters.auditGroupShare();
    }

    // cases: weighted sampling without replacement (exponential keys), exactly round(n * share)
    int cases = (int) Math.round(n * parameters.exploitationShare());
    double[] key = new double[n];
    Integer[] byKey = new Integer[n];
    for (int i = 0; i < n; i++) {
      key[i] = -StrictMath.log(1 - structureRandom.nextDouble()) / SECTOR_RISK[indexOf(sector[i])];
      byKey[i] = i;
    }
    Arrays.sort(byKey, Comparator.comparingDouble((Integer i) -> key[i]).thenComparingInt(i -> i));
    boolean[] exploited = new boolean[n];
    List<Integer> caseList = new ArrayList<>(cases);
    for (int c = 0; c < cases; c++) {
      exploited[byKey[c]] = true;
      caseList.add(byKey[c]);
    }
    caseList.sort(null);

    Builder b = new Builder(structureRandom, parameters.country());
    List<String> allManagers = new ArrayList<>();

    // networks of 2 to 4 cases sharing a manager and a housing address
    String[] network = new String[n];
    String[] networkManager = new String[n];
    String[] housing = new String[n];
    int linked = (int) Math.round(cases * parameters.linkedCaseShare());
    List<Integer> shuffled = new ArrayList<>(caseList);
    for (int i = shuffled.size() - 1; i > 0; i--) {
      int j = structureRandom.nextInt(i + 1);
      Integer t = shuffled.get(i);
      shuffled.set(i, shuffled.get(j));
      shuffled.set(j, t);
    }
    int position = 0;
    int networks = 0;
    while (linked - position >= 2) {
      int size = Math.min(linked - position, 2 + structureRandom.nextInt(3));
      if (linked - position - size == 1) {
        size++;
      }
      String id = String.format(Locale.ROOT, "N-%04d", ++networks);
      String housingAddress = b.address("residential");
      String manager = b.person("manager", b.address("residential"));
      allManagers.add(manager);
      for (int m = 0; m < size; m++) {
        int e = shuffled.get(position + m);
        network[e] = id;
        networkManager[e] = manager;
        housing[e] = housingAddress;
      }
      position += size;
    }

    // enterprises, business addresses, managers and workers
    int[] enterpriseOf = new int[n];
    String[] businessAddress = new String[n];
    List<Integer> cleanSoFar = new ArrayList<>();
    List<List<String>> managers = new ArrayList<>();
    boolean[] workersAtSharedAddress = new boolean[n];
    for (int i = 0; i < n; i++) {
      businessAddress[i] = b.address("business");
      if (!exploited[i] && !cleanSoFar.isEmpty() && structureRandom.nextDouble() < 0.08) {
        enterpriseOf[i] = enterpriseOf[cleanSoFar.get(structureRandom.nextInt(cleanSoFar.size()))];
      } else {
        enterpriseOf[i] = managers.size();
        List<String> m = new ArrayList<>(2);
        if (networkManager[i] != null) {
          m.add(networkManager[i]);
        } else if (!allManagers.isEmpty() && structureRandom.nextDouble() < 0.03) {
          m.add(allManagers.get(structureRandom.nextInt(allManagers.size())));
        } else {
          String manager = b.person("manager", b.address("residential"));
          allManagers.add(manager);
          m.add(manager);
        }
        if (structureRandom.nextDouble() < 0.15) {
          String second = b.person("manager", b.address("residential"));
          allManagers.add(second);
          m.add(second);
        }
        managers.add(m);
      }
      if (!exploited[i]) {
        cleanSoFar.add(i);
      } else {
        int workers = 2 + structureRandom.nextInt(5);
        String at = housing[i] != null ? housing[i]
            : structureRandom.nextDouble() < 0.5 ? businessAddress[i] : b.address("residential");
        workersAtSharedAddress[i] = housing[i] != null || at.equals(businessAddress[i]);
        for (int w = 0; w < workers; w++) {
          b.person("worker", at);
        }
      }
    }

    // clean establishments that share a manager with a case
    java.util.Set<String> caseManagers = new java.util.HashSet<>();
    for (int i = 0; i < n; i++) {
      if (exploited[i]) {
        caseManagers.addAll(managers.get(enterpriseOf[i]));
      }
    }
    boolean[] sharesManagerWithCase = new boolean[n];
    for (int i = 0; i < n; i++) {
      if (!exploited[i]) {
        for (String m : managers.get(enterpriseOf[i])) {
          sharesManagerWithCase[i] |= caseManagers.contains(m);
        }
      }
    }

    List<SyntheticEnterprise> enterprises = new ArrayList<>(managers.size());
    for (int e = 0; e < managers.size(); e++) {
      enterprises.add(new SyntheticEnterprise(enterpriseNumber(parameters.country(), e), b.legalName(),
          managers.get(e)));
    }

    // observations
    List<SyntheticEstablishment> establishments = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      SplittableRandom r = observationRandom.split();
      Identifier number = establishmentNumber(parameters.country(), i);
      SubjectReference reference = SubjectReference.of(number);
      List<Observation> observations = new ArrayList<>();
      for (Spec spec : specs.get(sector[i])) {
        boolean signal;
        if (exploited[i]) {
          double present = spec.presentAtCase();
          if (spec.id().equals(LINKED_OPERATOR) && network[i] != null) {
            present = 0.8;
          } else if (spec.id().equals(REGISTER_ENTRIES) && workersAtSharedAddress[i]) {
            present = Math.max(present, 0.6);
          }
          boolean isPresent = r.nextDouble() < present;
          signal = r.nextDouble() >= parameters.missRate() && isPresent;
        } else {
          double rate = spec.falseAtClean();
          if (spec.id().equals(COMPLAINT_INDICATOR) && groupB[i]) {
            rate *= parameters.complaintBias();
          } else if (spec.id().equals(LINKED_OPERATOR) && sharesManagerWithCase[i]) {
            rate = Math.max(rate, 0.3);
          }
          signal = r.nextDouble() < rate;
        }
        if (!signal) {
          continue;
        }
        int reports = r.nextDouble() < 0.25 ? 2 : 1;
        for (int k = 0; k < reports; k++) {
          observation(parameters, r, spec, reference, exploited[i]).ifPresent(observations::add);
        }
      }
      observations.sort(Comparator.comparing((Observation o) -> o.period().from())
          .thenComparing(Observation::indicatorId).thenComparing(o -> o.source().ordinal()));
      establishments.add(new SyntheticEstablishment(number, enterprises.get(enterpriseOf[i]).number(),
          businessAddress[i], sector[i], exploited[i], Optional.ofNullable(network[i]),
          groupB[i] ? GROUP_B : GROUP_A, observations));
    }
    return new SyntheticCity(parameters, b.addresses, enterprises, establishments, b.persons);
  }

  private static Optional<Observation> observation(SyntheticParameters p, SplittableRandom r, Spec spec,
      SubjectReference reference, boolean exploited) {
    LocalDate day = p.asOf().minusDays(r.nextInt(p.windowDays()));
    long delay = Math.round(-p.meanReportingDelayDays() * StrictMath.log(1 - r.nextDouble()));
    Agency agency = spec.agencies()[r.nextInt(spec.agencies().length)];
    Grading grading = grading(agency, exploited, r);
    if (day.plusDays(delay).isAfter(p.asOf())) {
      return Optional.empty(); // not yet reported
    }
    return Optional.of(new Observation(spec.id(), reference, ObservedPeriod.of(day, day), agency, grading, null,
        null));
  }

  private static Grading grading(Agency agency, boolean exploited, SplittableRandom r) {
    switch (agency) {
      case LOCAL_POLICE:
      case FEDERAL_POLICE:
      case NATIONAL_POLICE:
      case ROYAL_MARECHAUSSEE:
      case SOCIAL_INSPECTION:
      case LABOUR_INSPECTION:
      case FINANCIAL_INTELLIGENCE_UNIT:
      case IMMIGRATION_OFFICE:
      case ARIEC:
      case RIEC:
        String source = exploited ? pickCode(r, "ABCX", 0.15, 0.55, 0.15, 0.15)
            : pickCode(r, "ABCX", 0.05, 0.35, 0.35, 0.25);
        String information = exploited ? pickCode(r, "1234", 0.2, 0.45, 0.25, 0.1)
            : pickCode(r, "1234", 0.05, 0.25, 0.4, 0.3);
        return Grading.of(GradingScheme.EUROPOL_4X4, source, information);
      default:
        return null;
    }
  }

  private static String pickCode(SplittableRandom r, String codes, double... weights) {
    return codes.substring(pick(r.nextDouble(), weights)).substring(0, 1);
  }

  private static int pick(double u, double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double x = u * total;
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private static int indexOf(Sector sector) {
    for (int i = 0; i < SECTORS.length; i++) {
      if (SECTORS[i] == sector) {
        return i;
      }
    }
    throw new IllegalStateException("sector not in the mix");
  }

  private static Map<Sector, List<Spec>> specs(SyntheticParameters p, SplittableRandom r) {
    Map<Sector, List<Spec>> bySector = new EnumMap<>(Sector.class);
    for (Sector s : SECTORS) {
      bySector.put(s, new ArrayList<>());
    }
    for (String id : CATALOGUES) {
      Catalogue catalogue = Catalogues.builtIn(id);
      for (Indicator indicator : catalogue.indicators()) {
        Agency[] agencies = indicator.observedBy().stream().filter(a -> a.actsIn(p.country())).toArray(Agency[]::new);
        Spec spec = new Spec(indicator.id(), agencies, 0.2 + 0.4 * r.nextDouble(),
            p.falseSignalRate() * (0.25 + 1.5 * r.nextDouble()));
        if (agencies.length == 0) {
          continue; // no service of the country observes it; its draws are made all the same
        }
        for (Sector s : SECTORS) {
          if (indicator.appliesTo(s)) {
            bySector.get(s).add(spec);
          }
        }
      }
    }
    return bySector;
  }

  /**
   * Returns the provenance the generator writes into labelled data: its id, the municipality and
   * every parameter.
   *
   * @param p the parameters
   * @return a sorted map
   */
  static SortedMap<String, String> provenance(SyntheticParameters p) {
    TreeMap<String, String> map = new TreeMap<>();
    map.put("generator", GENERATOR);
    map.put("data", "synthetic; parameters illustrative, not empirical");
    map.put("seed", Long.toString(p.seed()));
    map.put("country", p.country().code());
    map.put("establishments", Integer.toString(p.establishments()));
    map.put("exploitationShare", decimal(p.exploitationShare()));
    map.put("missRate", decimal(p.missRate()));
    map.put("falseSignalRate", decimal(p.falseSignalRate()));
    map.put("linkedCaseShare", decimal(p.linkedCaseShare()));
    map.put("auditGroupShare", decimal(p.auditGroupShare()));
    map.put("complaintBias", decimal(p.complaintBias()));
    map.put("meanReportingDelayDays", Integer.toString(p.meanReportingDelayDays()));
    map.put("windowDays", Integer.toString(p.windowDays()));
    map.put("asOf", p.asOf().toString());
    return map;
  }

  private static String decimal(double v) {
    return new java.math.BigDecimal(v).setScale(6, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros()
        .toPlainString();
  }

  /**
   * Returns the postcode of every synthetic address of a country: {@code 9999} in Belgium (Belgian
   * postcodes end at 9992) and {@code 9999 SS} in the Netherlands (the letter pairs SA, SD and SS
   * are not issued, according to the Wikipedia article on Dutch postcodes; not verified with
   * PostNL).
   *
   * @param country the country
   * @return the postcode
   */
  public static String postcode(Country country) {
    return Objects.requireNonNull(country, "country") == Country.BE ? "9999" : "9999 SS";
  }

  /**
   * Returns the i-th synthetic enterprise number of a country. Belgium: an enterprise number
   * {@code 1999} then four digits of {@code i}, then the check digits; from {@code i = 10 000}
   * the prefix counts down ({@code 1998}, {@code 1997}, ...). The Netherlands: a KvK number,
   * {@code 00} and {@code i} in six digits.
   *
   * @param country the country
   * @param i the index, 0 to 9 989 999 in Belgium, 0 to 999 999 in the Netherlands
   * @return a {@link BeEnterpriseNumber} or {@link NlKvkNumber}
   * @throws IllegalArgumentException if {@code i} is out of range
   */
  public static Identifier enterpriseNumber(Country country, int i) {
    if (Objects.requireNonNull(country, "country") == Country.BE) {
      return BeEnterpriseNumber.parse(digits(1999, i));
    }
    if (i < 0 || i >= 1_000_000) {
      throw new IllegalArgumentException("index must be between 0 and 999999");
    }
    return NlKvkNumber.parse(String.format(Locale.ROOT, "00%06d", i));
  }

  /**
   * Returns the i-th synthetic establishment number of a country. Belgium: an establishment unit
   * number, {@code 2999} downwards like {@link #enterpriseNumber(Country, int)}. The Netherlands:
   * an establishment number (vestigingsnummer), {@code 9999} and {@code i} in eight digits.
   *
   * @param country the country
   * @param i the index, 0 to 9 989 999
   * @return a {@link BeEstablishmentUnitNumber} or {@link NlEstablishmentNumber}
   * @throws IllegalArgumentException if {@code i} is out of range
   */
  public static Identifier establishmentNumber(Country country, int i) {
    if (Objects.requireNonNull(country, "country") == Country.BE) {
      return BeEstablishmentUnitNumber.parse(digits(2999, i));
    }
    if (i < 0 || i >= 9_990_000) {
      throw new IllegalArgumentException("index must be between 0 and 9989999");
    }
    return NlEstablishmentNumber.parse(String.format(Locale.ROOT, "9999%08d", i));
  }

  private static String digits(int top, int i) {
    if (i < 0 || i >= 9_990_000) {
      throw new IllegalArgumentException("index must be between 0 and 9989999");
    }
    long body = (long) (top - i / 10_000) * 10_000 + i % 10_000;
    long check = 97 - body % 97;
    return String.format(Locale.ROOT, "%08d%02d", body, check);
  }

  /** Creates addresses, persons and names in order, from one random stream. */
  private static final class Builder {
    final List<SyntheticAddress> addresses = new ArrayList<>();
    final List<SyntheticPerson> persons = new ArrayList<>();
    private final SplittableRandom random;
    private final String postcode;
    private final String[] legalForms;

    Builder(SplittableRandom random, Country country) {
      this.random = random;
      this.postcode = postcode(country);
      this.legalForms = country == Country.BE ? LEGAL_FORMS_BE : LEGAL_FORMS_NL;
    }

    String address(String kind) {
      String key = String.format(Locale.ROOT, "A-%07d", addresses.size() + 1);
      String street = capital(syllables(2 + random.nextInt(2))) + STREET_SUFFIXES[random.nextInt(STREET_SUFFIXES.length)];
      addresses.add(new SyntheticAddress(key, street, Integer.toString(1 + random.nextInt(199)), postcode, kind));
      return key;
    }

    String person(String role, String registeredAt) {
      String key = String.format(Locale.ROOT, "P-%07d", persons.size() + 1);
      String name = capital(syllables(2)) + " " + capital(syllables(3));
      persons.add(new SyntheticPerson(key, name, registeredAt, role));
      return key;
    }

    String legalName() {
      return capital(syllables(2 + random.nextInt(2))) + " " + legalForms[random.nextInt(legalForms.length)];
    }

    private String syllables(int count) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < count; i++) {
        sb.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
      }
      return sb.toString();
    }

    private static String capital(String s) {
      return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
  }
}
