package eu.barrier.workbench.evaluation;

import eu.barrier.core.Language;
import eu.barrier.report.Html;
import eu.barrier.report.HtmlPage;
import eu.barrier.report.Numbers;
import eu.barrier.report.SvgChart;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Renders an evaluation as one self-contained HTML page: inline CSS, inline SVG charts, no
 * scripts, no external assets, and a content security policy that forbids loading anything. The
 * same result and context give the same bytes (fixed number formatting, no timestamps).
 */
final class EvaluationHtml {

  private static final Numbers N = Numbers.of(Language.EN);
  private static final String CASES = "#c0392b";
  private static final String NON_CASES = "#7b8794";

  private EvaluationHtml() {}

  /**
   * Renders the report.
   *
   * @param result the evaluation
   * @param context the inputs
   * @return the HTML document
   */
  static String render(EvaluationResult result, ReportContext context) {
    HtmlPage page = HtmlPage.create(Language.EN, context.title()).generator("barrier " + context.barrierVersion());
    page.header(subtitle(result)).append(cards(result));
    page.section("data", "1 Data", body(sb -> data(sb, result.data(), context)));
    page.section("discrimination", "2 Discrimination", body(sb -> discrimination(sb, result)));
    page.section("levels", "3 Level thresholds", body(sb -> levels(sb, result)));
    page.section("scores", "4 Scores and calibration", body(sb -> scores(sb, result)));
    page.section("indicators", "5 Indicators", body(sb -> indicators(sb, result)));
    page.section("fairness", "6 Fairness", body(sb -> fairness(sb, result)));
    page.section("method", "7 Method and provenance", body(sb -> method(sb, result, context)));
    page.footer(page.generatedBy() + ". Every figure is also in the JSON metrics file. Signals for review, never "
        + "decisions.");
    return page.render();
  }

  private static String body(Consumer<StringBuilder> writer) {
    StringBuilder sb = new StringBuilder(1 << 14);
    writer.accept(sb);
    return sb.toString();
  }

  private static String color(int i) {
    return SvgChart.color(i);
  }

  private static String estimate(Estimate e) {
    if (e.replicates() == 0) {
      return N.fixed(e.value(), 3);
    }
    return N.fixed(e.value(), 3) + " <span class=\"note\">[" + N.fixed(e.lower(), 3) + ", "
        + N.fixed(e.upper(), 3) + "]</span>";
  }

  private static String subtitle(EvaluationResult r) {
    return "Evaluation of " + (r.scorers().size() == 1 ? "one scorer" : r.scorers().size() + " scorers") + " on "
        + r.data().subjects() + " labelled subjects (" + r.data().positives() + " positive). A score is a signal for "
        + "review by a person, never a decision.";
  }

  private static String cards(EvaluationResult r) {
    StringBuilder sb = new StringBuilder(4096);
    sb.append("<div class=\"cards\">\n");
    for (int i = 0; i < r.scorers().size(); i++) {
      ScorerResult s = r.scorers().get(i);
      sb.append("<div class=\"card\"><div class=\"name\"><span class=\"swatch\" style=\"background:").append(color(i))
          .append("\"></span>").append(Html.escape(s.name())).append("</div>\n<dl class=\"kv\">")
          .append("<dt>ROC AUC (95 % CI)</dt><dd><span class=\"big\">").append(N.fixed(s.rocAuc().value(), 3))
          .append("</span> ").append(ci(s.rocAuc())).append("</dd>")
          .append("<dt>PR AUC (95 % CI)</dt><dd>").append(estimate(s.prAuc())).append(" <span class=\"note\">vs ")
          .append(N.fixed(r.data().prevalence(), 3)).append(" by chance</span></dd>")
          .append("<dt>Four-fifths rule</dt><dd>").append(fairnessVerdict(s)).append("</dd></dl></div>\n");
    }
    sb.append("</div>\n<nav><ol><li><a href=\"#data\">Data</a></li><li><a href=\"#discrimination\">Discrimination</a></li>")
        .append("<li><a href=\"#levels\">Level thresholds</a></li><li><a href=\"#scores\">Scores and calibration</a></li>")
        .append("<li><a href=\"#indicators\">Indicators</a></li><li><a href=\"#fairness\">Fairness</a></li>")
        .append("<li><a href=\"#method\">Method and provenance</a></li></ol></nav>\n");
    return sb.toString();
  }

