package eu.barrier.screening;

import eu.barrier.core.address.Country;
import eu.barrier.core.establishment.Sector;
import eu.barrier.core.observation.Agency;
import eu.barrier.core.observation.Grading;
import eu.barrier.core.observation.Observation;
import eu.barrier.core.observation.SubjectKind;
import eu.barrier.indicators.catalogue.Catalogue;
import eu.barrier.indicators.catalogue.Catalogues;
import eu.barrier.indicators.catalogue.HashedCatalogue;
import eu.barrier.indicators.catalogue.Indicator;
import eu.barrier.indicators.catalogue.Purpose;
import eu.barrier.indicators.catalogue.SemanticVersion;
import eu.barrier.indicators.scoring.Assessment;
import eu.barrier.indicators.scoring.Contribution;
import eu.barrier.indicators.scoring.ContributionKind;
import eu.barrier.indicators.scoring.Outcome;
import eu.barrier.indicators.scoring.RiskModel;
import eu.barrier.indicators.scoring.RiskModels;
import eu.barrier.indicators.scoring.ScoringException;
import eu.barrier.indicators.scoring.Subject;
import eu.barrier.indicators.scoring.WeightedModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * The main job: screens establishments with business-level catalogues and gives explained, ranked
 * signals for review by a person. Never a decision.
 *
 * <pre>{@code
 * Screening screening = Screening.builder().build();            // barrier-admin + sector profiles
 * ScreenedEstablishment one = screening.screen(application, asOf); // the permit desk: one, now
 * ScreeningResult night = screening.screenAll(city, asOf);          // the nightly batch
 * }</pre>
 *
 * <h2>Rules</h2>
 *
 * <ul>
 *   <li><b>Which catalogues.</b> Only catalogues about establishments, meant for automated scoring
 *       and holding no child-protection signals ({@link #refusal(HashedCatalogue)}). Person-level
 *       ILO catalogues need an interview and are never mixed into a business screening.
 *   <li><b>Which catalogue applies.</b> A catalogue applies to an establishment when at least one of
 *       its indicators applies to the establishment's sector. Each applied catalogue's model sees
 *       only the observations of that catalogue's indicators; observed ids that no applied catalogue
 *       holds are listed as not scored, never dropped silently.
 *   <li><b>Combining catalogues.</b> The level of an establishment is the highest level any applied
 *       catalogue gives it, each under its own thresholds. Scores are <em>never added</em> across
 *       catalogues: each catalogue has its own indicators, points and thresholds, so a sum would
 *       compare unlike things (and would favour sectors with a profile catalogue).
 *   <li><b>Ranking</b> ({@link #ranking()}): level, highest first; then the number of catalogues
 *       that give that level, most first; then the score under the first catalogue of the
 *       screening, which applies to every sector by default ({@value #ADMIN_CATALOGUE}), highest
 *       first, an establishment it did not assess last; then the key.
 *   <li><b>Who could act.</b> Each reason lists the services that can observe its indicator,
 *       without those of the other country when the key names a country ({@link
 *       Agency#actsIn(Country)}).
 * </ul>
 *
 * <p>Immutable and thread-safe: build once, screen from any number of threads. The same
 * establishments, catalogues and reference date give equal results.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Screening {

  /** The catalogue every default screening uses first: it applies to every sector. */
  public static final String ADMIN_CATALOGUE = "barrier-admin";

  private final String modelId;
  private final List<RiskModel> models;
  private final List<ScreeningResult.CatalogueUse> uses;
  private final List<String> references;
  private final Map<String, Integer> catalogueOfIndicator;
  private final Map<String, Indicator> indicators;
  private final EnumMap<Sector, boolean[]> applies;
  private final Outcome keptFrom;
  private final Comparator<ScreenedEstablishment> ranking;
  private final String firstCatalogueId;
  private final SemanticVersion firstCatalogueVersion;

  private Screening(Builder b, List<RiskModel> models) {
    this.modelId = b.modelId;
    this.models = List.copyOf(models);
    this.keptFrom = b.keptFrom;
    List<ScreeningResult.CatalogueUse> list = new ArrayList<>();
    Map<String, Integer> owner = new HashMap<>();
    Map<String, Indicator> byId = new HashMap<>();
    for (int c = 0; c < models.size(); c++) {
      RiskModel m = models.get(c);
      Catalogue catalogue = m.catalogue().catalogue();
      list.add(new ScreeningResult.CatalogueUse(catalogue.id(), catalogue.version(), m.catalogue().sha256(),
          m.parameters()));
      for (Indicator indicator : catalogue.indicators()) {
        owner.put(indicator.id(), c);
        byId.put(indicator.id(), indicator);
      }
    }
    this.uses = List.copyOf(list);
    List<String> refs = new ArrayList<>();
    for (ScreeningResult.CatalogueUse u : uses) {
      refs.add(u.reference());
    }
    this.references = List.copyOf(refs);
    this.catalogueOfIndicator = Map.copyOf(owner);
    this.indicators = Map.copyOf(byId);
    this.applies = new EnumMap<>(Sector.class);
    for (Sector sector : Sector.values()) {
      boolean[] a = new boolean[models.size()];
      for (int c = 0; c < models.size(); c++) {
        a[c] = applies(models.get(c).catalogue().catalogue(), sector);
      }
      applies.put(sector, a);
    }
    this.ranking = ranking(uses.get(0).reference());
    this.firstCatalogueId = uses.get(0).id();
    this.firstCatalogueVersion = uses.get(0).version();
  }

  /** The ranking of the class comment, for a screening whose first catalogue has this reference. */
  static Comparator<ScreenedEstablishment> ranking(String firstCatalogueReference) {
    int at = firstCatalogueReference.lastIndexOf('@');
    String id = firstCatalogueReference.substring(0, at);
    SemanticVersion version = SemanticVersion.parse(firstCatalogueReference.substring(at + 1));
    return Comparator
        .comparingInt((ScreenedEstablishment e) -> -e.level().rank())
        .thenComparingInt(e -> -atLevel(e))
        .thenComparingLong(e -> -firstScore(e, id, version))
        .thenComparing(ScreenedEstablishment::key);
  }

  private static int atLevel(ScreenedEstablishment e) {
    int n = 0;
    for (Assessment a : e.assessments()) {
      if (a.outcome() == e.level()) {
        n++;
      }
    }
    return n;
  }

  private static long firstScore(ScreenedEstablishment e, String id, SemanticVersion version) {
    if (!e.assessments().isEmpty()) {
      Assessment a = e.assessments().get(0);
      if (a.provenance().catalogueId().equals(id) && a.provenance().catalogueVersion().equals(version)) {
        return a.scoreMilli();
      }
    }
    return -1;
  }

  /**
   * Starts a screening with the default catalogues ({@link #defaultCatalogues()}), the {@code
   * weighted} model, and batches that keep establishments at {@code low} or higher.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the default catalogues: {@value #ADMIN_CATALOGUE}, then every other built-in catalogue
   * about establishments that is meant for automated scoring and holds no child-protection signals
   * (the sector profiles), in id order.
   *
   * @return the catalogues
   */
  public static List<HashedCatalogue> defaultCatalogues() {
    List<HashedCatalogue> list = new ArrayList<>();
    list.add(Catalogues.hashedBuiltIn(ADMIN_CATALOGUE));
    for (String id : new TreeSet<>(Catalogues.builtInIds())) {
      if (!id.equals(ADMIN_CATALOGUE) && refusal(Catalogues.hashedBuiltIn(id)).isEmpty()) {
        list.add(Catalogues.hashedBuiltIn(id));
      }
    }
    return list;
  }

  /**
   * Tells why a catalogue may not be used for screening, if it may not.
   *
   * @param catalogue the catalogue
   * @return the rule it breaks: {@link ScreeningError#CHILD_PROTECTION_CATALOGUE}, {@link
   *     ScreeningError#PERSON_CATALOGUE} or {@link ScreeningError#REFERENCE_ONLY_CATALOGUE}; empty
   *     if it may be used
   */
  public static Optional<ScreeningError> refusal(HashedCatalogue catalogue) {
    Catalogue c = catalogue.catalogue();
    if (c.childProtection()) {
      return Optional.of(ScreeningError.CHILD_PROTECTION_CATALOGUE);
    }
    if (c.subjectKind() != SubjectKind.ESTABLISHMENT) {
      return Optional.of(ScreeningError.PERSON_CATALOGUE);
    }
    if (c.purpose() != Purpose.AUTOMATED_SCORING) {
      return Optional.of(ScreeningError.REFERENCE_ONLY_CATALOGUE);
    }
    return Optional.empty();
  }

  /**
   * Tells whether a catalogue applies to a sector: at least one of its indicators does.
   *
   * @param catalogue the catalogue
   * @param sector the sector
   * @return whether it applies
   */
  public static boolean applies(Catalogue catalogue, Sector sector) {
    for (Indicator i : catalogue.indicators()) {
      if (i.appliesTo(sector)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the model id.
   *
   * @return for example {@code weighted}
   */
  public String modelId() {
    return modelId;
  }

  /**
   * Returns the compiled models, one per catalogue, in catalogue order.
   *
   * @return an unmodifiable list
   */
  public List<RiskModel> models() {
    return models;
  }

  /**
   * Returns the catalogues as results name them, in catalogue order.
   *
   * @return an unmodifiable list
   */
  public List<ScreeningResult.CatalogueUse> catalogues() {
    return uses;
  }

  /**
   * Returns the lowest level a batch keeps; the others are counted only.
   *
   * @return the level
   */
  public Outcome keptFrom() {
    return keptFrom;
  }

  /**
   * Returns the ranking of this screening (see the class comment): the order of {@link
   * ScreeningResult#establishments()}.
   *
   * @return the comparator, highest signal first
   */
  public Comparator<ScreenedEstablishment> ranking() {
    return ranking;
  }

  /**
   * Returns a text that sorts like {@link #ranking()}: for two establishments screened by this
   * screening, {@code rankKey(a).compareTo(rankKey(b))} has the sign of {@code
   * ranking().compare(a, b)}. For ranking where the objects are not at hand: results screened apart
   * (on a cluster, in several processes) and merged, or rows sorted by a database. The key is ASCII
   * up to the establishment's key, so byte order, {@code String} order and SQL's binary collation
   * agree on it. It holds the level, the number of catalogues at that level, the first catalogue's
   * score and the key: nothing the results document does not already show.
   *
   * @param establishment an establishment screened by this screening
   * @return the key
   */
  public String rankKey(ScreenedEstablishment establishment) {
    Objects.requireNonNull(establishment, "establishment");
    StringBuilder b = new StringBuilder(48 + establishment.key().length());
    descending(b, establishment.level().rank());
    descending(b, atLevel(establishment));
    long score = firstScore(establishment, firstCatalogueId, firstCatalogueVersion);
    String hex = Long.toHexString(~(score ^ Long.MIN_VALUE));
    b.append("0".repeat(16 - hex.length())).append(hex);
    return b.append(establishment.key()).toString();
  }

  /** Eight hex digits that sort, as text, in descending order of {@code n}. */
  private static void descending(StringBuilder b, int n) {
    String hex = Integer.toHexString(~(n ^ Integer.MIN_VALUE));
    b.append("0".repeat(8 - hex.length())).append(hex);
  }

  /**
   * Screens one establishment, for example an application at the permit desk.
   *
   * @param establishment the establishment and its observations
   * @param asOf the reference date: observations that start after it are ignored, ages count to it
   * @return the screened establishment with every assessment and reason
   * @throws NullPointerException if an argument is {@code null}
   */
  public ScreenedEstablishment screen(ObservedEstablishment establishment, LocalDate asOf) {
    Objects.requireNonNull(establishment, "establishment");
    Objects.requireNonNull(asOf, "asOf");
    return screen(establishment, asOf, route(establishment), assessors(asOf));
  }

  /**
   * Screens a batch, for example every establishment of a city or country every night. The
   * establishments are read one at a time: those below {@link #keptFrom()} are counted and let go,
   * so memory grows only with the establishments that carry a signal. A stream can be passed as
   * {@code stream::iterator}.
   *
   * @param establishments the establishments, each read once
   * @param asOf the reference date
   * @return the counts per level and the kept establishments, ranked
   * @throws NullPointerException if an argument or element is {@code null}
   */
  public ScreeningResult screenAll(Iterable<ObservedEstablishment> establishments, LocalDate asOf) {
    Objects.requireNonNull(establishments, "establishments");
    Batch batch = batch(asOf);
    for (ObservedEstablishment e : establishments) {
      batch.add(e);
    }
    return batch.result();
  }

  /**
   * Starts a batch fed one establishment at a time, for sources that push rather than iterate (a
   * register reader's callback, a message queue). {@link #screenAll} is a batch fed from an
   * iterable; both give the same result for the same establishments.
   *
   * @param asOf the reference date
   * @return a new batch
   */
  public Batch batch(LocalDate asOf) {
    return new Batch(Objects.requireNonNull(asOf, "asOf"));
  }

  /**
   * A batch being screened: establishments below {@link #keptFrom()} are counted and let go, the
   * others kept. Not thread-safe; one batch per thread (the {@link Screening} itself is shared).
   */
  public final class Batch {
    private final LocalDate asOf;
    private final EnumMap<Outcome, Long> counts = new EnumMap<>(Outcome.class);
    private final List<ScreenedEstablishment> kept = new ArrayList<>();
    private final List<Function<Subject, Assessment>> assessors;
    private final EnumMap<Sector, Outcome> unobserved = new EnumMap<>(Sector.class);
    private boolean done;

    private Batch(LocalDate asOf) {
      this.asOf = asOf;
      this.assessors = assessors(asOf);
      for (Outcome level : ScreeningResult.LEVELS) {
        counts.put(level, 0L);
      }
    }

    /**
     * Screens one establishment of the batch.
     *
     * @param e the establishment
     * @throws IllegalStateException after {@link #result()}
     * @throws NullPointerException if {@code e} is {@code null}
     */
    public void add(ObservedEstablishment e) {
      Objects.requireNonNull(e, "establishment");
      if (done) {
        throw new IllegalStateException("the batch has given its result");
      }
      Routed routed = route(e);
      if (routed.scoredNone()) {
        // no observation any applied catalogue holds: the level is that of an empty subject,
        // the same for every establishment of the sector, so it is computed once per batch
        Outcome level = unobserved.computeIfAbsent(e.sector(), s -> emptyLevel(e, routed, assessors));
        if (!level.isAtLeast(keptFrom)) {
          counts.merge(level, 1L, Long::sum);
          return;
        }
      }
      ScreenedEstablishment s = screen(e, asOf, routed, assessors);
      counts.merge(s.level(), 1L, Long::sum);
      if (s.level().isAtLeast(keptFrom)) {
        kept.add(s);
      }
    }

    /**
     * Ends the batch.
     *
     * @return the counts per level and the kept establishments, ranked
     * @throws IllegalStateException if called twice
     */
    public ScreeningResult result() {
      if (done) {
        throw new IllegalStateException("the batch has given its result");
      }
      done = true;
      kept.sort(ranking);
      return new ScreeningResult(asOf, modelId, uses, keptFrom, counts, kept, Versions.library(), Optional.empty(),
          Optional.empty());
    }

    /**
     * Returns the number of establishments added so far; never a key.
     *
     * @return the description
     */
    @Override
    public String toString() {
      long n = 0;
      for (long c : counts.values()) {
        n += c;
      }
      return "Screening.Batch[added=" + n + ", kept=" + kept.size() + "]";
    }
  }

  /** The observations of an establishment split by catalogue, and which catalogues apply. */
  private static final class Routed {
    final boolean[] applies;
    final List<List<Observation>> perCatalogue;
    final TreeSet<String> notScored = new TreeSet<>();

    boolean scoredNone() {
      for (List<Observation> own : perCatalogue) {
        if (!own.isEmpty()) {
          return false;
        }
      }
      return true;
    }

    Routed(boolean[] applies, int catalogues) {
      this.applies = applies;
      this.perCatalogue = new ArrayList<>(catalogues);
      for (int c = 0; c < catalogues; c++) {
        perCatalogue.add(new ArrayList<>());
      }
    }
  }

  private Routed route(ObservedEstablishment e) {
    Routed r = new Routed(applies.get(e.sector()), models.size());
    for (Observation o : e.observations()) {
      Integer c = catalogueOfIndicator.get(o.indicatorId());
      if (c == null || !r.applies[c]) {
        r.notScored.add(o.indicatorId());
      } else {
        r.perCatalogue.get(c).add(o);
      }
    }
    return r;
  }

  /** The level of an establishment of this sector without observations: its catalogues' empty level. */
  private Outcome emptyLevel(ObservedEstablishment e, Routed r, List<Function<Subject, Assessment>> assessors) {
    Outcome level = Outcome.NONE;
    for (int c = 0; c < models.size(); c++) {
      if (r.applies[c]) {
        Outcome o = assessors.get(c).apply(new Subject(e.subject(), List.of())).outcome();
        if (o.rank() > level.rank()) {
          level = o;
        }
      }
    }
    return level;
  }

  /** One assessor per model at {@code asOf}: the provenance is built once per batch and shared. */
  private List<Function<Subject, Assessment>> assessors(LocalDate asOf) {
    List<Function<Subject, Assessment>> list = new ArrayList<>(models.size());
    for (RiskModel m : models) {
      list.add(m.at(asOf));
    }
    return list;
  }

  private ScreenedEstablishment screen(ObservedEstablishment e, LocalDate asOf, Routed r,
      List<Function<Subject, Assessment>> assessors) {
    Optional<Country> country = e.country();
    List<Assessment> assessments = new ArrayList<>();
    List<Reason> reasons = new ArrayList<>();
    Set<String> contributing = new HashSet<>();
    for (int c = 0; c < models.size(); c++) {
      if (!r.applies[c]) {
        continue;
      }
      List<Observation> own = r.perCatalogue.get(c);
      Assessment a = assessors.get(c).apply(new Subject(e.subject(), own));
      assessments.add(a);
      for (Contribution contribution : a.contributions()) {
        if (contribution.kind() != ContributionKind.INDICATOR || contribution.milliPoints() <= 0) {
          continue;
        }
        String id = contribution.indicatorId().orElseThrow();
        contributing.add(id);
        Indicator indicator = indicators.get(id);
        TreeSet<Agency> reportedBy = new TreeSet<>();
        for (Observation o : own) {
          if (o.indicatorId().equals(id)) {
            reportedBy.add(o.source());
          }
        }
        List<Agency> couldAct = new ArrayList<>();
        for (Agency agency : indicator.observedBy()) {
          if (country.isEmpty() || agency.actsIn(country.get())) {
            couldAct.add(agency);
          }
        }
        reasons.add(new Reason(id, references.get(c), indicator.label(), indicator.category(),
            contribution.milliPoints(), contribution.observations(), new ArrayList<>(reportedBy), couldAct));
      }
    }
    reasons.sort(Comparator.comparingLong((Reason x) -> -x.milliPoints()).thenComparing(Reason::indicatorId));
    LocalDate last = null;
    Grading strongest = null;
    for (Observation o : e.observations()) {
      if (!contributing.contains(o.indicatorId()) || o.period().from().isAfter(asOf)) {
        continue;
      }
      LocalDate to = o.period().to().isAfter(asOf) ? asOf : o.period().to();
      last = last == null || to.isAfter(last) ? to : last;
      Grading g = o.grading();
      if (g != null && (strongest == null || Grading.STRONGEST_FIRST.compare(g, strongest) < 0)) {
        strongest = g;
      }
    }
    return new ScreenedEstablishment(e.subject(), e.sector(), ScreenedEstablishment.highest(assessments),
        assessments, reasons, new ArrayList<>(r.notScored), Optional.ofNullable(last),
        Optional.ofNullable(strongest));
  }

  /**
   * Builds a {@link Screening}; fails fast on a catalogue or model the screening may not use.
   * Not thread-safe.
   */
  public static final class Builder {

    private final List<HashedCatalogue> catalogues = new ArrayList<>();
    private String modelId = WeightedModel.ID;
    private Outcome keptFrom = Outcome.LOW;

    private Builder() {}

    /**
     * Adds a catalogue; without any, the screening uses {@link #defaultCatalogues()}.
     *
     * @param catalogue the catalogue
     * @return this builder
     * @throws ScreeningException with the code of {@link #refusal(HashedCatalogue)} if it may not
     *     be used
     */
    public Builder catalogue(HashedCatalogue catalogue) {
      Objects.requireNonNull(catalogue, "catalogue");
      Optional<ScreeningError> refusal = refusal(catalogue);
      if (refusal.isPresent()) {
        throw new ScreeningException(refusal.get(), "catalogue " + catalogue.catalogue().reference());
      }
      catalogues.add(catalogue);
      return this;
    }

    /**
     * Adds catalogues in order; see {@link #catalogue(HashedCatalogue)}.
     *
     * @param list the catalogues
     * @return this builder
     */
    public Builder catalogues(List<HashedCatalogue> list) {
      list.forEach(this::catalogue);
      return this;
    }

    /**
     * Sets the risk model; default {@code weighted}.
     *
     * @param id a model id of {@link RiskModels#IDS}
     * @return this builder
     * @throws ScreeningException with {@link ScreeningError#MODEL_REFUSED} for an unknown id
     */
    public Builder model(String id) {
      if (!RiskModels.IDS.contains(Objects.requireNonNull(id, "id"))) {
        throw new ScreeningException(ScreeningError.MODEL_REFUSED, "model");
      }
      this.modelId = id;
      return this;
    }

    /**
     * Sets the lowest level a batch keeps; default {@code low}. {@code none} keeps every
     * establishment (for small batches).
     *
     * @param level a level of the weighted model
     * @return this builder
     */
    public Builder keep(Outcome level) {
      if (!ScreeningResult.LEVELS.contains(Objects.requireNonNull(level, "level"))) {
        throw new IllegalArgumentException("keep takes high, medium, low or none");
      }
      this.keptFrom = level;
      return this;
    }

    /**
     * Compiles one model per catalogue.
     *
     * @return the screening
     * @throws ScreeningException with {@link ScreeningError#CATALOGUE_SET} if a catalogue id repeats
     *     or two catalogues hold the same indicator id, or {@link ScreeningError#MODEL_REFUSED} if
     *     the model refuses a catalogue
     */
    public Screening build() {
      List<HashedCatalogue> list = catalogues.isEmpty() ? defaultCatalogues() : catalogues;
      Set<String> ids = new HashSet<>();
      Set<String> indicatorIds = new HashSet<>();
      List<RiskModel> models = new ArrayList<>();
      for (HashedCatalogue c : list) {
        if (!ids.add(c.catalogue().id())) {
          throw new ScreeningException(ScreeningError.CATALOGUE_SET, "catalogue " + c.catalogue().reference());
        }
        for (Indicator i : c.catalogue().indicators()) {
          if (!indicatorIds.add(i.id())) {
            throw new ScreeningException(ScreeningError.CATALOGUE_SET, "catalogue " + c.catalogue().reference());
          }
        }
        RiskModel model;
        try {
          model = RiskModels.compile(modelId, c);
        } catch (ScoringException e) {
          throw new ScreeningException(ScreeningError.MODEL_REFUSED, "catalogue " + c.catalogue().reference(), e);
        }
        models.add(model);
      }
      return new Screening(this, models);
    }
  }

  /**
   * Returns the catalogues and model; never data.
   *
   * @return the description
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Screening[model=").append(modelId).append(", catalogues=");
    for (int i = 0; i < uses.size(); i++) {
      sb.append(i == 0 ? "" : ",").append(uses.get(i).reference());
    }
    return sb.append(", keep=").append(keptFrom.id()).append(']').toString();
  }
}
