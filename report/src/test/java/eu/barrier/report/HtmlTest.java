package eu.barrier.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

final class HtmlTest {

  @Test
  void escape_markupAndQuotes_becomeReferences() {
    assertThat(Html.escape("<script>alert('x')</script>")).isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    assertThat(Html.escape("\" onload=\"x")).isEqualTo("&quot; onload=&quot;x");
    assertThat(Html.escape("a & b")).isEqualTo("a &amp; b");
    assertThat(Html.escape("&amp;")).isEqualTo("&amp;amp;");
  }

  @Test
  void escape_plainText_isReturnedAsIs() {
    String text = "Établissement — 12,5 % ☂ \uD83D\uDE00 line\nbreak\ttab";
    assertThat(Html.escape(text)).isSameAs(text);
  }

  @Test
  void escape_charactersXmlForbids_becomeReplacementCharacter() {
    assertThat(Html.escape("a\u0000b\u0001c\u001fd\uFFFEe\uFFFF")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFD");
    assertThat(Html.escape("lone \uD800 high, lone \uDC00 low, reversed \uDC00\uD800"))
        .isEqualTo("lone \uFFFD high, lone \uFFFD low, reversed \uFFFD\uFFFD");
    assertThat(Html.escape("end \uD83D")).isEqualTo("end \uFFFD");
  }

  @Test
  void escape_null_isRejected() {
    assertThatThrownBy(() -> Html.escape(null)).isInstanceOf(NullPointerException.class);
  }

  @Property(tries = 500)
  void escape_anyString_isWellFormedXmlThatReadsBackAsTheText(@ForAll String text) throws Exception {
    String escaped = Html.escape(text);
    // attribute values: XML normalises white space in attributes, HTML does not, so compare without it
    Element root = Xml.parse("<t a=\"" + escaped + "\" b='" + escaped + "'>" + escaped + "</t>").getDocumentElement();

    String expected = sanitised(text);
    assertThat(root.getTextContent()).isEqualTo(expected.replace("\r\n", "\n").replace('\r', '\n'));
    String attribute = expected.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    assertThat(root.getAttribute("a")).isEqualTo(attribute);
    assertThat(root.getAttribute("b")).isEqualTo(attribute);
    assertThat(escaped).doesNotContain("<", ">", "\"", "'");
  }

  /** The text with every character XML forbids replaced by U+FFFD, written independently of Html. */
  private static String sanitised(String text) {
    StringBuilder sb = new StringBuilder();
    text.codePoints().forEach(cp -> {
      boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
          || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
      sb.appendCodePoint(allowed ? cp : 0xFFFD);
    });
    return sb.toString();
  }
}