  private static String ci(Estimate e) {
    return e.replicates() == 0 ? "<span class=\"note\">(no bootstrap)</span>"
        : "<span class=\"note\">[" + N.fixed(e.lower(), 3) + ", " + N.fixed(e.upper(), 3) + "]</span>";
  }

  private static String fairnessVerdict(ScorerResult s) {
    if (s.fairness().isEmpty()) {
      return "<span class=\"badge warn\">no audit groups</span>";
    }
    List<String> violated = new ArrayList<>();
    for (FairnessResult f : s.fourFifthsViolations()) {
      violated.add(f.level() + (f.smallSample() ? " (small sample)" : ""));
    }
    if (violated.isEmpty()) {
      return "<span class=\"badge ok\">met at every level</span>";
    }
    return "<span class=\"badge bad\">violated at " + Html.escape(String.join(", ", violated)) + "</span>";
  }

  private static void data(StringBuilder sb, DataSummary d, ReportContext c) {
    sb.append("<table><tr><th>subjects</th><th>positives</th><th>negatives</th>")
        .append("<th>prevalence</th><th>observations</th>");
    for (String g : d.auditGroups().keySet()) {
      sb.append("<th>group ").append(Html.escape(g)).append("</th>");
    }
    sb.append("<th>no group</th></tr>\n<tr><td>").append(d.subjects()).append("</td><td>").append(d.positives())
        .append("</td><td>").append(d.negatives()).append("</td><td>").append(N.percent(d.prevalence()))
        .append("</td><td>").append(d.observations()).append("</td>");
    for (long n : d.auditGroups().values()) {
      sb.append("<td>").append(n).append("</td>");
    }
    sb.append("<td>").append(d.withoutAuditGroup()).append("</td></tr></table>\n");
    sb.append("<h3>Provenance of the data</h3>\n<dl class=\"kv\"><dt>file</dt><dd><code>")
        .append(Html.escape(c.labelledFile())).append("</code></dd><dt>SHA-256</dt><dd><code>")
        .append(Html.escape(c.labelledSha256())).append("</code></dd>");
    for (Map.Entry<String, String> e : d.provenance().entrySet()) {
      sb.append("<dt>").append(Html.escape(e.getKey())).append("</dt><dd>").append(Html.escape(e.getValue()))
          .append("</dd>");
    }
    sb.append("</dl>\n");
    if (d.provenance().containsKey("generator")) {
      sb.append("<p class=\"note\">Synthetic data: the generator's parameters are illustrative, not empirical. "
          + "Figures on it show how the evaluation works, not how well an indicator set finds exploitation in "
          + "a real municipality.</p>\n");
    }
  }

