package eu.barrier.indicators.scoring;

import eu.barrier.core.observation.Observation;
import eu.barrier.indicators.catalogue.Catalogue;
import eu.barrier.indicators.catalogue.CatalogueScoring;
import eu.barrier.indicators.catalogue.Category;
import eu.barrier.indicators.catalogue.HashedCatalogue;
import eu.barrier.indicators.catalogue.Indicator;
import eu.barrier.indicators.catalogue.Strength;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * The {@code weighted} model: a transparent sum of points, for business-level (and person-level)
 * catalogues. The parameters come from the catalogue's {@link CatalogueScoring} block, or its
 * defaults.
 *
 * <ol>
 *   <li>Each observation whose period starts on or before {@code asOf} is worth {@code round(points
 *       × 1000 × evidence / 1000 × decay)} thousandths of a point: {@code points} by the
 *       indicator's strength ({@code provisional} has its own documented weight), {@code evidence}
 *       from the grading ({@link EvidenceFactors}), {@code decay = 0.5^(age / halfLifeDays)} with
 *       {@code age} the days from the end of the observed period (or {@code asOf}, if earlier) to
 *       {@code asOf}; no decay when the half-life is 0.
 *   <li>An indicator counts once: its most valuable observation (the first one on a tie).
 *   <li>The indicators of one category (barrier or ILO dimension) add up to at most the category
 *       cap; the excess appears as a negative {@link ContributionKind#CATEGORY_CAP} contribution.
 *   <li>The score is the sum of all contributions; the level is {@link Outcome#HIGH}, {@link
 *       Outcome#MEDIUM} or {@link Outcome#LOW} from the thresholds, or {@link Outcome#NONE}.
 * </ol>
 *
 * <p>Each indicator's terms (points, evidence, age, decay, repeats, value) are in its {@link
 * Contribution}; the trace states each category's sum, each cap, and the score and level. Every
 * term is rounded once, so the contributions add up to the score exactly. Adding an
 * observation never lowers the score. Decay uses {@link StrictMath}, so the result is the same on
 * every platform.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class WeightedModel extends CompiledModel {

  /** The model id. */
  public static final String ID = "weighted";

  private final HashedCatalogue hashed;
  private final CatalogueScoring scoring;
  private final Map<String, Integer> index;
  private final String[] ids;
  private final Strength[] strengths;
  private final Category[] categories;
  private final int[] points;
  private final Optional<String>[] idOptions;
  private final Optional<Strength>[] strengthOptions;
  private final double[] decayByAge;
  private final SortedMap<String, String> parameters;

  /** Decay factors are precomputed (with StrictMath, so identical) for ages up to this many days. */
  private static final int DECAY_TABLE_DAYS = 1 << 16;

  private WeightedModel(HashedCatalogue hashed) {
    this.hashed = hashed;
    Catalogue c = hashed.catalogue();
    this.scoring = c.scoringOrDefaults();
    List<Indicator> indicators = c.indicators();
    int n = indicators.size();
    this.index = new HashMap<>(n * 2);
    this.ids = new String[n];
    this.strengths = new Strength[n];
    this.categories = new Category[n];
    this.points = new int[n];
    @SuppressWarnings({"unchecked", "rawtypes"})
    Optional<String>[] idOpts = new Optional[n];
    @SuppressWarnings({"unchecked", "rawtypes"})
    Optional<Strength>[] strengthOpts = new Optional[n];
    this.idOptions = idOpts;
    this.strengthOptions = strengthOpts;
    int tableDays = scoring.halfLifeDays() == 0 ? 1 : Math.min(DECAY_TABLE_DAYS, 40 * scoring.halfLifeDays());
    this.decayByAge = new double[tableDays];
    for (int age = 0; age < tableDays; age++) {
      decayByAge[age] = computeDecay(age);
    }
    for (int i = 0; i < n; i++) {
      Indicator indicator = indicators.get(i);
      index.put(indicator.id(), i);
      ids[i] = indicator.id();
      strengths[i] = indicator.strength();
      categories[i] = indicator.category();
      points[i] = scoring.points(indicator.strength());
      idOptions[i] = Optional.of(indicator.id());
      strengthOptions[i] = Optional.of(indicator.strength());
    }
    SortedMap<String, String> p = new TreeMap<>();
    p.put("points.strong", Integer.toString(scoring.strongPoints()));
    p.put("points.medium", Integer.toString(scoring.mediumPoints()));
    p.put("points.weak", Integer.toString(scoring.weakPoints()));
    p.put("points.provisional", Integer.toString(scoring.provisionalPoints()));
    p.put("categoryCap", Integer.toString(scoring.categoryCap()));
    p.put("halfLifeDays", Integer.toString(scoring.halfLifeDays()));
    p.put("thresholds.low", Integer.toString(scoring.lowThreshold()));
    p.put("thresholds.medium", Integer.toString(scoring.mediumThreshold()));
    p.put("thresholds.high", Integer.toString(scoring.highThreshold()));
    p.put("evidenceTable", EvidenceFactors.TABLE_ID);
    p.put("scoringBlock", c.scoring().isPresent() ? "catalogue" : "defaults");
    p.put("repeats", "an indicator counts once, by its most valuable observation");
    this.parameters = Collections.unmodifiableSortedMap(p);
  }

  /**
   * Compiles the model for a catalogue.
   *
   * @param catalogue the catalogue
   * @return the model
   * @throws ScoringException if the catalogue has lint errors or is reference-only
   * @throws NullPointerException if {@code catalogue} is {@code null}
   */
  public static WeightedModel compile(HashedCatalogue catalogue) {
    Objects.requireNonNull(catalogue, "catalogue");
    ModelSupport.requireScorable(catalogue, ID);
    return new WeightedModel(catalogue);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public HashedCatalogue catalogue() {
    return hashed;
  }

  /**
   * Returns the scoring parameters in use.
   *
   * @return the catalogue's parameters or the defaults
   */
  public CatalogueScoring scoring() {
    return scoring;
  }

  @Override
  public SortedMap<String, String> parameters() {
    return parameters;
  }

  /**
   * Returns only the score, without building an assessment: the same value as {@link
   * #assess(Subject, LocalDate)}{@code .scoreMilli()}.
   *
   * @param subject the subject
   * @param asOf the reference date
   * @return the score in thousandths of a point
   * @throws ScoringException if the subject's kind is not the catalogue's subject kind
   * @throws NullPointerException if an argument is {@code null}
   */
  public long scoreMilli(Subject subject, LocalDate asOf) {
    Objects.requireNonNull(subject, "subject");
    ModelSupport.requireKind(subject, hashed.catalogue());
    long asOfDay = asOf.toEpochDay();
    long[] best = new long[ids.length];
    boolean any = false;
    for (Observation observation : subject.observations()) {
      if (!ModelSupport.counts(observation, asOf)) {
        continue;
      }
      Integer i = index.get(observation.indicatorId());
      if (i != null) {
        long value = value(i, observation, asOfDay);
        if (value > best[i]) {
          best[i] = value;
        }
        any = true;
      }
    }
    if (!any) {
      return 0;
    }
    long[] perCategory = new long[Category.values().length];
    for (int i = 0; i < best.length; i++) {
      perCategory[categories[i].ordinal()] += best[i];
    }
    long cap = 1000L * scoring.categoryCap();
    long score = 0;
    for (long sum : perCategory) {
      score += Math.min(sum, cap);
    }
    return score;
  }

  private int ageDays(Observation observation, long asOfDay) {
    long end = Math.min(observation.period().to().toEpochDay(), asOfDay);
    return (int) Math.max(0, asOfDay - end);
  }

  private double decay(int ageDays) {
    return ageDays < decayByAge.length ? decayByAge[ageDays] : computeDecay(ageDays);
  }

  private double computeDecay(int ageDays) {
    return scoring.halfLifeDays() == 0 || ageDays == 0 ? 1.0
        : StrictMath.pow(0.5, (double) ageDays / scoring.halfLifeDays());
  }

  private long value(int i, Observation observation, long asOfDay) {
    long base = (long) points[i] * EvidenceFactors.permille(observation.grading());
    return Math.round(base * decay(ageDays(observation, asOfDay)));
  }

  @Override
  Assessment assess(Subject subject, LocalDate asOf, AssessmentProvenance provenance) {
    Objects.requireNonNull(subject, "subject");
    ModelSupport.requireKind(subject, hashed.catalogue());
    long asOfDay = asOf.toEpochDay();
    int n = ids.length;
    long[] best = new long[n];
    Observation[] bestObservation = new Observation[n];
    int[] repeats = new int[n];
    TreeSet<String> unknown = new TreeSet<>();
    int ignored = 0;
    for (Observation observation : subject.observations()) {
      if (!ModelSupport.counts(observation, asOf)) {
        ignored++;
        continue;
      }
      Integer i = index.get(observation.indicatorId());
      if (i == null) {
        unknown.add(observation.indicatorId());
        continue;
      }
      long value = value(i, observation, asOfDay);
      repeats[i]++;
      if (bestObservation[i] == null || value > best[i]) {
        best[i] = value;
        bestObservation[i] = observation;
      }
    }
    List<Contribution> contributions = new ArrayList<>();
    List<String> trace = new ArrayList<>();
    long cap = 1000L * scoring.categoryCap();
    long score = 0;
    for (Category category : Category.values()) {
      long sum = 0;
      for (int i = 0; i < n; i++) {
        if (bestObservation[i] == null || categories[i] != category) {
          continue;
        }
        Observation o = bestObservation[i];
        int evidence = EvidenceFactors.permille(o.grading());
        int age = ageDays(o, asOfDay);
        double decay = decay(age);
        contributions.add(new Contribution(ContributionKind.INDICATOR, idOptions[i], category, strengthOptions[i],
            points[i], evidence, age, decay, repeats[i], best[i]));
        sum += best[i];
      }
      if (sum > 0) {
        trace.add("category " + category.id() + " sums to " + ModelSupport.points(sum));
      }
      if (sum > cap) {
        contributions.add(new Contribution(ContributionKind.CATEGORY_CAP, Optional.empty(), category,
            Optional.empty(), 0, 1000, 0, 1.0, 0, cap - sum));
        trace.add("category " + category.id() + " sums to " + ModelSupport.points(sum) + ", capped at "
            + scoring.categoryCap() + " (" + ModelSupport.points(cap - sum) + ")");
        sum = cap;
      }
      score += sum;
    }
    Outcome level = level(score);
    trace.add("score " + ModelSupport.points(score) + ": level " + level.id() + " (thresholds low "
        + scoring.lowThreshold() + ", medium " + scoring.mediumThreshold() + ", high " + scoring.highThreshold() + ")");
    if (ignored > 0) {
      trace.add(ignored + " observation(s) start after " + asOf + " and were ignored");
    }
    if (!unknown.isEmpty()) {
      trace.add(unknown.size() + " observed indicator id(s) are not in catalogue " + hashed.catalogue().reference());
    }
    return new Assessment(subject.reference(), level, score, contributions, List.of(), trace, List.copyOf(unknown),
        ignored, provenance);
  }

  /**
   * Returns the level of a score.
   *
   * @param scoreMilli the score in thousandths of a point
   * @return {@link Outcome#HIGH}, {@link Outcome#MEDIUM}, {@link Outcome#LOW} or {@link Outcome#NONE}
   */
  public Outcome level(long scoreMilli) {
    if (scoreMilli >= 1000L * scoring.highThreshold()) {
      return Outcome.HIGH;
    }
    if (scoreMilli >= 1000L * scoring.mediumThreshold()) {
      return Outcome.MEDIUM;
    }
    if (scoreMilli >= 1000L * scoring.lowThreshold()) {
      return Outcome.LOW;
    }
    return Outcome.NONE;
  }

  /**
   * Returns the model id and catalogue reference.
   *
   * @return a description
   */
  @Override
  public String toString() {
    return "WeightedModel[" + hashed.catalogue().reference() + "]";
  }
}
