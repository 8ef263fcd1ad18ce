package eu.barrier.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.barrier.core.Language;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

final class SvgChartTest {

  private static final String HOSTILE = "</title><script>alert(1)</script>\"' & \u0001 \uD800";

  private static String chart(Language language, String text) {
    return SvgChart.create("chart-" + text, "Title " + text, SvgChart.Axis.of("x " + text, 0, 1, 5, 1),
            SvgChart.Axis.of("y " + text, 0, 0.5, 5, 2), Numbers.of(language))
        .referenceLine(0, 0, 1, 0.5, "ref " + text)
        .line("line " + text, SvgChart.color(0), new double[] {0, 0.25, Double.NaN, 1}, new double[] {0, 0.1, 0.3, 0.5})
        .dots(SvgChart.color(1), new double[] {0.5, 0.7}, new double[] {0.2, Double.NaN})
        .bar(0.1, 0.2, 0.4, SvgChart.color(2), "bar " + text)
        .bar(0.3, 0.4, Double.NaN, SvgChart.color(3), "empty bar")
        .label(0.5, -0.05, "label " + text)
        .tickLabel(0.9, "tick " + text)
        .legend(List.of("a " + text, "b"), List.of(SvgChart.color(0), SvgChart.color(1)), SvgChart.Legend.BOTTOM_RIGHT)
        .render();
  }

  @Test
  void render_hostileTexts_isWellFormedXmlWithTheTextsAsText() throws Exception {
    Document svg = Xml.parse(chart(Language.EN, HOSTILE));

    Element root = svg.getDocumentElement();
    assertThat(root.getLocalName()).isEqualTo("svg");
    assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
    assertThat(svg.getElementsByTagNameNS("*", "script").getLength()).isZero();
    assertThat(root.getAttribute("id")).isEqualTo("chart-" + HOSTILE.replace('\u0001', '\uFFFD').replace('\uD800', '\uFFFD'));
    NodeList titles = svg.getElementsByTagNameNS("*", "title");
    assertThat(titles.item(0).getTextContent()).startsWith("Title </title><script>");
  }

  @Test
  void render_ticksFollowTheLanguageAndCoordinatesArePlain() throws Exception {
    String nl = chart(Language.NL, "t");
    String en = chart(Language.EN, "t");

    assertThat(nl).contains(">0,20</text>", ">0,2</text>").doesNotContain(">0.20</text>");
    assertThat(en).contains(">0.20</text>", ">0.2</text>");
    // geometry is the same in both languages: only the tick labels differ
    assertThat(nl.replaceAll(">[0-9,]+</text>", "><")).isEqualTo(en.replaceAll(">[0-9.]+</text>", "><"));
    Document parsed = Xml.parse(nl);
    NodeList circles = parsed.getElementsByTagNameNS("*", "circle");
    assertThat(circles.getLength()).as("the dot with a NaN coordinate is left out").isEqualTo(1);
    assertThat(((Element) circles.item(0)).getAttribute("cx")).matches("[0-9]+\\.[0-9]");
    String points = ((Element) parsed.getElementsByTagNameNS("*", "polyline").item(0)).getAttribute("points");
    assertThat(points.split(" ")).as("the point with a NaN coordinate is left out").hasSize(3);
  }

  @Test
  void render_sameCalls_sameBytesUnderAnyDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      String reference = chart(Language.FR, "x");
      for (Locale locale : new Locale[] {Locale.GERMANY, Locale.forLanguageTag("tr-TR"),
          Locale.forLanguageTag("hi-IN-u-nu-deva")}) {
        Locale.setDefault(locale);
        assertThat(chart(Language.FR, "x")).isEqualTo(reference);
      }
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Property(tries = 100)
  void render_anyTexts_isWellFormedXml(@ForAll String title, @ForAll String label) throws Exception {
    String svg = SvgChart.create(title, title, SvgChart.Axis.of(label, -3, 7, 4, 0).withoutTickLabels(),
            SvgChart.Axis.of(label, 0, 0, 3, 1), Numbers.of(Language.NL))
        .bar(0, 1, 2, label, title).legend(List.of(label), List.of(title), SvgChart.Legend.TOP_RIGHT).render();

    assertThat(Xml.parse(svg).getDocumentElement().getLocalName()).isEqualTo("svg");
  }

  @Test
  void render_twice_isRejected() {
    SvgChart chart = SvgChart.create("c", "t", SvgChart.Axis.of("", 0, 1, 1, 0), SvgChart.Axis.of("", 0, 1, 1, 0),
        Numbers.of(Language.EN));
    chart.render();

    assertThatThrownBy(chart::render).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> chart.bar(0, 1, 1, "#000", "x")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void create_badArguments_areRejected() {
    assertThatThrownBy(() -> SvgChart.Axis.of("x", 0, Double.NaN, 5, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SvgChart.Axis.of("x", 0, 1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    SvgChart chart = SvgChart.create("c", "t", SvgChart.Axis.of("", 0, 1, 1, 0), SvgChart.Axis.of("", 0, 1, 1, 0),
        Numbers.of(Language.EN));
    assertThatThrownBy(() -> chart.line("l", "#000", new double[2], new double[3]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> chart.legend(List.of("a"), List.of(), SvgChart.Legend.TOP_RIGHT))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SvgChart.color(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
