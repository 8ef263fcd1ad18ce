package eu.barrier.linkage.quality;

import eu.barrier.core.Language;
import eu.barrier.core.json.BarrierJson;
import eu.barrier.report.Html;
import eu.barrier.report.HtmlPage;
import eu.barrier.report.Numbers;
import eu.barrier.report.SvgChart;
import eu.barrier.report.TextBundle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Writes the linkage quality of one or more settings, measured on the same synthetic people, as a
 * JSON document and as one self-contained HTML page in the workbench's report style (the report
 * kit, {@code eu.barrier.report}: inline CSS and SVG, no scripts, no external assets, the language's
 * decimal separator, texts in nl/fr/en). The same reports give the same bytes.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class QualityReports {

  private static final BarrierJson JSON = BarrierJson.create();

  private QualityReports() {}

  /**
   * Returns the reports as one JSON document: {@code {"reports": [...], "blocking": {...}}}, the
   * blocking member only when blocking was measured.
   *
   * @param reports the reports, one per setting, on the same people
   * @param blocking the blocking quality, if measured
   * @return the JSON text, ending with a line feed
   */
  public static String json(List<QualityReport> reports, Optional<BlockingQuality> blocking) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("reports", List.copyOf(reports));
    blocking.ifPresent(b -> document.put("blocking", b));
    return JSON.writeString(document) + "\n";
  }

  /**
   * Renders the reports as an HTML page.
   *
   * @param settings the reports by setting name, in the order to show, all on the same people
   * @param blocking the blocking quality, if measured
   * @param language the language of the page
   * @param generator the program that writes the page, for example {@code barrier 0.1.0}
   * @return the HTML document
   * @throws IllegalArgumentException if there is no report
   */
  public static String html(Map<String, QualityReport> settings, Optional<BlockingQuality> blocking,
      Language language, String generator) {
    Objects.requireNonNull(language, "language");
    if (settings.isEmpty()) {
      throw new IllegalArgumentException("at least one report");
    }
    TextBundle texts = TextBundle.load("quality-report", language, QualityReports.class::getResourceAsStream);
    Numbers numbers = Numbers.of(language);
    QualityReport first = settings.values().iterator().next();
    HtmlPage page = HtmlPage.create(language, texts.get("title")).generator(Objects.requireNonNull(generator));
    page.header(Html.escape(texts.format("intro", Integer.toString(first.size()),
        Integer.toString(first.trueMatches()), Long.toString(first.seed()), first.preparation(),
        Integer.toString(first.clkBits()))));
    page.section("summary", "1 " + texts.get("summary"), summary(settings, texts, numbers));
    page.section("curves", "2 " + texts.get("perSetting"), curves(settings, texts, numbers));
    blocking.ifPresent(b -> page.section("blocking", "3 " + texts.get("blocking"), "<p>"
        + Html.escape(texts.format("blocking.text", b.blocking(), numbers.fixed(b.reductionRatio(), 4),
            numbers.fixed(b.pairsCompleteness(), 4), Long.toString(b.comparisons()), Long.toString(b.totalPairs())))
        + "</p>\n"));
    page.section("limits", (blocking.isPresent() ? "4 " : "3 ") + texts.get("limits"),
        "<p class=\"note\">" + Html.escape(texts.get("limits.text")) + "</p>\n");
    page.footer(Html.escape(page.generatedBy()));
    return page.render();
  }

  private static String summary(Map<String, QualityReport> settings, TextBundle texts, Numbers numbers) {
    StringBuilder sb = new StringBuilder("<table><tr><th class=\"l\">").append(Html.escape(texts.get("column.setting")))
        .append("</th><th class=\"l\">hardening</th><th>").append(Html.escape(texts.get("column.bestF1")))
        .append("</th><th>").append(Html.escape(texts.get("column.threshold"))).append("</th><th>")
        .append(Html.escape(texts.get("column.precision"))).append("</th><th>")
        .append(Html.escape(texts.get("column.recall"))).append("</th><th>")
        .append(Html.escape(texts.get("column.f1At08"))).append("</th></tr>\n");
    for (Map.Entry<String, QualityReport> e : settings.entrySet()) {
      ThresholdQuality best = e.getValue().best();
      Optional<ThresholdQuality> at08 = e.getValue().rows().stream().filter(q -> q.threshold() == 0.8).findFirst();
      sb.append("<tr><td class=\"l\">").append(Html.escape(e.getKey())).append("</td><td class=\"l\">")
          .append(Html.escape(e.getValue().hardening())).append("</td><td>").append(numbers.fixed(best.f1(), 3))
          .append("</td><td>").append(numbers.fixed(best.threshold(), 2)).append("</td><td>")
          .append(numbers.fixed(best.precision(), 3)).append("</td><td>").append(numbers.fixed(best.recall(), 3))
          .append("</td><td>").append(at08.map(q -> numbers.fixed(q.f1(), 3)).orElse(numbers.notAvailable()))
          .append("</td></tr>\n");
    }
    return sb.append("</table>\n").toString();
  }

  private static String curves(Map<String, QualityReport> settings, TextBundle texts, Numbers numbers) {
    StringBuilder sb = new StringBuilder("<div class=\"charts\">\n");
    double low = 1;
    for (QualityReport r : settings.values()) {
      for (ThresholdQuality q : r.rows()) {
        low = Math.min(low, q.threshold());
      }
    }
    low = Math.floor(low * 10) / 10;
    SvgChart f1 = SvgChart.create("chart-f1", texts.get("chart.f1.title"),
        SvgChart.Axis.of(texts.get("chart.threshold"), low, 1, 5, 2), SvgChart.Axis.of("F1", 0, 1, 5, 1), numbers);
    List<String> names = new ArrayList<>();
    List<String> colors = new ArrayList<>();
    int i = 0;
    for (Map.Entry<String, QualityReport> e : settings.entrySet()) {
      List<ThresholdQuality> rows = e.getValue().rows();
      double[] xs = new double[rows.size()];
      double[] ys = new double[rows.size()];
      for (int k = 0; k < rows.size(); k++) {
        xs[k] = rows.get(k).threshold();
        ys[k] = rows.get(k).f1();
      }
      String color = SvgChart.color(i++);
      f1.line(e.getKey(), color, xs, ys);
      names.add(e.getKey());
      colors.add(color);
    }
    f1.legend(names, colors, SvgChart.Legend.BOTTOM_RIGHT);
    sb.append("<figure>\n").append(f1.render()).append("</figure>\n");
    Map.Entry<String, QualityReport> firstSetting = settings.entrySet().iterator().next();
    List<ThresholdQuality> rows = firstSetting.getValue().rows();
    double[] xs = new double[rows.size()];
    double[] precision = new double[rows.size()];
    double[] recall = new double[rows.size()];
    for (int k = 0; k < rows.size(); k++) {
      xs[k] = rows.get(k).threshold();
      precision[k] = rows.get(k).precision();
      recall[k] = rows.get(k).recall();
    }
    SvgChart pr = SvgChart.create("chart-pr", texts.format("chart.pr.title", firstSetting.getKey()),
        SvgChart.Axis.of(texts.get("chart.threshold"), low, 1, 5, 2),
        SvgChart.Axis.of(texts.get("chart.share"), 0, 1, 5, 1), numbers)
        .line(texts.get("precision"), SvgChart.color(0), xs, precision)
        .line(texts.get("recall"), SvgChart.color(1), xs, recall)
        .legend(List.of(texts.get("precision"), texts.get("recall")), List.of(SvgChart.color(0), SvgChart.color(1)),
            SvgChart.Legend.BOTTOM_RIGHT);
    sb.append("<figure>\n").append(pr.render()).append("</figure>\n</div>\n");
    for (Map.Entry<String, QualityReport> e : settings.entrySet()) {
      sb.append("<h3>").append(Html.escape(e.getKey())).append("</h3>\n<table><tr><th>")
          .append(Html.escape(texts.get("chart.threshold"))).append("</th><th>")
          .append(Html.escape(texts.get("column.matches"))).append("</th><th>")
          .append(Html.escape(texts.get("column.precision"))).append("</th><th>")
          .append(Html.escape(texts.get("column.recall"))).append("</th><th>F1</th></tr>\n");
      for (ThresholdQuality q : e.getValue().rows()) {
        sb.append("<tr><td>").append(numbers.fixed(q.threshold(), 2)).append("</td><td>").append(q.matches())
            .append("</td><td>").append(numbers.fixed(q.precision(), 3)).append("</td><td>")
            .append(numbers.fixed(q.recall(), 3)).append("</td><td>").append(numbers.fixed(q.f1(), 3))
            .append("</td></tr>\n");
      }
      sb.append("</table>\n");
    }
    return sb.toString();
  }
}
