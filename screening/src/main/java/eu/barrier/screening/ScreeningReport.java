package eu.barrier.screening;

import eu.barrier.core.Language;
import eu.barrier.core.establishment.Sector;
import eu.barrier.core.json.BarrierJson;
import eu.barrier.core.observation.Agency;
import eu.barrier.indicators.scoring.Assessment;
import eu.barrier.indicators.scoring.Outcome;
import eu.barrier.report.Html;
import eu.barrier.report.HtmlPage;
import eu.barrier.report.Numbers;
import eu.barrier.report.SvgChart;
import eu.barrier.report.TextBundle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Renders a {@link ScreeningResult} as one self-contained HTML page with the report kit ({@code
 * eu.barrier.report}): counts per level, signals per sector, the distribution of the first
 * catalogue's scores, the ranked signals with their reasons, provenance, and what the scores are
 * not. Inline CSS and SVG, no scripts, no external assets, a content security policy that forbids
 * loading anything; texts in Dutch, French or English from {@code screening-report_nl|fr|en}
 * properties; figures with the language's decimal separator. The same result, language and
 * generator give the same bytes. The page shows establishment keys (the reader is the municipality
 * that holds them); never names or addresses, which a result does not hold.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ScreeningReport {

  private static final String CSS = css();
  private static final String[] LEVEL_COLORS = {"#b42318", "#b7791f", "#1d5fa7"};

  private ScreeningReport() {}

  /**
   * Renders the report.
   *
   * @param result the screening result
   * @param language the language of the page
   * @param generator the name and version of the program that writes the page, for example {@code
   *     barrier 0.1.0}
   * @return the HTML document
   */
  public static String html(ScreeningResult result, Language language, String generator) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(generator, "generator");
    TextBundle texts = TextBundle.load("screening-report", language, ScreeningReport.class::getResourceAsStream);
    Numbers numbers = Numbers.of(language);
    String title = (result.demoLabel().isPresent() ? texts.get("demo.title") + " — " : "") + texts.get("title")
        + ", " + result.asOf();
    HtmlPage page = HtmlPage.create(language, title).generator(generator).style(CSS);
    result.demoLabel().ifPresent(d -> page.banner("demo", d));
    page.header(Html.escape(texts.format("screened", Long.toString(result.total())) + " " + texts.get("notice")));
    page.append(cards(result, language));
    page.section("overview", "1 " + texts.get("overview"), charts(result, language, texts, numbers));
    page.section("ranked", "2 " + texts.get("ranked"), ranked(result, language, texts, numbers));
    page.section("provenance", "3 " + texts.get("provenance"), provenance(result, texts));
    page.section("limits", "4 " + texts.get("limits"), limits(texts));
    page.footer(Html.escape(page.generatedBy() + ". " + texts.get("footer") + " " + texts.get("notice")));
    return page.render();
  }

  /** The levels with a signal, highest first: the weighted model's outcomes above none. */
  private static List<Outcome> signalLevels() {
    List<Outcome> levels = new ArrayList<>();
    for (Outcome o : ScreeningResult.LEVELS) {
      if (o.rank() > 0) {
        levels.add(o);
      }
    }
    return levels;
  }

  private static String cards(ScreeningResult r, Language language) {
    StringBuilder sb = new StringBuilder(1024);
    sb.append("<div class=\"cards\">\n");
    for (Outcome level : ScreeningResult.LEVELS) {
      sb.append("<div class=\"card\"><div class=\"name\">").append(Html.escape(level.label(language)))
          .append("</div><span class=\"big\">").append(r.count(level)).append("</span></div>\n");
    }
    return sb.append("</div>\n").toString();
  }

  private static String charts(ScreeningResult r, Language language, TextBundle texts, Numbers numbers) {
    List<Outcome> levels = signalLevels();
    Map<Sector, long[]> bySector = new EnumMap<>(Sector.class);
    for (ScreenedEstablishment e : r.establishments()) {
      int index = levels.indexOf(e.level());
      if (index >= 0) {
        bySector.computeIfAbsent(e.sector(), s -> new long[levels.size()])[index]++;
      }
    }
    List<Sector> sectors = new ArrayList<>(bySector.keySet());
    double top = 1;
    for (long[] counts : bySector.values()) {
      for (long c : counts) {
        top = Math.max(top, c);
      }
    }
    top = Math.ceil(top * 1.3 / 5) * 5; // room for the legend above the highest bar
    StringBuilder sb = new StringBuilder(1 << 14);
    sb.append("<div class=\"charts\">\n");
    int columns = Math.max(1, sectors.size());
    SvgChart bars = SvgChart.create("chart-sectors", texts.get("chart.sectors.title"),
        SvgChart.Axis.of("", 0, columns, columns, 0).withoutTickLabels(),
        SvgChart.Axis.of(texts.get("establishments"), 0, top, 5, 0), numbers);
    double slot = 0.8 / levels.size();
    for (int s = 0; s < sectors.size(); s++) {
      long[] counts = bySector.get(sectors.get(s));
      for (int l = 0; l < levels.size(); l++) {
        double x0 = s + 0.1 + l * slot;
        bars.bar(x0, x0 + slot * 0.9, counts[l], LEVEL_COLORS[l], BarrierJson.enumId(sectors.get(s)) + ", "
            + levels.get(l).label(language) + ": " + counts[l]);
      }
      // labels alternate between two rows so that neighbours never overlap
      bars.label(s + 0.5, -top * (s % 2 == 0 ? 16 : 30) / 256.0, shortSector(sectors.get(s)));
    }
    bars.legend(levels.stream().map(o -> o.label(language)).collect(Collectors.toList()),
        List.of(LEVEL_COLORS).subList(0, levels.size()), SvgChart.Legend.TOP_RIGHT);
    figure(sb, bars.render(), texts.get("chart.sectors.caption"));

    String first = r.catalogues().get(0).id();
    List<Long> scores = new ArrayList<>();
    for (ScreenedEstablishment e : r.establishments()) {
      for (Assessment a : e.assessments()) {
        if (a.provenance().catalogueId().equals(first) && a.scoreMilli() > 0) {
          scores.add(a.scoreMilli());
        }
      }
    }
    double max = 1;
    for (long s : scores) {
      max = Math.max(max, s / 1000.0);
    }
    int bins = 10;
    double width = Math.ceil(max / bins);
    long[] histogram = new long[bins];
    long peak = 1;
    for (long s : scores) {
      int b = (int) Math.min(bins - 1, Math.floor(s / 1000.0 / width));
      peak = Math.max(peak, ++histogram[b]);
    }
    SvgChart hist = SvgChart.create("chart-scores", texts.format("chart.scores.title", first),
        SvgChart.Axis.of(texts.get("chart.scores.x"), 0, width * bins, 5, 0),
        SvgChart.Axis.of(texts.get("establishments"), 0, Math.ceil(peak / 5.0) * 5, 5, 0), numbers);
    for (int b = 0; b < bins; b++) {
      hist.bar(b * width, (b + 1) * width, histogram[b], SvgChart.color(0),
          numbers.fixed(b * width, 0) + "–" + numbers.fixed((b + 1) * width, 0) + ": " + histogram[b]);
    }
    figure(sb, hist.render(), texts.get("chart.scores.caption"));
    return sb.append("</div>\n").toString();
  }

  private static void figure(StringBuilder sb, String svg, String caption) {
    sb.append("<figure>\n").append(svg).append("<figcaption>").append(Html.escape(caption))
        .append("</figcaption>\n</figure>\n");
  }

  private static String shortSector(Sector sector) {
    String id = BarrierJson.enumId(sector);
    return id.length() <= 11 ? id : id.substring(0, 10) + "…";
  }

  private static String ranked(ScreeningResult r, Language language, TextBundle texts, Numbers numbers) {
    StringBuilder sb = new StringBuilder(1 << 15);
    sb.append("<p class=\"note\">").append(Html.escape(texts.get("ranked.note")))
        .append("</p>\n<table><tr><th>#</th><th class=\"l\">").append(Html.escape(texts.get("column.establishment")))
        .append("</th><th class=\"l\">").append(Html.escape(texts.get("column.sector")))
        .append("</th><th class=\"l\">").append(Html.escape(texts.get("column.level")))
        .append("</th><th class=\"l\">").append(Html.escape(texts.get("column.setBy")))
        .append("</th><th class=\"l\">").append(Html.escape(texts.get("column.reasons"))).append("</th></tr>\n");
    int rank = 0;
    for (ScreenedEstablishment e : r.establishments()) {
      rank++;
      if (e.level() == Outcome.NONE) {
        break;
      }
      String setBy = e.leading().map(a -> a.provenance().catalogueId() + " ("
          + numbers.decimal(BigDecimal.valueOf(a.scoreMilli(), 3).stripTrailingZeros()) + ")").orElse("-");
      sb.append("<tr><td>").append(rank).append("</td><td class=\"l\"><code>").append(Html.escape(e.key()))
          .append("</code></td><td class=\"l\">").append(Html.escape(e.sector().label(language)))
          .append("</td><td class=\"l lvl-").append(e.level().id()).append("\">")
          .append(Html.escape(e.level().label(language))).append("</td><td class=\"l\">")
          .append(Html.escape(setBy)).append("</td><td class=\"reasons-cell\"><ul class=\"reasons\">");
      for (Reason reason : e.reasons()) {
        sb.append("<li><code>").append(Html.escape(reason.indicatorId())).append("</code> ")
            .append(Html.escape(reason.label().in(language))).append(" <span class=\"note\">(")
            .append(Html.escape(reason.barrier().label(language))).append("; ")
            .append(Html.escape(agencies(reason.reportedBy(), language))).append("; ")
            .append(Html.escape(agencies(reason.couldAct(), language))).append(")</span></li>");
      }
      if (!e.notScored().isEmpty()) {
        sb.append("<li class=\"note\">").append(Html.escape(texts.format("notScored", String.join(", ",
            e.notScored())))).append("</li>");
      }
      sb.append("</ul></td></tr>\n");
    }
    return sb.append("</table>\n").toString();
  }

  private static String agencies(List<Agency> agencies, Language language) {
    return agencies.isEmpty() ? "-" : agencies.stream().map(a -> a.label(language)).collect(Collectors.joining(", "));
  }

  private static String provenance(ScreeningResult r, TextBundle texts) {
    StringBuilder sb = new StringBuilder(4096);
    sb.append("<dl class=\"kv\">");
    kv(sb, texts.get("provenance.asOf"), r.asOf().toString());
    r.source().ifPresent(s -> {
      kv(sb, texts.get("provenance.input"), s.name());
      s.sha256().forEach((file, hash) -> kv(sb, file + " SHA-256", hash));
    });
    kv(sb, texts.get("provenance.model"), r.modelId());
    kv(sb, texts.get("provenance.combining"), texts.get("provenance.combining.text"));
    kv(sb, texts.get("provenance.library"), r.libraryVersion());
    sb.append("</dl>\n<table><tr><th class=\"l\">").append(Html.escape(texts.get("provenance.catalogue")))
        .append("</th><th class=\"l\">").append(Html.escape(texts.get("provenance.version")))
        .append("</th><th class=\"l\">SHA-256</th></tr>\n");
    for (ScreeningResult.CatalogueUse c : r.catalogues()) {
      sb.append("<tr><td class=\"l\">").append(Html.escape(c.id())).append("</td><td class=\"l\">")
          .append(Html.escape(c.version().toString())).append("</td><td class=\"l\"><code>")
          .append(c.sha256()).append("</code></td></tr>\n");
    }
    sb.append("</table>\n");
    ScreeningResult.CatalogueUse first = r.catalogues().get(0);
    sb.append("<p class=\"note\">").append(Html.escape(texts.format("provenance.parameters", first.id())))
        .append("</p>\n<dl class=\"kv\">");
    first.parameters().forEach((k, v) -> kv(sb, k, v));
    return sb.append("</dl>\n").toString();
  }

  private static void kv(StringBuilder sb, String key, String value) {
    sb.append("<dt>").append(Html.escape(key)).append("</dt><dd>").append(Html.escape(value)).append("</dd>");
  }

  private static String limits(TextBundle texts) {
    StringBuilder sb = new StringBuilder("<ul class=\"note\">");
    for (int i = 1; i <= 4; i++) {
      sb.append("<li>").append(Html.escape(texts.get("limits." + i))).append("</li>");
    }
    return sb.append("</ul>\n").toString();
  }

  private static String css() {
    try (InputStream in = ScreeningReport.class.getResourceAsStream("screening-report.css")) {
      if (in == null) {
        throw new IllegalStateException("the screening report's style sheet resource is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("the screening report's style sheet cannot be read", e);
    }
  }
}