  private static void discrimination(StringBuilder sb, EvaluationResult r) {
    sb.append("<p class=\"note\">How well the score ranks "
        + "cases above the rest. ROC AUC is the chance that a random case scores higher than a random non-case (ties "
        + "count half; 0.5 is guessing). PR AUC is the average precision over recall; guessing gives the prevalence. "
        + "Intervals are bootstrap 95 % percentile intervals. Dots mark the level thresholds.</p>\n");
    List<String> names = new ArrayList<>();
    List<String> colors = new ArrayList<>();
    for (int i = 0; i < r.scorers().size(); i++) {
      names.add(r.scorers().get(i).name());
      colors.add(color(i));
    }
    SvgChart roc = SvgChart.create("chart-roc", "ROC curve", SvgChart.Axis.of("false-positive rate", 0, 1, 5, 1),
        SvgChart.Axis.of("true-positive rate", 0, 1, 5, 1), N);
    roc.referenceLine(0, 0, 1, 1, "guessing");
    for (int i = 0; i < r.scorers().size(); i++) {
      ScorerResult s = r.scorers().get(i);
      curve(roc, s.name(), color(i), s.roc());
      double[] xs = new double[s.levelResults().size()];
      double[] ys = new double[xs.length];
      for (int l = 0; l < xs.length; l++) {
        ConfusionMatrix m = s.levelResults().get(l).matrix();
        xs[l] = m.falsePositiveRate();
        ys[l] = m.recall();
      }
      roc.dots(color(i), xs, ys);
    }
    roc.legend(names, colors, SvgChart.Legend.BOTTOM_RIGHT);
    SvgChart pr = SvgChart.create("chart-pr", "Precision-recall curve", SvgChart.Axis.of("recall", 0, 1, 5, 1),
        SvgChart.Axis.of("precision", 0, 1, 5, 1), N);
    pr.referenceLine(0, r.data().prevalence(), 1, r.data().prevalence(), "prevalence (guessing)");
    for (int i = 0; i < r.scorers().size(); i++) {
      ScorerResult s = r.scorers().get(i);
      curve(pr, s.name(), color(i), s.pr());
      double[] xs = new double[s.levelResults().size()];
      double[] ys = new double[xs.length];
      for (int l = 0; l < xs.length; l++) {
        ConfusionMatrix m = s.levelResults().get(l).matrix();
        xs[l] = m.recall();
        ys[l] = m.precision();
      }
      pr.dots(color(i), xs, ys);
    }
    pr.legend(names, colors, SvgChart.Legend.TOP_RIGHT);
    sb.append("<div class=\"charts\">\n");
    figure(sb, roc.render(), "ROC curves; the dashed diagonal is guessing.");
    figure(sb, pr.render(), "Precision-recall curves; the dashed line is the prevalence.");
    sb.append("</div>\n<table><tr><th>scorer</th><th>ROC AUC (95 % CI)</th><th>PR AUC (95 % CI)</th>"
        + "<th>bootstrap replicates</th><th>observations not in the catalogue</th></tr>\n");
    for (ScorerResult s : r.scorers()) {
      sb.append("<tr><td>").append(Html.escape(s.name())).append("</td><td>").append(estimate(s.rocAuc()))
          .append("</td><td>").append(estimate(s.prAuc())).append("</td><td>").append(s.rocAuc().replicates())
          .append("</td><td>").append(s.unknownObservations()).append("</td></tr>\n");
    }
    sb.append("</table>\n");
    if (!r.comparisons().isEmpty()) {
      sb.append("<h3>Side by side</h3>\n<p class=\"note\">Differences on the same subjects, second minus first, with "
          + "paired bootstrap intervals (both scorers on the same resamples). An interval that excludes 0 is a "
          + "difference the data support.</p>\n<table><tr><th>first</th><th>second</th><th>Δ ROC AUC (95 % CI)</th>"
          + "<th>Δ PR AUC (95 % CI)</th></tr>\n");
      for (Comparison c : r.comparisons()) {
        sb.append("<tr><td>").append(Html.escape(c.first())).append("</td><td class=\"l\">")
            .append(Html.escape(c.second())).append("</td><td>").append(estimate(c.deltaRocAuc())).append("</td><td>")
            .append(estimate(c.deltaPrAuc())).append("</td></tr>\n");
      }
      sb.append("</table>\n");
    }
  }

