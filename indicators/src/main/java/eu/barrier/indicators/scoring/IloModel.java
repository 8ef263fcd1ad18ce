package eu.barrier.indicators.scoring;

import eu.barrier.core.observation.Observation;
import eu.barrier.core.observation.SubjectKind;
import eu.barrier.indicators.IndicatorsError;
import eu.barrier.indicators.catalogue.Catalogue;
import eu.barrier.indicators.catalogue.Category;
import eu.barrier.indicators.catalogue.HashedCatalogue;
import eu.barrier.indicators.catalogue.Indicator;
import eu.barrier.indicators.catalogue.Strength;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * The {@code ilo-2009} model: the combination rule of the ILO/EC 2009 operational indicators of
 * trafficking in human beings, applied to person-level observations.
 *
 * <p><b>Step 1, dimensions.</b> For each of the six dimensions DR, CR, VR, EX, CD, VD the model
 * counts the <em>distinct</em> observed indicators of that dimension by strength (an indicator
 * counts only in its own dimension, however often it was observed) and marks the dimension
 * positive if any {@link DimensionClause} holds: ≥ 2 strong, or 1 strong and ≥ 1 medium or weak,
 * or ≥ 3 medium, or ≥ 2 medium and ≥ 1 weak.
 *
 * <p><b>Step 2, outcome.</b> {@link Outcome#PRESUMED_TRAFFICKING} if the {@link OutcomeRule} holds;
 * otherwise {@link Outcome#EXPLOITATION_SIGNAL} if EX is positive; otherwise {@link
 * Outcome#DIMENSION_SIGNAL} if any dimension is positive; otherwise {@link Outcome#NONE}. The score
 * is one point per positive dimension.
 *
 * <p>The model refuses ({@link ScoringException}) a catalogue that is not a person catalogue of ILO
 * dimensions, and any catalogue with a {@code provisional} strength: the dimension rule needs rated
 * strengths. Only observations whose period starts on or before {@code asOf} count.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class IloModel extends CompiledModel {

  /** The model id. */
  public static final String ID = "ilo-2009";

  private static final Category[] DIMENSIONS = {Category.DR, Category.CR, Category.VR, Category.EX, Category.CD,
      Category.VD};

  private final HashedCatalogue hashed;
  private final OutcomeRule rule;
  private final Map<String, Integer> index;
  private final String[] ids;
  private final Strength[] strengths;
  private final int[] dimension;
  private final SortedMap<String, String> parameters;

  private IloModel(HashedCatalogue hashed, OutcomeRule rule) {
    this.hashed = hashed;
    this.rule = rule;
    List<Indicator> indicators = hashed.catalogue().indicators();
    int n = indicators.size();
    this.index = new HashMap<>(n * 2);
    this.ids = new String[n];
    this.strengths = new Strength[n];
    this.dimension = new int[n];
    for (int i = 0; i < n; i++) {
      Indicator indicator = indicators.get(i);
      index.put(indicator.id(), i);
      ids[i] = indicator.id();
      strengths[i] = indicator.strength();
      dimension[i] = indicator.category().ordinal();
    }
    SortedMap<String, String> p = new TreeMap<>();
    p.put("dimensionRule", "ilo-2009-delphi: a >= 2 strong | b 1 strong + >= 1 medium or weak | c >= 3 medium"
        + " | d >= 2 medium + >= 1 weak; distinct indicators per dimension");
    p.put("outcomeRule", rule.name());
    p.put("outcomeRuleFormula", rule.formula());
    p.put("gradedOutcomes", "presumed-trafficking > exploitation-signal (EX) > dimension-signal > none");
    p.put("score", "1 point per positive dimension");
    this.parameters = Collections.unmodifiableSortedMap(p);
  }

  /**
   * Returns the default outcome rule for a catalogue: {@link OutcomeRule#CHILD} for catalogues
   * whose id starts with {@code ilo-2009-child-}, {@link OutcomeRule#ADULT} otherwise.
   *
   * @param catalogue the catalogue
   * @return the rule
   */
  public static OutcomeRule defaultRule(Catalogue catalogue) {
    return catalogue.id().startsWith("ilo-2009-child-") ? OutcomeRule.CHILD : OutcomeRule.ADULT;
  }

  /**
   * Compiles the model with the catalogue's {@link #defaultRule(Catalogue) default rule}.
   *
   * @param catalogue the catalogue
   * @return the model
   * @throws ScoringException if the catalogue is refused (see the class description)
   */
  public static IloModel compile(HashedCatalogue catalogue) {
    return compile(catalogue, defaultRule(Objects.requireNonNull(catalogue, "catalogue").catalogue()));
  }

  /**
   * Compiles the model with an outcome rule.
   *
   * @param catalogue the catalogue
   * @param rule the outcome rule
   * @return the model
   * @throws ScoringException if the catalogue is refused (see the class description)
   * @throws NullPointerException if an argument is {@code null}
   */
  public static IloModel compile(HashedCatalogue catalogue, OutcomeRule rule) {
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(rule, "rule");
    ModelSupport.requireScorable(catalogue, ID);
    Catalogue c = catalogue.catalogue();
    boolean iloOnly = c.indicators().stream().allMatch(i -> i.category().isIloDimension());
    if (c.subjectKind() != SubjectKind.PERSON || !iloOnly) {
      throw new ScoringException(IndicatorsError.SCORING_NOT_ILO, "model " + ID + " refuses catalogue "
          + c.reference() + ": it needs a person catalogue whose categories are the ILO dimensions");
    }
    Set<Category> provisional = EnumSet.noneOf(Category.class);
    int count = 0;
    for (Indicator indicator : c.indicators()) {
      if (indicator.strength() == Strength.PROVISIONAL) {
        provisional.add(indicator.category());
        count++;
      }
    }
    if (count > 0) {
      throw new ScoringException(IndicatorsError.SCORING_PROVISIONAL, String.format(Locale.ROOT,
          "model %s refuses catalogue %s: %d indicators have a provisional strength (dimensions %s); the ILO 2009"
              + " rule counts strong, medium and weak indicators and cannot classify on unrated strengths",
          ID, c.reference(), count, provisional.stream().map(Category::id).collect(java.util.stream.Collectors.joining(", "))));
    }
    return new IloModel(catalogue, rule);
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
   * Returns the outcome rule.
   *
   * @return the rule
   */
  public OutcomeRule rule() {
    return rule;
  }

  @Override
  public SortedMap<String, String> parameters() {
    return parameters;
  }

  @Override
  Assessment assess(Subject subject, LocalDate asOf, AssessmentProvenance provenance) {
    Objects.requireNonNull(subject, "subject");
    ModelSupport.requireKind(subject, hashed.catalogue());
    boolean[] seen = new boolean[ids.length];
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
      } else {
        seen[i] = true;
      }
    }
    List<DimensionResult> dimensions = new ArrayList<>(DIMENSIONS.length);
    List<String> trace = new ArrayList<>();
    List<Contribution> contributions = new ArrayList<>();
    Set<Category> positive = EnumSet.noneOf(Category.class);
    for (Category d : DIMENSIONS) {
      int s = 0;
      int m = 0;
      int w = 0;
      List<String> found = new ArrayList<>();
      for (int i = 0; i < ids.length; i++) {
        if (seen[i] && dimension[i] == d.ordinal()) {
          found.add(ids[i]);
          switch (strengths[i]) {
            case STRONG:
              s++;
              break;
            case MEDIUM:
              m++;
              break;
            default:
              w++;
              break;
          }
        }
      }
      Optional<DimensionClause> clause = DimensionClause.firstHolding(s, m, w);
      dimensions.add(new DimensionResult(d, s, m, w, found, clause));
      String counts = String.format(Locale.ROOT, "strong %d, medium %d, weak %d", s, m, w);
      if (clause.isPresent()) {
        positive.add(d);
        contributions.add(new Contribution(ContributionKind.DIMENSION, Optional.empty(), d, Optional.empty(), 0, 1000,
            0, 1.0, 0, 1000));
        trace.add(d.id() + " positive by clause " + clause.get().letter() + " (" + clause.get().rule() + "; " + counts
            + "): " + String.join(", ", found));
      } else if (found.isEmpty()) {
        trace.add(d.id() + " not positive: no indicator observed");
      } else {
        trace.add(d.id() + " not positive (" + counts + "): " + String.join(", ", found));
      }
    }
    for (Set<Category> clause : rule.clauses()) {
      List<String> hits = new ArrayList<>();
      for (Category c : clause) {
        if (positive.contains(c)) {
          hits.add(c.id());
        }
      }
      trace.add("clause " + OutcomeRule.clause(clause) + (hits.isEmpty() ? " does not hold"
          : " holds by " + String.join(", ", hits)));
    }
    Outcome outcome;
    if (rule.holds(positive)) {
      outcome = Outcome.PRESUMED_TRAFFICKING;
    } else if (positive.contains(Category.EX)) {
      outcome = Outcome.EXPLOITATION_SIGNAL;
    } else if (!positive.isEmpty()) {
      outcome = Outcome.DIMENSION_SIGNAL;
    } else {
      outcome = Outcome.NONE;
    }
    trace.add("rule " + rule.name() + " " + rule.formula() + (outcome == Outcome.PRESUMED_TRAFFICKING ? " holds"
        : " does not hold") + ": outcome " + outcome.id());
    if (ignored > 0) {
      trace.add(ignored + " observation(s) start after " + asOf + " and were ignored");
    }
    if (!unknown.isEmpty()) {
      trace.add(unknown.size() + " observed indicator id(s) are not in catalogue " + hashed.catalogue().reference());
    }
    return new Assessment(subject.reference(), outcome, 1000L * positive.size(), contributions, dimensions, trace,
        List.copyOf(unknown), ignored, provenance);
  }

  /**
   * Returns the model id and catalogue reference.
   *
   * @return a description
   */
  @Override
  public String toString() {
    return "IloModel[" + hashed.catalogue().reference() + ", rule " + rule.name() + "]";
  }
}
