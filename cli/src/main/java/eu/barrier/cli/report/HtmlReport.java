package eu.barrier.cli.report;

import eu.barrier.workbench.evaluation.Calibration;
import eu.barrier.workbench.evaluation.Comparison;
import eu.barrier.workbench.evaluation.ConfusionMatrix;
import eu.barrier.workbench.evaluation.CurvePoint;
import eu.barrier.workbench.evaluation.DataSummary;
import eu.barrier.workbench.evaluation.Estimate;
import eu.barrier.workbench.evaluation.EvaluationOptions;
import eu.barrier.workbench.evaluation.EvaluationResult;
import eu.barrier.workbench.evaluation.FairnessResult;
import eu.barrier.workbench.evaluation.IndicatorResult;
import eu.barrier.workbench.evaluation.LevelResult;
import eu.barrier.workbench.evaluation.ScoreBin;
import eu.barrier.workbench.evaluation.ScorerResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders an evaluation as one self-contained HTML page: inline CSS, inline SVG charts, no
 * scripts, no external assets, and a content security policy that forbids loading anything. The
 * same result and context give the same bytes (fixed number formatting, no timestamps).
 */
public final class HtmlReport {

  /** The style sheet shared by every Barrier report. */
  static final String CSS = String.join("\n",
      ":root{--ink:#1f2933;--muted:#52606d;--line:#d9e2ec;--soft:#f5f7fa;--accent:#1d5fa7;--bad:#b42318;--ok:#23865a}",
      "*{box-sizing:border-box}",
      "body{margin:0;font:15px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;"
          + "color:var(--ink);background:#fff}",
      "main{max-width:1040px;margin:0 auto;padding:28px 24px 64px}",
      "header{border-bottom:3px solid var(--accent);padding-bottom:12px;margin-bottom:20px}",
      "h1{font-size:26px;margin:0 0 4px}h2{font-size:20px;margin:36px 0 8px;padding-top:8px;"
          + "border-top:1px solid var(--line)}h3{font-size:16px;margin:22px 0 6px}",
      ".sub{color:var(--muted);margin:0}.note{color:var(--muted);font-size:13.5px;max-width:820px}",
      ".cards{display:flex;flex-wrap:wrap;gap:12px;margin:16px 0}",
      ".card{flex:1 1 300px;border:1px solid var(--line);border-radius:8px;padding:12px 14px;background:var(--soft)}",
      ".card .name{font-weight:600;display:flex;align-items:center;gap:8px}",
      ".swatch{display:inline-block;width:12px;height:12px;border-radius:2px}",
      ".big{font-size:24px;font-weight:600;font-variant-numeric:tabular-nums}",
      ".kv{display:grid;grid-template-columns:auto 1fr;gap:2px 14px;font-size:13.5px}",
      ".kv dt{color:var(--muted)}.kv dd{margin:0;font-variant-numeric:tabular-nums;word-break:break-all}",
      "nav ol{columns:2;font-size:14px;padding-left:20px}",
      "table{border-collapse:collapse;margin:8px 0 14px;font-size:13.5px;font-variant-numeric:tabular-nums}",
      "th,td{border-bottom:1px solid var(--line);padding:4px 10px;text-align:right;vertical-align:top}",
      "th{background:var(--soft);font-weight:600}th:first-child,td:first-child{text-align:left}",
      "td.l,th.l{text-align:left;white-space:nowrap}",
      ".charts{display:flex;flex-wrap:wrap;gap:16px}",
      "figure{margin:0;border:1px solid var(--line);border-radius:8px;padding:6px;background:#fff}",
      "figcaption{font-size:12.5px;color:var(--muted);max-width:460px;padding:2px 6px 4px}",
      "svg.chart{display:block;max-width:100%;height:auto}",
      "svg .grid{stroke:#eef2f6;stroke-width:1}svg .frame{fill:none;stroke:#9aa5b1;stroke-width:1}",
      "svg .ref{stroke:#9aa5b1;stroke-width:1.2;stroke-dasharray:5 4}",
      "svg .tick{font-size:11px;fill:#52606d}svg .axis{font-size:12px;fill:#1f2933}",
      "svg .ct{font-size:13px;font-weight:600;fill:#1f2933}svg .legend{font-size:11.5px;fill:#1f2933}",
      ".badge{display:inline-block;border-radius:10px;padding:0 9px;font-size:12.5px;font-weight:600;color:#fff}",
      ".badge.bad{background:var(--bad)}.badge.ok{background:var(--ok)}.badge.warn{background:#b7791f}",
      ".bar{display:inline-block;height:9px;background:var(--accent);vertical-align:middle;border-radius:2px}",
      ".bar.neg{background:var(--bad)}",
      "code{font-size:12.5px;background:var(--soft);padding:0 3px;border-radius:3px}",
      "footer{margin-top:40px;color:var(--muted);font-size:12.5px}",
      "@media print{main{max-width:none}figure{break-inside:avoid}}");