  private static void curve(SvgChart chart, String name, String color, List<CurvePoint> points) {
    double[] xs = new double[points.size()];
    double[] ys = new double[points.size()];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = points.get(i).x();
      ys[i] = points.get(i).y();
    }
    chart.line(name, color, xs, ys);
  }

  private static void figure(StringBuilder sb, String svg, String caption) {
    sb.append("<figure>\n").append(svg).append("<figcaption>").append(Html.escape(caption))
        .append("</figcaption>\n</figure>\n");
  }

  private static void levels(StringBuilder sb, EvaluationResult r) {
    sb.append("<p class=\"note\">A subject counts as flagged "
        + "at a level when it reaches that level or a higher one. TP: cases flagged; FP: non-cases flagged; TN: "
        + "non-cases not flagged; FN: cases missed.</p>\n");
    for (ScorerResult s : r.scorers()) {
      sb.append("<h3>").append(Html.escape(s.name())).append("</h3>\n<table><tr><th>flagged at</th><th>TP</th>"
          + "<th>FP</th><th>TN</th><th>FN</th><th>precision</th><th>recall</th><th>F1</th>"
          + "<th>false-positive rate</th><th>flag rate</th></tr>\n");
      for (LevelResult l : s.levelResults()) {
        ConfusionMatrix m = l.matrix();
        sb.append("<tr><td>").append(Html.escape(l.level())).append(" or higher</td><td>").append(m.truePositives())
            .append("</td><td>").append(m.falsePositives()).append("</td><td>").append(m.trueNegatives())
            .append("</td><td>").append(m.falseNegatives()).append("</td><td>").append(N.fixed(m.precision(), 3))
            .append("</td><td>").append(N.fixed(m.recall(), 3)).append("</td><td>")
            .append(N.fixed(m.f1(), 3)).append("</td><td>").append(N.percent(m.falsePositiveRate()))
            .append("</td><td>").append(N.percent(m.flagRate())).append("</td></tr>\n");
      }
      sb.append("</table>\n");
    }
  }

  private static void scores(StringBuilder sb, EvaluationResult r) {
    sb.append("<p class=\"note\">Left: the share of "
        + "cases and of non-cases in each score bin (each class sums to 100 %, so both are visible despite the low "
        + "prevalence). Right: for scorers that give probabilities, a reliability diagram with the Brier score; "
        + "for scorers that give points (every Barrier risk model), the observed share of cases per score bin. "
        + "That is not a calibration: points are not probabilities.</p>\n");
    for (int i = 0; i < r.scorers().size(); i++) {
      ScorerResult s = r.scorers().get(i);
      sb.append("<h3>").append(Html.escape(s.name())).append("</h3>\n<div class=\"charts\">\n");
      List<ScoreBin> bins = s.scoreDistribution();
      double min = bins.get(0).from();
      double max = bins.get(bins.size() - 1).to();
      long pos = bins.stream().mapToLong(ScoreBin::positives).sum();
      long neg = bins.stream().mapToLong(ScoreBin::negatives).sum();
      double top = 0;
      for (ScoreBin b : bins) {
        top = Math.max(top, Math.max(share(b.positives(), pos), share(b.negatives(), neg)));
      }
      top = Math.min(1, Math.ceil(top * 10 + 1e-9) / 10);
      double xMax = max > min ? max : min + 1;
      SvgChart hist = SvgChart.create("chart-scores-" + (i + 1), "Score distribution",
          SvgChart.Axis.of("score", min, xMax, 5, 1), SvgChart.Axis.of("share of class", 0, top, 5, 1), N);
      for (ScoreBin b : bins) {
        double to = max > min ? b.to() : xMax;
        double mid = (b.from() + to) / 2;
        hist.bar(b.from(), mid, share(b.negatives(), neg), NON_CASES, "non-cases " + N.fixed(b.from(), 2) + "–"
            + N.fixed(b.to(), 2) + ": " + b.negatives());
        hist.bar(mid, to, share(b.positives(), pos), CASES, "cases " + N.fixed(b.from(), 2) + "–"
            + N.fixed(b.to(), 2) + ": " + b.positives());
      }
      hist.legend(List.of("cases", "non-cases"), List.of(CASES, NON_CASES), SvgChart.Legend.TOP_RIGHT);
      figure(sb, hist.render(), "Score histogram by class: " + bins.size() + " bins of equal width.");
      if (s.calibration().isPresent()) {
        Calibration c = s.calibration().get();
        SvgChart cal = SvgChart.create("chart-calibration-" + (i + 1), "Calibration",
            SvgChart.Axis.of("mean predicted probability", 0, 1, 5, 1),
            SvgChart.Axis.of("observed share of cases", 0, 1, 5, 1), N);
        cal.referenceLine(0, 0, 1, 1, "perfect calibration");
        double[] xs = c.bins().stream().mapToDouble(Calibration.Bin::meanProbability).toArray();
        double[] ys = c.bins().stream().mapToDouble(Calibration.Bin::observedRate).toArray();
        double[][] kept = compact(xs, ys);
        cal.line(s.name(), color(i), kept[0], kept[1]).dots(color(i), kept[0], kept[1]);
        figure(sb, cal.render(), "Reliability diagram, ten probability bins. Brier score "
            + N.fixed(c.brierScore(), 4) + ".");
      } else {
        double[] xs = new double[bins.size()];
        double[] ys = new double[bins.size()];
        for (int b = 0; b < xs.length; b++) {
          xs[b] = (bins.get(b).from() + bins.get(b).to()) / 2;
          ys[b] = bins.get(b).positiveRate();
        }
        double[][] kept = compact(xs, ys);
        SvgChart rate = SvgChart.create("chart-calibration-" + (i + 1), "Observed share of cases by score",
            SvgChart.Axis.of("score (bin middle)", min, xMax, 5, 1), SvgChart.Axis.of("observed share of cases", 0, 1, 5, 1),
            N);
        rate.referenceLine(min, r.data().prevalence(), xMax, r.data().prevalence(), "prevalence");
        rate.line(s.name(), color(i), kept[0], kept[1]).dots(color(i), kept[0], kept[1]);
        figure(sb, rate.render(), "Not a calibration: the scorer gives points, not probabilities, so there is no "
            + "Brier score. Empty bins are left out; the dashed line is the prevalence.");
      }
      sb.append("</div>\n");
    }
  }

  private static double[][] compact(double[] xs, double[] ys) {
    int n = 0;
    for (double y : ys) {
      n += Double.isNaN(y) ? 0 : 1;
    }
    double[] x = new double[n];
    double[] y = new double[n];
    int k = 0;
    for (int i = 0; i < xs.length; i++) {
      if (!Double.isNaN(ys[i])) {
        x[k] = xs[i];
        y[k++] = ys[i];
      }
    }
    return new double[][] {x, y};
  }

  private static double share(long count, long total) {
    return total == 0 ? 0 : (double) count / total;
  }

  private static void indicators(StringBuilder sb, EvaluationResult r) {
    sb.append("<p class=\"note\">Prevalence: the share of cases "
        + "and of non-cases with at least one observation of the indicator. LR+ = sensitivity / (1 − specificity): "
        + "how many times more often the indicator is seen on cases; LR− = (1 − sensitivity) / specificity. When a "
        + "cell of the 2×2 table is zero, ½ is added to every cell (Haldane–Anscombe) and the row is marked *. "
        + "Δ AUC: the ROC AUC with every observation of the indicator removed, minus the full ROC AUC; a negative "
        + "value means the indicator helps.</p>\n");
    for (ScorerResult s : r.scorers()) {
      double maxDelta = 1e-9;
      for (IndicatorResult i : s.indicators()) {
        if (!Double.isNaN(i.deltaRocAuc())) {
          maxDelta = Math.max(maxDelta, Math.abs(i.deltaRocAuc()));
        }
      }
      sb.append("<h3>").append(Html.escape(s.name())).append("</h3>\n<table><tr><th>indicator</th><th>cases with</th>"
          + "<th>non-cases with</th><th>prevalence cases</th><th>prevalence non-cases</th><th>LR+</th><th>LR−</th>"
          + "<th>Δ ROC AUC without it</th><th class=\"l\"></th></tr>\n");
      for (IndicatorResult i : s.indicators()) {
        double width = Double.isNaN(i.deltaRocAuc()) ? 0 : 80 * Math.abs(i.deltaRocAuc()) / maxDelta;
        sb.append("<tr><td>").append(Html.escape(i.id())).append(i.corrected() ? " *" : "").append("</td><td>")
            .append(i.positivesWith()).append("</td><td>").append(i.negativesWith()).append("</td><td>")
            .append(N.percent(i.prevalencePositives())).append("</td><td>")
            .append(N.percent(i.prevalenceNegatives())).append("</td><td>")
            .append(N.fixed(i.positiveLikelihoodRatio(), 2)).append("</td><td>")
            .append(N.fixed(i.negativeLikelihoodRatio(), 2)).append("</td><td>")
            .append(N.fixed(i.deltaRocAuc(), 4)).append("</td><td class=\"l\"><span class=\"bar")
            .append(i.deltaRocAuc() > 0 ? " neg" : "").append("\" style=\"width:").append(N.fixed(width, 0))
            .append("px\"></span></td></tr>\n");
      }
      sb.append("</table>\n");
    }
  }

  private static void fairness(StringBuilder sb, EvaluationResult r) {
    double threshold = r.options().fourFifthsThreshold();
    sb.append("<p class=\"note\">Flag rate and false-positive rate "
        + "per audit group at each level. The audit group is read only here; it is never an input to a scorer. "
        + "Four-fifths rule: the lowest group flag rate divided by the highest must be at least ")
        .append(N.fixed(threshold, 2)).append("; below that the row is marked as a violation. The same ratio is "
        + "shown for false-positive rates, which compare how often innocent subjects of each group are flagged. "
        + "Limits: the rule is a rule of thumb for disparate impact, not proof of fairness or unfairness; it says "
        + "nothing about groups that were not recorded; groups of different base rates can differ in flag rate for "
        + "legitimate reasons (compare the false-positive rates); small groups give unstable ratios (marked).</p>\n");
    if (r.data().auditGroups().isEmpty()) {
      sb.append("<p>The labelled subjects carry no audit groups, so no fairness figures can be computed.</p>\n");
      return;
    }
    for (int i = 0; i < r.scorers().size(); i++) {
      ScorerResult s = r.scorers().get(i);
      sb.append("<h3>").append(Html.escape(s.name())).append(" — ").append(fairnessVerdict(s)).append("</h3>\n");
      if (s.fairness().isEmpty()) {
        continue; // a scorer without levels flags nobody
      }
      List<String> groups = new ArrayList<>();
      for (FairnessResult.GroupRates g : s.fairness().get(0).groups()) {
        groups.add(g.group());
      }
      int levels = s.fairness().size();
      double top = 0;
      for (FairnessResult f : s.fairness()) {
        for (FairnessResult.GroupRates g : f.groups()) {
          top = Math.max(top, Double.isNaN(g.flagRate()) ? 0 : g.flagRate());
        }
      }
      top = Math.max(0.05, Math.min(1, Math.ceil(top * 20 + 1e-9) / 20));
      SvgChart chart = SvgChart.create("chart-fairness-" + (i + 1), "Flag rate per audit group",
          SvgChart.Axis.of("flagged at level", 0, levels, levels, 0).withoutTickLabels(),
          SvgChart.Axis.of("flag rate", 0, top, 5, 2), N);
      List<String> groupColors = new ArrayList<>();
      for (int g = 0; g < groups.size(); g++) {
        groupColors.add(SvgChart.color(g + 2));
      }
      double slot = 0.8 / Math.max(1, groups.size());
      for (int l = 0; l < levels; l++) {
        FairnessResult f = s.fairness().get(l);
        for (int g = 0; g < f.groups().size(); g++) {
          FairnessResult.GroupRates gr = f.groups().get(g);
          double x0 = l + 0.1 + g * slot;
          chart.bar(x0, x0 + slot * 0.9, Double.isNaN(gr.flagRate()) ? 0 : gr.flagRate(), groupColors.get(g),
              gr.group() + " at " + f.level() + ": " + N.percent(gr.flagRate()));
        }
        chart.tickLabel(l + 0.5, f.level() + (f.fourFifthsViolated() ? " ✗" : " ✓"));
      }
      chart.legend(groups, groupColors, SvgChart.Legend.TOP_RIGHT);
      sb.append("<div class=\"charts\">\n");
      figure(sb, chart.render(), "Flag rate per audit group at each level (✗: four-fifths rule violated). Level "
          + "names are on the axis in order of rank, lowest first.");
      sb.append("</div>\n<table><tr><th>flagged at</th><th class=\"l\">group</th><th>subjects</th><th>cases</th>"
          + "<th>flagged</th><th>flag rate</th><th>false positives</th><th>false-positive rate</th>"
          + "<th>flag-rate ratio</th><th>FPR ratio</th><th class=\"l\">four-fifths rule</th></tr>\n");
      for (FairnessResult f : s.fairness()) {
        for (int g = 0; g < f.groups().size(); g++) {
          FairnessResult.GroupRates gr = f.groups().get(g);
          sb.append("<tr><td>").append(g == 0 ? Html.escape(f.level()) + " or higher" : "").append("</td><td class=\"l\">")
              .append(Html.escape(gr.group())).append("</td><td>").append(gr.subjects()).append("</td><td>")
              .append(gr.positives()).append("</td><td>").append(gr.flagged()).append("</td><td>")
              .append(N.percent(gr.flagRate())).append("</td><td>").append(gr.falsePositives()).append("</td><td>")
              .append(N.percent(gr.falsePositiveRate())).append("</td>");
          if (g == 0) {
            int span = f.groups().size();
            sb.append("<td rowspan=\"").append(span).append("\">").append(N.fixed(f.flagRateRatio(), 3))
                .append("</td><td rowspan=\"").append(span).append("\">")
                .append(N.fixed(f.falsePositiveRateRatio(), 3)).append("</td><td class=\"l\" rowspan=\"")
                .append(span).append("\">")
                .append(f.fourFifthsViolated() ? "<span class=\"badge bad\">violated</span>"
                    : Double.isNaN(f.flagRateRatio()) ? "<span class=\"badge warn\">undefined</span>"
                    : "<span class=\"badge ok\">met</span>")
                .append(f.falsePositiveRatioBelowThreshold() ? " <span class=\"badge bad\">FPR ratio low</span>" : "")
                .append(f.smallSample() ? " <span class=\"badge warn\">small sample</span>" : "").append("</td>");
          }
          sb.append("</tr>\n");
        }
      }
      sb.append("</table>\n");
    }
  }

  private static void method(StringBuilder sb, EvaluationResult r, ReportContext c) {
    EvaluationOptions o = r.options();
    sb.append("<dl class=\"kv\">")
        .append("<dt>bootstrap</dt><dd>").append(o.bootstrapReplicates()).append(" replicates, seed ").append(o.seed())
        .append(", resampling subjects with replacement; 2.5th and 97.5th percentiles by nearest rank</dd>")
        .append("<dt>four-fifths threshold</dt><dd>").append(N.fixed(o.fourFifthsThreshold(), 2)).append("</dd>")
        .append("<dt>score bins</dt><dd>").append(o.scoreBins()).append("</dd>")
        .append("<dt>curve points kept</dt><dd>at most ").append(o.maxCurvePoints()).append("</dd>")
        .append("<dt>drop-one ablation</dt><dd>").append(o.ablation() ? "on" : "off").append("</dd>")
        .append("<dt>barrier</dt><dd>").append(Html.escape(c.barrierVersion())).append("</dd></dl>\n");
    for (int i = 0; i < r.scorers().size(); i++) {
      ScorerResult s = r.scorers().get(i);
      sb.append("<h3><span class=\"swatch\" style=\"background:").append(color(i)).append("\"></span> ")
          .append(Html.escape(s.name())).append("</h3>\n<dl class=\"kv\">");
      for (Map.Entry<String, String> e : s.provenance().entrySet()) {
        sb.append("<dt>").append(Html.escape(e.getKey())).append("</dt><dd>").append(Html.escape(e.getValue()))
            .append("</dd>");
      }
      sb.append("<dt>levels</dt><dd>").append(Html.escape(String.join(", ", s.levels()))).append("</dd></dl>\n");
    }
  }
}
