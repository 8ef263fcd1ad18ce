package eu.barrier.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.barrier.core.Language;
import java.util.Locale;
import org.junit.jupiter.api.Test;

final class HtmlPageTest {

  private static final String HOSTILE = "<script>alert('x')</script>\" onload=\"";

  private static String page(Language language) {
    Numbers numbers = Numbers.of(language);
    String chart = SvgChart.create("chart-a", "A", SvgChart.Axis.of("x", 0, 1, 2, 1), SvgChart.Axis.of("y", 0, 1, 2, 1),
        numbers).line("s", SvgChart.color(0), new double[] {0, 1}, new double[] {0, 1}).render();
    return HtmlPage.create(language, "Title " + HOSTILE)
        .generator("barrier " + HOSTILE)
        .style(".extra{color:red}\n")
        .banner("demo", "DEMO " + HOSTILE)
        .header(Html.escape("sub " + HOSTILE))
        .append("<p class=\"note\">" + numbers.fixed(64.059, 3) + "</p>\n")
        .section("data", "1 Data " + HOSTILE, "<div class=\"charts\">\n<figure>\n" + chart + "</figure>\n</div>\n")
        .footer(Html.escape("footer"))
        .render();
  }

  @Test
  void render_skeleton_holdsThePolicyTheStyleSheetAndThePartsInOrder() {
    String html = page(Language.NL);

    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
    assertThat(html).contains("<style>\n" + HtmlPage.stylesheet() + "\n.extra{color:red}\n</style>\n");
    assertThat(html).endsWith("<footer>footer</footer>\n</main>\n</body>\n</html>\n");
    int banner = html.indexOf("<p class=\"banner\" id=\"demo\">");
    int header = html.indexOf("<header>\n<h1>Title &lt;script&gt;");
    int note = html.indexOf("<p class=\"note\">64,059</p>");
    int section = html.indexOf("<section id=\"data\">\n<h2>1 Data &lt;script&gt;");
    assertThat(banner).isPositive().isLessThan(header);
    assertThat(header).isLessThan(note);
    assertThat(note).isLessThan(section);
  }

  @Test
  void render_hostileTexts_areEscapedAndNothingCanLoad() {
    String html = page(Language.EN);

    assertThat(html).doesNotContain("<script", "onload=\"", "alert('x')");
    assertThat(html).contains("<title>Title &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot; onload=&quot;</title>");
    // self-contained: no scripts, no links, no external resources (the SVG namespace is a name, not a fetch)
    assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", ""))
        .doesNotContain("<script", "<link", "<img", "src=", "url(", "http:", "https:", "@import");
  }

  @Test
  void render_sameCalls_sameBytesUnderAnyDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      String reference = page(Language.FR);
      assertThat(page(Language.FR)).isEqualTo(reference);
      for (Locale locale : new Locale[] {Locale.GERMANY, Locale.forLanguageTag("tr-TR"), Locale.US}) {
        Locale.setDefault(locale);
        assertThat(page(Language.FR)).isEqualTo(reference);
      }
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void stylesheet_fromTheResourceFile_hasNoFetchesAndEndsWithoutALineBreak() {
    assertThat(HtmlPage.stylesheet()).contains("svg.chart{", ".banner{").doesNotContain("url(", "@import", "<")
        .doesNotEndWith("\n");
  }

  @Test
  void style_withAngleBracket_isRejected() {
    assertThatThrownBy(() -> HtmlPage.create(Language.EN, "t").style("</style><script>"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void render_withoutOptionalParts_isMinimal() {
    assertThat(HtmlPage.create(Language.EN, "t").render()).doesNotContain("<header>", "<footer>", "class=\"banner\"", "name=\"generator\"")
        .contains("<title>t</title>");
  }
}