  private HtmlReport() {}

  /**
   * Renders the report.
   *
   * @param result the evaluation
   * @param context the inputs
   * @return the HTML document
   */
  public static String render(EvaluationResult result, ReportContext context) {
    StringBuilder sb = new StringBuilder(1 << 17);
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"barrier ").append(Html.escape(context.barrierVersion())).append("\">\n")
        .append("<title>").append(Html.escape(context.title())).append("</title>\n<style>\n").append(CSS)
        .append("\n</style>\n</head>\n<body>\n<main>\n");
    header(sb, result, context);
    data(sb, result.data(), context);
    discrimination(sb, result);
    levels(sb, result);
    scores(sb, result);
    indicators(sb, result);
    fairness(sb, result);
    method(sb, result, context);
    sb.append("<footer>Generated by barrier ").append(Html.escape(context.barrierVersion()))
        .append(". Every figure is also in the JSON metrics file. Signals for review, never decisions.</footer>\n")
        .append("</main>\n</body>\n</html>\n");
    return sb.toString();
  }

  private static String color(int i) {
    return Svg.PALETTE[i % Svg.PALETTE.length];
  }

  private static String estimate(Estimate e) {
    if (e.replicates() == 0) {
      return Numbers.fixed(e.value(), 3);
    }
    return Numbers.fixed(e.value(), 3) + " <span class=\"note\">[" + Numbers.fixed(e.lower(), 3) + ", "
        + Numbers.fixed(e.upper(), 3) + "]</span>";
  }

  private static void header(StringBuilder sb, EvaluationResult r, ReportContext c) {
    sb.append("<header>\n<h1>").append(Html.escape(c.title())).append("</h1>\n")
        .append("<p class=\"sub\">Evaluation of ").append(r.scorers().size() == 1 ? "one scorer" : r.scorers().size() + " scorers")
        .append(" on ").append(r.data().subjects()).append(" labelled subjects (").append(r.data().positives())
        .append(" positive). A score is a signal for review by a person, never a decision.</p>\n</header>\n");
    sb.append("<div class=\"cards\">\n");
    for (int i = 0; i < r.scorers().size(); i++) {
      ScorerResult s = r.scorers().get(i);
      sb.append("<div class=\"card\"><div class=\"name\"><span class=\"swatch\" style=\"background:").append(color(i))
          .append("\"></span>").append(Html.escape(s.name())).append("</div>\n<dl class=\"kv\">")
          .append("<dt>ROC AUC (95 % CI)</dt><dd><span class=\"big\">").append(Numbers.fixed(s.rocAuc().value(), 3))
          .append("</span> ").append(ci(s.rocAuc())).append("</dd>")
          .append("<dt>PR AUC (95 % CI)</dt><dd>").append(estimate(s.prAuc())).append(" <span class=\"note\">vs ")
          .append(Numbers.fixed(r.data().prevalence(), 3)).append(" by chance</span></dd>")
          .append("<dt>Four-fifths rule</dt><dd>").append(fairnessVerdict(s)).append("</dd></dl></div>\n");
    }
    sb.append("</div>\n<nav><ol><li><a href=\"#data\">Data</a></li><li><a href=\"#discrimination\">Discrimination</a></li>")
        .append("<li><a href=\"#levels\">Level thresholds</a></li><li><a href=\"#scores\">Scores and calibration</a></li>")
        .append("<li><a href=\"#indicators\">Indicators</a></li><li><a href=\"#fairness\">Fairness</a></li>")
        .append("<li><a href=\"#method\">Method and provenance</a></li></ol></nav>\n");
  }

  private static String ci(Estimate e) {
    return e.replicates() == 0 ? "<span class=\"note\">(no bootstrap)</span>"
        : "<span class=\"note\">[" + Numbers.fixed(e.lower(), 3) + ", " + Numbers.fixed(e.upper(), 3) + "]</span>";
  }

  private static String fairnessVerdict(ScorerResult s) {
    if (s.fairness().isEmpty()) {
      return "<span class=\"badge warn\">no audit groups</span>";
    }
    List<String> violated = new ArrayList<>();
    for (FairnessResult f : s.fairness()) {
      if (f.fourFifthsViolated()) {
        violated.add(f.level() + (f.smallSample() ? " (small sample)" : ""));
      }
    }
    if (violated.isEmpty()) {
      return "<span class=\"badge ok\">met at every level</span>";
    }
    return "<span class=\"badge bad\">violated at " + Html.escape(String.join(", ", violated)) + "</span>";
  }

  private static void data(StringBuilder sb, DataSummary d, ReportContext c) {
    sb.append("<section id=\"data\">\n<h2>1 Data</h2>\n<table><tr><th>subjects</th><th>positives</th><th>negatives</th>")
        .append("<th>prevalence</th><th>observations</th>");
    for (String g : d.auditGroups().keySet()) {
      sb.append("<th>group ").append(Html.escape(g)).append("</th>");
    }
    sb.append("<th>no group</th></tr>\n<tr><td>").append(d.subjects()).append("</td><td>").append(d.positives())
        .append("</td><td>").append(d.negatives()).append("</td><td>").append(Numbers.percent(d.prevalence()))
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
    sb.append("</section>\n");
  }

  private static void discrimination(StringBuilder sb, EvaluationResult r) {
    sb.append("<section id=\"discrimination\">\n<h2>2 Discrimination</h2>\n<p class=\"note\">How well the score ranks "
        + "cases above the rest. ROC AUC is the chance that a random case scores higher than a random non-case (ties "
        + "count half; 0.5 is guessing). PR AUC is the average precision over recall; guessing gives the prevalence. "
        + "Intervals are bootstrap 95 % percentile intervals. Dots mark the level thresholds.</p>\n");
    List<String> names = new ArrayList<>();
    List<String> colors = new ArrayList<>();
    for (int i = 0; i < r.scorers().size(); i++) {
      names.add(r.scorers().get(i).name());
      colors.add(color(i));
    }
    Svg.Frame roc = new Svg.Frame("chart-roc", "ROC curve", "false-positive rate", "true-positive rate", 0, 1, 0, 1,
        5, 5, 1, 1);
    roc.dashed(0, 0, 1, 1, "guessing");
    for (int i = 0; i < r.scorers().size(); i++) {
      ScorerResult s = r.scorers().get(i);
      roc.series(series(s.name(), color(i), s.roc(), true));
      double[] xs = new double[s.levelResults().size()];
      double[] ys = new double[xs.length];
      for (int l = 0; l < xs.length; l++) {
        ConfusionMatrix m = s.levelResults().get(l).matrix();
        xs[l] = m.falsePositiveRate();
        ys[l] = m.recall();
      }
      roc.series(new Svg.Series(s.name() + " levels", color(i), xs, ys, false, true));
    }
    roc.legend(names, colors, true);
    Svg.Frame pr = new Svg.Frame("chart-pr", "Precision-recall curve", "recall", "precision", 0, 1, 0, 1, 5, 5, 1, 1);
    pr.dashed(0, r.data().prevalence(), 1, r.data().prevalence(), "prevalence (guessing)");
    for (int i = 0; i < r.scorers().size(); i++) {
      ScorerResult s = r.scorers().get(i);
      pr.series(series(s.name(), color(i), s.pr(), false));
      double[] xs = new double[s.levelResults().size()];
      double[] ys = new double[xs.length];
      for (int l = 0; l < xs.length; l++) {
        ConfusionMatrix m = s.levelResults().get(l).matrix();
        xs[l] = m.recall();
        ys[l] = m.precision();
      }
      pr.series(new Svg.Series(s.name() + " levels", color(i), xs, ys, false, true));
    }
    pr.legend(names, colors, false);
    sb.append("<div class=\"charts\">\n");
    figure(sb, roc.end(), "ROC curves; the dashed diagonal is guessing.");
    figure(sb, pr.end(), "Precision-recall curves; the dashed line is the prevalence.");
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
    sb.append("</section>\n");
  }

  private static Svg.Series series(String name, String color, List<CurvePoint> points, boolean line) {
    double[] xs = new double[points.size()];
    double[] ys = new double[points.size()];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = points.get(i).x();
      ys[i] = points.get(i).y();
    }
    return new Svg.Series(name, color, xs, ys, true, false);
  }

  private static void figure(StringBuilder sb, String svg, String caption) {
    sb.append("<figure>\n").append(svg).append("<figcaption>").append(Html.escape(caption))
        .append("</figcaption>\n</figure>\n");
  }

  private static void levels(StringBuilder sb, EvaluationResult r) {
    sb.append("<section id=\"levels\">\n<h2>3 Level thresholds</h2>\n<p class=\"note\">A subject counts as flagged "
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
            .append("</td><td>").append(m.falseNegatives()).append("</td><td>").append(Numbers.fixed(m.precision(), 3))
            .append("</td><td>").append(Numbers.fixed(m.recall(), 3)).append("</td><td>")
            .append(Numbers.fixed(m.f1(), 3)).append("</td><td>").append(Numbers.percent(m.falsePositiveRate()))
            .append("</td><td>").append(Numbers.percent(m.flagRate())).append("</td></tr>\n");
      }
      sb.append("</table>\n");
    }
    sb.append("</section>\n");
  }

  private static void scores(StringBuilder sb, EvaluationResult r) {
    sb.append("<section id=\"scores\">\n<h2>4 Scores and calibration</h2>\n<p class=\"note\">Left: the share of "
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
      Svg.Frame hist = new Svg.Frame("chart-scores-" + (i + 1), "Score distribution", "score", "share of class", min,
          xMax, 0, top, 5, 5, 1, 1);
      for (ScoreBin b : bins) {
        double to = max > min ? b.to() : xMax;
        double mid = (b.from() + to) / 2;
        hist.bar(b.from(), mid, share(b.negatives(), neg), Svg.NEGATIVE, "non-cases " + Numbers.fixed(b.from(), 2) + "–"
            + Numbers.fixed(b.to(), 2) + ": " + b.negatives());
        hist.bar(mid, to, share(b.positives(), pos), Svg.POSITIVE, "cases " + Numbers.fixed(b.from(), 2) + "–"
            + Numbers.fixed(b.to(), 2) + ": " + b.positives());
      }
      hist.legend(List.of("cases", "non-cases"), List.of(Svg.POSITIVE, Svg.NEGATIVE), false);
      figure(sb, hist.end(), "Score histogram by class: " + bins.size() + " bins of equal width.");
      if (s.calibration().isPresent()) {
        Calibration c = s.calibration().get();
        Svg.Frame cal = new Svg.Frame("chart-calibration-" + (i + 1), "Calibration", "mean predicted probability",
            "observed share of cases", 0, 1, 0, 1, 5, 5, 1, 1);
        cal.dashed(0, 0, 1, 1, "perfect calibration");
        double[] xs = c.bins().stream().mapToDouble(Calibration.Bin::meanProbability).toArray();
        double[] ys = c.bins().stream().mapToDouble(Calibration.Bin::observedRate).toArray();
        cal.series(new Svg.Series(s.name(), color(i), compact(xs, ys)[0], compact(xs, ys)[1], true, true));
        figure(sb, cal.end(), "Reliability diagram, ten probability bins. Brier score "
            + Numbers.fixed(c.brierScore(), 4) + ".");
      } else {
        double[] xs = new double[bins.size()];
        double[] ys = new double[bins.size()];
        for (int b = 0; b < xs.length; b++) {
          xs[b] = (bins.get(b).from() + bins.get(b).to()) / 2;
          ys[b] = bins.get(b).positiveRate();
        }
        double[][] kept = compact(xs, ys);
        Svg.Frame rate = new Svg.Frame("chart-calibration-" + (i + 1), "Observed share of cases by score",
            "score (bin middle)", "observed share of cases", min, xMax, 0, 1, 5, 5, 1, 1);
        rate.dashed(min, r.data().prevalence(), xMax, r.data().prevalence(), "prevalence");
        rate.series(new Svg.Series(s.name(), color(i), kept[0], kept[1], true, true));
        figure(sb, rate.end(), "Not a calibration: the scorer gives points, not probabilities, so there is no "
            + "Brier score. Empty bins are left out; the dashed line is the prevalence.");
      }
      sb.append("</div>\n");
    }
    sb.append("</section>\n");
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
    sb.append("<section id=\"indicators\">\n<h2>5 Indicators</h2>\n<p class=\"note\">Prevalence: the share of cases "
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
            .append(Numbers.percent(i.prevalencePositives())).append("</td><td>")
            .append(Numbers.percent(i.prevalenceNegatives())).append("</td><td>")
            .append(Numbers.fixed(i.positiveLikelihoodRatio(), 2)).append("</td><td>")
            .append(Numbers.fixed(i.negativeLikelihoodRatio(), 2)).append("</td><td>")
            .append(Numbers.fixed(i.deltaRocAuc(), 4)).append("</td><td class=\"l\"><span class=\"bar")
            .append(i.deltaRocAuc() > 0 ? " neg" : "").append("\" style=\"width:").append(Numbers.fixed(width, 0))
            .append("px\"></span></td></tr>\n");
      }
      sb.append("</table>\n");
    }
    sb.append("</section>\n");
  }

  private static void fairness(StringBuilder sb, EvaluationResult r) {
    double threshold = r.options().fourFifthsThreshold();
    sb.append("<section id=\"fairness\">\n<h2>6 Fairness</h2>\n<p class=\"note\">Flag rate and false-positive rate "
        + "per audit group at each level. The audit group is read only here; it is never an input to a scorer. "
        + "Four-fifths rule: the lowest group flag rate divided by the highest must be at least ")
        .append(Numbers.fixed(threshold, 2)).append("; below that the row is marked as a violation. The same ratio is "
        + "shown for false-positive rates, which compare how often innocent subjects of each group are flagged. "
        + "Limits: the rule is a rule of thumb for disparate impact, not proof of fairness or unfairness; it says "
        + "nothing about groups that were not recorded; groups of different base rates can differ in flag rate for "
        + "legitimate reasons (compare the false-positive rates); small groups give unstable ratios (marked).</p>\n");
    if (r.data().auditGroups().isEmpty()) {
      sb.append("<p>The labelled subjects carry no audit groups, so no fairness figures can be computed.</p>\n");
      sb.append("</section>\n");
      return;
    }
    for (int i = 0; i < r.scorers().size(); i++) {
      ScorerResult s = r.scorers().get(i);
      sb.append("<h3>").append(Html.escape(s.name())).append(" — ").append(fairnessVerdict(s)).append("</h3>\n");
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
      Svg.Frame chart = new Svg.Frame("chart-fairness-" + (i + 1), "Flag rate per audit group", "flagged at level",
          "flag rate", 0, levels, 0, top, levels, 5, -1, 2);
      List<String> groupColors = new ArrayList<>();
      for (int g = 0; g < groups.size(); g++) {
        groupColors.add(Svg.PALETTE[(g + 2) % Svg.PALETTE.length]);
      }
      double slot = 0.8 / Math.max(1, groups.size());
      for (int l = 0; l < levels; l++) {
        FairnessResult f = s.fairness().get(l);
        for (int g = 0; g < f.groups().size(); g++) {
          FairnessResult.GroupRates gr = f.groups().get(g);
          double x0 = l + 0.1 + g * slot;
          chart.bar(x0, x0 + slot * 0.9, Double.isNaN(gr.flagRate()) ? 0 : gr.flagRate(), groupColors.get(g),
              gr.group() + " at " + f.level() + ": " + Numbers.percent(gr.flagRate()));
        }
        chart.axisLabel(l + 0.5, f.level() + (f.fourFifthsViolated() ? " ✗" : " ✓"));
      }
      chart.legend(groups, groupColors, false);
      sb.append("<div class=\"charts\">\n");
      figure(sb, chart.end(), "Flag rate per audit group at each level (✗: four-fifths rule violated). Level "
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
              .append(Numbers.percent(gr.flagRate())).append("</td><td>").append(gr.falsePositives()).append("</td><td>")
              .append(Numbers.percent(gr.falsePositiveRate())).append("</td>");
          if (g == 0) {
            int span = f.groups().size();
            sb.append("<td rowspan=\"").append(span).append("\">").append(Numbers.fixed(f.flagRateRatio(), 3))
                .append("</td><td rowspan=\"").append(span).append("\">")
                .append(Numbers.fixed(f.falsePositiveRateRatio(), 3)).append("</td><td class=\"l\" rowspan=\"")
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
    sb.append("</section>\n");
  }

  private static void method(StringBuilder sb, EvaluationResult r, ReportContext c) {
    EvaluationOptions o = r.options();
    sb.append("<section id=\"method\">\n<h2>7 Method and provenance</h2>\n<dl class=\"kv\">")
        .append("<dt>bootstrap</dt><dd>").append(o.bootstrapReplicates()).append(" replicates, seed ").append(o.seed())
        .append(", resampling subjects with replacement; 2.5th and 97.5th percentiles by nearest rank</dd>")
        .append("<dt>four-fifths threshold</dt><dd>").append(Numbers.fixed(o.fourFifthsThreshold(), 2)).append("</dd>")
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
    sb.append("</section>\n");
  }
}
