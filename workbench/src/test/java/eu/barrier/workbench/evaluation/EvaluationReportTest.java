package eu.barrier.workbench.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.barrier.indicators.catalogue.Catalogues;
import eu.barrier.indicators.scoring.RiskModels;
import eu.barrier.workbench.synthetic.CityGenerator;
import eu.barrier.workbench.synthetic.SyntheticCity;
import eu.barrier.workbench.synthetic.SyntheticParameters;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

final class EvaluationReportTest {

  private static final String HOSTILE = "<script>alert('x')</script>\"&";

  private static final EvaluationOptions QUICK = EvaluationOptions.DEFAULTS.withBootstrapReplicates(50);

  /** A small synthetic city scored by the weighted model, and the same subjects by a probabilistic scorer. */
  private static EvaluationResult cityResult() {
    SyntheticCity city = CityGenerator.generate(SyntheticParameters.defaults(11, 600));
    LabelledData data = new LabelledData(city.labelled().subjects(), new TreeMap<>(Map.of("generator",
        CityGenerator.GENERATOR, "note", HOSTILE)));
    Map<String, Score> probabilities = new LinkedHashMap<>();
    for (LabelledSubject s : data.subjects()) {
      double p = Math.min(0.95, 0.05 + 0.2 * s.subject().observations().size());
      probabilities.put(s.subject().reference().key(), Score.of(p, p > 0.5 ? 2 : p > 0.2 ? 1 : 0, p));
    }
    return Evaluation.evaluate(data, List.of(Scorer.of(RiskModels.compile("weighted",
        Catalogues.hashedBuiltIn("barrier-admin")), city.parameters().asOf()), Fixtures.fixed("probabilities",
        probabilities)), QUICK, ProgressListener.NONE);
  }

  private static final EvaluationResult CITY = cityResult();
  private static final ReportContext CONTEXT = new ReportContext("Title " + HOSTILE, "labelled " + HOSTILE + ".json",
      "00ff", "9.9.9");

  @Test
  void html_twoScorers_selfContainedWithEightWellFormedCharts() throws Exception {
    String html = EvaluationReport.html(CITY, CONTEXT);

    assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", ""))
        .doesNotContain("<script", "<link", "<img", "src=", "url(", "http:", "https:", "@import");
    assertThat(html).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        + "style-src 'unsafe-inline'\">");
    List<String> charts = charts(html);
    assertThat(charts).hasSize(8);
    for (String svg : charts) {
      assertThat(xml(svg).getDocumentElement().getLocalName()).isEqualTo("svg");
    }
    assertThat(html).contains("id=\"chart-roc\"", "id=\"chart-pr\"", "id=\"chart-calibration-2\"",
        "id=\"chart-fairness-2\"", "Reliability diagram", "Not a calibration");
  }

  @Test
  void html_hostileTitleFileAndProvenance_areEscaped() {
    String html = EvaluationReport.html(CITY, CONTEXT);

    assertThat(html).doesNotContain("<script>", "alert('x')");
    assertThat(html).contains("<title>Title &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&amp;</title>",
        "<code>labelled &lt;script&gt;", "<dt>note</dt><dd>&lt;script&gt;");
  }

  @Test
  void html_englishReport_figuresWithADecimalPoint() {
    String html = EvaluationReport.html(CITY, CONTEXT);
    String roc = Numbers3.format(CITY.scorers().get(0).rocAuc().value());

    assertThat(html).contains("<span class=\"big\">" + roc + "</span>").contains("<html lang=\"en\">");
    assertThat(roc).matches("0\\.[0-9]{3}");
  }

  @Test
  void htmlAndJson_sameResult_sameBytesUnderAnyDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      String html = EvaluationReport.html(CITY, CONTEXT);
      String json = EvaluationReport.json(CITY, CONTEXT);
      for (Locale locale : new Locale[] {Locale.GERMANY, Locale.forLanguageTag("tr-TR"),
          Locale.forLanguageTag("ar-EG-u-nu-arab"), Locale.forLanguageTag("nl-NL")}) {
        Locale.setDefault(locale);
        assertThat(EvaluationReport.html(CITY, CONTEXT)).as("html under %s", locale).isEqualTo(html);
        assertThat(EvaluationReport.json(CITY, CONTEXT)).as("json under %s", locale).isEqualTo(json);
      }
      assertThat(EvaluationReport.html(cityResult(), CONTEXT)).as("a second evaluation").isEqualTo(html);
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void json_everyFigure_validJsonWithPlainNumbersAndNullForUndefined() {
    JsonNode root = JsonMapper.builder().build().readTree(EvaluationReport.json(CITY, CONTEXT));

    assertThat(root.get("format").asString()).isEqualTo(EvaluationReport.JSON_FORMAT);
    assertThat(root.get("title").asString()).isEqualTo(CONTEXT.title());
    assertThat(root.get("scorers")).hasSize(2);
    JsonNode weighted = root.get("scorers").get(0);
    assertThat(weighted.get("rocAuc").get("value").doubleValue())
        .isCloseTo(CITY.scorers().get(0).rocAuc().value(), org.assertj.core.data.Offset.offset(5e-7));
    assertThat(weighted.get("calibration").isNull()).isTrue();
    assertThat(root.get("scorers").get(1).get("calibration").get("brierScore").isNumber()).isTrue();
  }

  /** Pins the metrics JSON of a small, fully determined evaluation: the format's bytes must not drift. */
  @Test
  void json_smallEvaluation_equalsThePinnedDocument() throws IOException {
    List<LabelledSubject> subjects = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      boolean positive = i % 4 == 0;
      String group = i % 3 == 0 ? "group-b" : "group-a";
      subjects.add(positive ? Fixtures.labelled("S-" + i, true, group, "A", "B", i % 8 == 0 ? "B" : "A")
          : Fixtures.labelled("S-" + i, false, group, i % 5 == 0 ? "A" : "C"));
    }
    EvaluationResult result = Evaluation.evaluate(new LabelledData(subjects, new TreeMap<>(Map.of("seed", "1"))),
        List.of(Fixtures.counting("count", List.of("A", "B"))), EvaluationOptions.DEFAULTS.withBootstrapReplicates(20),
        ProgressListener.NONE);

    String json = EvaluationReport.json(result, new ReportContext("Pinned", "pinned.json", "ab", "0.0.0"));

    assertThat(json).isEqualTo(resource("metrics-pinned.json"));
  }

  @Test
  void render_nullArguments_areRejected() {
    assertThatThrownBy(() -> EvaluationReport.html(null, CONTEXT)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> EvaluationReport.json(CITY, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void reportContext_ofBytes_hashesThemWithSha256() {
    // SHA-256 of "abc", FIPS 180-2 appendix B.1
    assertThat(ReportContext.of("t", "f", "abc".getBytes(StandardCharsets.US_ASCII), "1").labelledSha256())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  private static List<String> charts(String html) {
    List<String> charts = new ArrayList<>();
    Matcher m = Pattern.compile("<svg .*?</svg>", Pattern.DOTALL).matcher(html);
    while (m.find()) {
      charts.add(m.group());
    }
    return charts;
  }

  private static Document xml(String text) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = EvaluationReportTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Three decimals, half-even on the exact value, written here independently of the kit. */
  private static final class Numbers3 {
    static String format(double x) {
      return new java.math.BigDecimal(x).setScale(3, java.math.RoundingMode.HALF_EVEN).toPlainString();
    }
  }
}
