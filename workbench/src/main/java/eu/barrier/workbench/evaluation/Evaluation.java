package eu.barrier.workbench.evaluation;

import eu.barrier.workbench.WorkbenchError;

import eu.barrier.core.observation.Observation;
import eu.barrier.indicators.scoring.Subject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * Evaluates one or more scorers on labelled subjects: discrimination (ROC AUC, PR AUC with
 * bootstrap intervals), the figures at each level threshold, calibration where the scorer gives
 * probabilities, per-indicator prevalence and likelihood ratios, a drop-one ablation, fairness per
 * audit group, and paired comparisons. See {@code docs/workbench.md} for every formula.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li><b>Deterministic.</b> The same subjects, scorers and options give an equal result: the
 *       bootstrap draws from {@link SplittableRandom}s seeded from {@link EvaluationOptions#seed()},
 *       sums run in a fixed order, and no clock is read.
 *   <li><b>Audit groups are never an input.</b> Scorers receive only {@link Subject}s; the audit
 *       group is read only to split the fairness figures.
 *   <li><b>Paired.</b> Every scorer is bootstrapped on the same resamples, so the intervals of
 *       the differences in {@link Comparison} account for the shared data.
 * </ul>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Evaluation {

  private static final int MIN_GROUP_SUBJECTS = 30;
  private static final int MIN_GROUP_FLAGGED = 5;

  private Evaluation() {}

  /**
   * Evaluates scorers on labelled subjects.
   *
   * @param data the labelled subjects
   * @param scorers one or more scorers with distinct names; every later one is compared with the
   *     first
   * @param options the settings
   * @param progress receives progress; use {@link ProgressListener#NONE} for none
   * @return every figure
   * @throws EvaluationException if the data lack positives or negatives, or the scorers are
   *     empty or share a name
   * @throws eu.barrier.indicators.scoring.ScoringException if a scorer refuses a subject (for
   *     example of another subject kind)
   * @throws NullPointerException if an argument is {@code null}
   */
  public static EvaluationResult evaluate(LabelledData data, List<Scorer> scorers, EvaluationOptions options,
      ProgressListener progress) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(scorers, "scorers");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(progress, "progress");
    if (scorers.isEmpty() || scorers.stream().map(Scorer::name).distinct().count() != scorers.size()) {
      throw new EvaluationException(WorkbenchError.EVALUATION_BAD_SCORERS, "give one or more scorers with distinct names");
    }
    List<LabelledSubject> subjects = data.subjects();
    int n = subjects.size();
    boolean[] labels = new boolean[n];
    long positives = 0;
    long observations = 0;
    TreeMap<String, Long> groupSizes = new TreeMap<>();
    long withoutGroup = 0;
    for (int i = 0; i < n; i++) {
      LabelledSubject s = subjects.get(i);
      labels[i] = s.label();
      positives += s.label() ? 1 : 0;
      observations += s.subject().observations().size();
      if (s.auditGroup().isPresent()) {
        groupSizes.merge(s.auditGroup().get(), 1L, Long::sum);
      } else {
        withoutGroup++;
      }
    }
    if (positives == 0 || positives == n) {
      throw new EvaluationException(WorkbenchError.EVALUATION_NEEDS_BOTH_LABELS,
          "the labelled subjects need at least one positive and one negative; found " + positives + " positive(s) of "
              + n);
    }
    DataSummary summary = new DataSummary(n, positives, n - positives, observations, groupSizes, withoutGroup,
        data.provenance());

    // score once per scorer
    List<double[]> scores = new ArrayList<>();
    List<int[]> levels = new ArrayList<>();
    List<double[]> probabilities = new ArrayList<>();
    long work = (long) n * scorers.size();
    long done = 0;
    for (Scorer scorer : scorers) {
      double[] s = new double[n];
      int[] l = new int[n];
      double[] p = scorer.givesProbabilities() ? new double[n] : null;
      for (int i = 0; i < n; i++) {
        Score score = scorer.score(subjects.get(i).subject());
        s[i] = score.value();
        l[i] = Math.min(score.level(), scorer.levels().size());
        if (p != null) {
          p[i] = score.probability().orElseThrow(
              () -> new IllegalStateException("a scorer that gives probabilities gave a score without one"));
        }
        if ((++done & 0x3FF) == 0) {
          progress.progress("scoring", done, work);
        }
      }
      progress.progress("scoring", done, work);
      scores.add(s);
      levels.add(l);
      probabilities.add(p);
    }
    List<Ranking> rankings = new ArrayList<>();
    for (double[] s : scores) {
      rankings.add(new Ranking(s, labels));
    }

    // bootstrap, paired across scorers
    int b = options.bootstrapReplicates();
    int k = scorers.size();
    double[][] rocReplicates = new double[k][b];
    double[][] prReplicates = new double[k][b];
    SplittableRandom root = new SplittableRandom(options.seed());
    long[] seeds = new long[b];
    for (int r = 0; r < b; r++) {
      seeds[r] = root.nextLong();
    }
    int[] counts = new int[n];
    for (int r = 0; r < b; r++) {
      Arrays.fill(counts, 0);
      SplittableRandom random = new SplittableRandom(seeds[r]);
      for (int i = 0; i < n; i++) {
        counts[random.nextInt(n)]++;
      }
      for (int c = 0; c < k; c++) {
        rocReplicates[c][r] = rankings.get(c).rocAuc(counts);
        prReplicates[c][r] = rankings.get(c).averagePrecision(counts);
      }
      if ((r & 0xF) == 0xF || r == b - 1) {
        progress.progress("bootstrap", r + 1, b);
      }
    }

    Map<String, int[]> subjectsByIndicator = options.ablation() ? subjectsByIndicator(subjects) : Map.of();
    List<ScorerResult> results = new ArrayList<>();
    for (int c = 0; c < k; c++) {
      Scorer scorer = scorers.get(c);
      Ranking ranking = rankings.get(c);
      Estimate roc = estimate(ranking.rocAuc(null), rocReplicates[c]);
      Estimate pr = estimate(ranking.averagePrecision(null), prReplicates[c]);
      List<LevelResult> levelResults = new ArrayList<>();
      for (int rank = 1; rank <= scorer.levels().size(); rank++) {
        levelResults.add(new LevelResult(scorer.levels().get(rank - 1), rank,
            Metrics.confusion(flags(levels.get(c), rank), labels)));
      }
      Optional<Calibration> calibration = probabilities.get(c) == null ? Optional.empty()
          : Optional.of(calibration(probabilities.get(c), labels));
      List<IndicatorResult> indicators = indicators(scorer, subjects, labels, positives, n - positives,
          subjectsByIndicator, scores.get(c), roc.value(), options, progress);
      results.add(new ScorerResult(scorer.name(), scorer.provenance(), scorer.levels(), roc, pr,
          ranking.roc(options.maxCurvePoints()), ranking.pr(options.maxCurvePoints()), levelResults,
          histogram(scores.get(c), labels, options.scoreBins()), calibration, indicators,
          unknownObservations(scorer, subjects), fairness(scorer, subjects, labels, levels.get(c), options)));
    }
    List<Comparison> comparisons = new ArrayList<>();
    for (int c = 1; c < k; c++) {
      comparisons.add(new Comparison(scorers.get(0).name(), scorers.get(c).name(),
          difference(results.get(c).rocAuc().value() - results.get(0).rocAuc().value(), rocReplicates[c],
              rocReplicates[0]),
          difference(results.get(c).prAuc().value() - results.get(0).prAuc().value(), prReplicates[c],
              prReplicates[0])));
    }
    return new EvaluationResult(options, summary, results, comparisons);
  }

  private static boolean[] flags(int[] levels, int rank) {
    boolean[] flagged = new boolean[levels.length];
    for (int i = 0; i < levels.length; i++) {
      flagged[i] = levels[i] >= rank;
    }
    return flagged;
  }

  /** The 2.5th and 97.5th percentiles by nearest rank over the replicates that gave a value. */
  static Estimate estimate(double value, double[] replicates) {
    double[] valid = Arrays.stream(replicates).filter(v -> !Double.isNaN(v)).sorted().toArray();
    int m = valid.length;
    if (m == 0) {
      return new Estimate(value, Double.NaN, Double.NaN, 0);
    }
    int lower = Math.max(0, (int) Math.ceil(0.025 * m) - 1);
    int upper = Math.max(0, (int) Math.ceil(0.975 * m) - 1);
    return new Estimate(value, valid[lower], valid[upper], m);
  }

  private static Estimate difference(double value, double[] second, double[] first) {
    double[] d = new double[second.length];
    for (int r = 0; r < d.length; r++) {
      d[r] = second[r] - first[r];
    }
    return estimate(value, d);
  }

  private static List<ScoreBin> histogram(double[] scores, boolean[] labels, int bins) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double s : scores) {
      min = Math.min(min, s);
      max = Math.max(max, s);
    }
    int count = max > min ? bins : 1;
    double width = max > min ? (max - min) / count : 0;
    long[] pos = new long[count];
    long[] neg = new long[count];
    for (int i = 0; i < scores.length; i++) {
      int bin = width == 0 ? 0 : Math.min(count - 1, (int) ((scores[i] - min) / width));
      if (labels[i]) {
        pos[bin]++;
      } else {
        neg[bin]++;
      }
    }
    List<ScoreBin> result = new ArrayList<>(count);
    for (int bin = 0; bin < count; bin++) {
      double from = min + bin * width;
      double to = bin == count - 1 ? max : min + (bin + 1) * width;
      result.add(new ScoreBin(from, to, pos[bin], neg[bin]));
    }
    return result;
  }

  private static Calibration calibration(double[] probabilities, boolean[] labels) {
    long[] count = new long[10];
    double[] sum = new double[10];
    long[] pos = new long[10];
    for (int i = 0; i < probabilities.length; i++) {
      int bin = Math.min(9, (int) (probabilities[i] * 10));
      count[bin]++;
      sum[bin] += probabilities[i];
      pos[bin] += labels[i] ? 1 : 0;
    }
    List<Calibration.Bin> bins = new ArrayList<>();
    for (int bin = 0; bin < 10; bin++) {
      bins.add(new Calibration.Bin(bin / 10.0, (bin + 1) / 10.0, count[bin],
          count[bin] == 0 ? Double.NaN : sum[bin] / count[bin],
          count[bin] == 0 ? Double.NaN : (double) pos[bin] / count[bin]));
    }
    return new Calibration(Metrics.brierScore(probabilities, labels), bins);
  }

  private static Map<String, int[]> subjectsByIndicator(List<LabelledSubject> subjects) {
    Map<String, List<Integer>> lists = new HashMap<>();
    for (int i = 0; i < subjects.size(); i++) {
      Set<String> seen = new HashSet<>();
      for (Observation o : subjects.get(i).subject().observations()) {
        if (seen.add(o.indicatorId())) {
          lists.computeIfAbsent(o.indicatorId(), id -> new ArrayList<>()).add(i);
        }
      }
    }
    Map<String, int[]> result = new HashMap<>();
    lists.forEach((id, list) -> result.put(id, list.stream().mapToInt(Integer::intValue).toArray()));
    return result;
  }

  private static List<IndicatorResult> indicators(Scorer scorer, List<LabelledSubject> subjects, boolean[] labels,
      long positives, long negatives, Map<String, int[]> subjectsByIndicator, double[] scores, double auc,
      EvaluationOptions options, ProgressListener progress) {
    Map<String, int[]> with = options.ablation() ? subjectsByIndicator : subjectsByIndicator(subjects);
    List<IndicatorResult> result = new ArrayList<>();
    int done = 0;
    for (String id : scorer.indicators()) {
      int[] having = with.getOrDefault(id, new int[0]);
      long pw = 0;
      for (int i : having) {
        pw += labels[i] ? 1 : 0;
      }
      long nw = having.length - pw;
      double[] lr = Metrics.likelihoodRatios(pw, positives, nw, negatives);
      double without = Double.NaN;
      if (options.ablation()) {
        double[] ablated = scores.clone();
        for (int i : having) {
          Subject s = subjects.get(i).subject();
          List<Observation> kept = new ArrayList<>(s.observations().size());
          for (Observation o : s.observations()) {
            if (!o.indicatorId().equals(id)) {
              kept.add(o);
            }
          }
          ablated[i] = scorer.score(new Subject(s.reference(), kept)).value();
        }
        without = new Ranking(ablated, labels).rocAuc(null);
      }
      result.add(new IndicatorResult(id, pw, nw, (double) pw / positives, (double) nw / negatives, lr[0], lr[1],
          lr[2] == 1, without, without - auc));
      progress.progress("indicators of " + scorer.name(), ++done, scorer.indicators().size());
    }
    return result;
  }

  private static long unknownObservations(Scorer scorer, List<LabelledSubject> subjects) {
    Set<String> known = new HashSet<>(scorer.indicators());
    long unknown = 0;
    for (LabelledSubject s : subjects) {
      for (Observation o : s.subject().observations()) {
        if (!known.contains(o.indicatorId())) {
          unknown++;
        }
      }
    }
    return unknown;
  }

  private static List<FairnessResult> fairness(Scorer scorer, List<LabelledSubject> subjects, boolean[] labels,
      int[] levels, EvaluationOptions options) {
    Map<String, Integer> groupIndex = new LinkedHashMap<>();
    List<String> names = subjects.stream().map(LabelledSubject::auditGroup).flatMap(Optional::stream).distinct()
        .sorted().toList();
    if (names.isEmpty()) {
      return List.of();
    }
    for (String name : names) {
      groupIndex.put(name, groupIndex.size());
    }
    int g = names.size();
    List<FairnessResult> result = new ArrayList<>();
    for (int rank = 1; rank <= scorer.levels().size(); rank++) {
      long[] size = new long[g];
      long[] pos = new long[g];
      long[] flagged = new long[g];
      long[] falsePos = new long[g];
      for (int i = 0; i < subjects.size(); i++) {
        Optional<String> group = subjects.get(i).auditGroup();
        if (group.isEmpty()) {
          continue;
        }
        int j = groupIndex.get(group.get());
        boolean flag = levels[i] >= rank;
        size[j]++;
        pos[j] += labels[i] ? 1 : 0;
        flagged[j] += flag ? 1 : 0;
        falsePos[j] += flag && !labels[i] ? 1 : 0;
      }
      List<FairnessResult.GroupRates> rates = new ArrayList<>();
      boolean small = false;
      for (int j = 0; j < g; j++) {
        FairnessResult.GroupRates r = new FairnessResult.GroupRates(names.get(j), size[j], pos[j], size[j] - pos[j],
            flagged[j], falsePos[j]);
        rates.add(r);
        small |= size[j] < MIN_GROUP_SUBJECTS || r.negatives() < MIN_GROUP_SUBJECTS || flagged[j] < MIN_GROUP_FLAGGED;
      }
      double flagRatio = ratio(rates.stream().mapToDouble(FairnessResult.GroupRates::flagRate).toArray());
      double fprRatio = ratio(rates.stream().mapToDouble(FairnessResult.GroupRates::falsePositiveRate).toArray());
      double threshold = options.fourFifthsThreshold();
      result.add(new FairnessResult(scorer.levels().get(rank - 1), rank, rates, flagRatio, fprRatio,
          flagRatio < threshold, fprRatio < threshold, small));
    }
    return result;
  }

  /** min / max over the defined rates; NaN for fewer than two defined rates or a zero maximum. */
  private static double ratio(double[] rates) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    int defined = 0;
    for (double r : rates) {
      if (!Double.isNaN(r)) {
        min = Math.min(min, r);
        max = Math.max(max, r);
        defined++;
      }
    }
    if (defined < 2 || max == 0) {
      return Double.NaN;
    }
    return min / max;
  }
}
