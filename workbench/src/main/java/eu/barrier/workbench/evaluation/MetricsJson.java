package eu.barrier.workbench.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every figure of an evaluation as one JSON document, format {@value EvaluationReport#JSON_FORMAT}:
 * keys sorted, doubles rounded to 6 decimals, {@code null} for undefined values. The same result
 * gives the same bytes.
 */
final class MetricsJson {

  private MetricsJson() {}

  /**
   * Renders the document.
   *
   * @param result the evaluation
   * @param context the inputs
   * @return the JSON text, ending with a line break
   */
  static String render(EvaluationResult result, ReportContext context) {
    SortedMap<String, Object> root = JsonTree.object();
    root.put("format", EvaluationReport.JSON_FORMAT);
    root.put("title", context.title());
    SortedMap<String, Object> input = JsonTree.object();
    input.put("file", context.labelledFile());
    input.put("sha256", context.labelledSha256());
    root.put("input", input);
    root.put("barrierVersion", context.barrierVersion());
    root.put("options", options(result.options()));
    root.put("data", data(result.data()));
    List<Object> scorers = new ArrayList<>();
    for (ScorerResult s : result.scorers()) {
      scorers.add(scorer(s));
    }
    root.put("scorers", scorers);
    List<Object> comparisons = new ArrayList<>();
    for (Comparison c : result.comparisons()) {
      SortedMap<String, Object> m = JsonTree.object();
      m.put("first", c.first());
      m.put("second", c.second());
      m.put("deltaRocAuc", estimate(c.deltaRocAuc()));
      m.put("deltaPrAuc", estimate(c.deltaPrAuc()));
      comparisons.add(m);
    }
    root.put("comparisons", comparisons);
    return JsonTree.write(root);
  }

  private static Object options(EvaluationOptions o) {
    SortedMap<String, Object> m = JsonTree.object();
    m.put("bootstrapReplicates", o.bootstrapReplicates());
    m.put("seed", o.seed());
    m.put("fourFifthsThreshold", o.fourFifthsThreshold());
    m.put("scoreBins", o.scoreBins());
    m.put("maxCurvePoints", o.maxCurvePoints());
    m.put("ablation", o.ablation());
    return m;
  }

  private static Object data(DataSummary d) {
    SortedMap<String, Object> m = JsonTree.object();
    m.put("subjects", d.subjects());
    m.put("positives", d.positives());
    m.put("negatives", d.negatives());
    m.put("prevalence", d.prevalence());
    m.put("observations", d.observations());
    m.put("auditGroups", new TreeMap<>(d.auditGroups()));
    m.put("withoutAuditGroup", d.withoutAuditGroup());
    m.put("provenance", new TreeMap<>(d.provenance()));
    return m;
  }

  private static Object scorer(ScorerResult s) {
    SortedMap<String, Object> m = JsonTree.object();
    m.put("name", s.name());
    m.put("provenance", new TreeMap<String, Object>(s.provenance()));
    m.put("levels", new ArrayList<Object>(s.levels()));
    m.put("rocAuc", estimate(s.rocAuc()));
    m.put("prAuc", estimate(s.prAuc()));
    m.put("roc", curve(s.roc()));
    m.put("pr", curve(s.pr()));
    List<Object> levels = new ArrayList<>();
    for (LevelResult l : s.levelResults()) {
      SortedMap<String, Object> lm = JsonTree.object();
      lm.put("level", l.level());
      lm.put("rank", l.rank());
      ConfusionMatrix c = l.matrix();
      lm.put("truePositives", c.truePositives());
      lm.put("falsePositives", c.falsePositives());
      lm.put("trueNegatives", c.trueNegatives());
      lm.put("falseNegatives", c.falseNegatives());
      lm.put("precision", c.precision());
      lm.put("recall", c.recall());
      lm.put("f1", c.f1());
      lm.put("falsePositiveRate", c.falsePositiveRate());
      lm.put("flagRate", c.flagRate());
      levels.add(lm);
    }
    m.put("levelResults", levels);
    List<Object> bins = new ArrayList<>();
    for (ScoreBin b : s.scoreDistribution()) {
      SortedMap<String, Object> bm = JsonTree.object();
      bm.put("from", b.from());
      bm.put("to", b.to());
      bm.put("positives", b.positives());
      bm.put("negatives", b.negatives());
      bm.put("positiveRate", b.positiveRate());
      bins.add(bm);
    }
    m.put("scoreDistribution", bins);
    if (s.calibration().isPresent()) {
      Calibration c = s.calibration().get();
      SortedMap<String, Object> cm = JsonTree.object();
      cm.put("brierScore", c.brierScore());
      List<Object> cb = new ArrayList<>();
      for (Calibration.Bin b : c.bins()) {
        SortedMap<String, Object> bm = JsonTree.object();
        bm.put("from", b.from());
        bm.put("to", b.to());
        bm.put("count", b.count());
        bm.put("meanProbability", b.meanProbability());
        bm.put("observedRate", b.observedRate());
        cb.add(bm);
      }
      cm.put("bins", cb);
      m.put("calibration", cm);
    } else {
      m.put("calibration", null);
      m.put("calibrationNote", "the scorer gives scores, not probabilities: no Brier score or calibration");
    }
    List<Object> indicators = new ArrayList<>();
    for (IndicatorResult i : s.indicators()) {
      SortedMap<String, Object> im = JsonTree.object();
      im.put("id", i.id());
      im.put("positivesWith", i.positivesWith());
      im.put("negativesWith", i.negativesWith());
      im.put("prevalencePositives", i.prevalencePositives());
      im.put("prevalenceNegatives", i.prevalenceNegatives());
      im.put("positiveLikelihoodRatio", i.positiveLikelihoodRatio());
      im.put("negativeLikelihoodRatio", i.negativeLikelihoodRatio());
      im.put("continuityCorrected", i.corrected());
      im.put("rocAucWithout", i.rocAucWithout());
      im.put("deltaRocAuc", i.deltaRocAuc());
      indicators.add(im);
    }
    m.put("indicators", indicators);
    m.put("unknownObservations", s.unknownObservations());
    List<Object> fairness = new ArrayList<>();
    for (FairnessResult f : s.fairness()) {
      SortedMap<String, Object> fm = JsonTree.object();
      fm.put("level", f.level());
      fm.put("rank", f.rank());
      fm.put("flagRateRatio", f.flagRateRatio());
      fm.put("falsePositiveRateRatio", f.falsePositiveRateRatio());
      fm.put("fourFifthsViolated", f.fourFifthsViolated());
      fm.put("falsePositiveRatioBelowThreshold", f.falsePositiveRatioBelowThreshold());
      fm.put("smallSample", f.smallSample());
      List<Object> groups = new ArrayList<>();
      for (FairnessResult.GroupRates g : f.groups()) {
        SortedMap<String, Object> gm = JsonTree.object();
        gm.put("group", g.group());
        gm.put("subjects", g.subjects());
        gm.put("positives", g.positives());
        gm.put("negatives", g.negatives());
        gm.put("flagged", g.flagged());
        gm.put("falsePositives", g.falsePositives());
        gm.put("flagRate", g.flagRate());
        gm.put("falsePositiveRate", g.falsePositiveRate());
        groups.add(gm);
      }
      fm.put("groups", groups);
      fairness.add(fm);
    }
    m.put("fairness", fairness);
    return m;
  }

  private static Object estimate(Estimate e) {
    SortedMap<String, Object> m = JsonTree.object();
    m.put("value", e.value());
    m.put("lower95", e.lower());
    m.put("upper95", e.upper());
    m.put("replicates", e.replicates());
    return m;
  }

  private static Object curve(List<CurvePoint> points) {
    List<Object> list = new ArrayList<>();
    for (CurvePoint p : points) {
      list.add(Arrays.asList(p.x(), p.y(), Double.isInfinite(p.threshold()) ? null : p.threshold()));
    }
    return list;
  }

}
