package eu.barrier.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

final class HtmlTextTest {

  private static final Set<String> TAGS = Set.of("div", "br", "p", "ul", "ol", "li");

  @Test
  void scan_examples_countTextWithoutTagsAsTheRegisterDoes() {
    assertThat(HtmlText.scan("abc", TAGS)).isEqualTo(new HtmlText.Scan(3, true));
    assertThat(HtmlText.scan("<p>ab</p><p>cd</p>", TAGS)).isEqualTo(new HtmlText.Scan(5, true));
    assertThat(HtmlText.scan("<ul><li>a</li><li>b</li></ul>", TAGS)).isEqualTo(new HtmlText.Scan(3, true));
    assertThat(HtmlText.scan("a&amp;b&#233;&#xE9;", TAGS)).isEqualTo(new HtmlText.Scan(5, true));
    assertThat(HtmlText.scan("a & b", TAGS)).isEqualTo(new HtmlText.Scan(5, true));
    assertThat(HtmlText.scan("x < 3", Set.of())).isEqualTo(new HtmlText.Scan(5, true));
    assertThat(HtmlText.scan("<br/><BR>", TAGS)).isEqualTo(new HtmlText.Scan(0, true));
    assertThat(HtmlText.scan("\ud83d\ude00", TAGS).textLength()).isEqualTo(1);
  }

  @Test
  void scan_disallowedMarkup_isReported() {
    for (String s : new String[] {"<b>x</b>", "<p class=\"a\">x</p>", "<p", "<!-- c -->", "<?xml?>", "</script>",
        "<p onclick=x>", "< p>ok</p>"}) {
      boolean expected = s.equals("< p>ok</p>") ? true : false;
      // "< p>" is text, but its "</p>" closes an allowed tag: allowed
      assertThat(HtmlText.scan(s, TAGS).markupAllowed()).as(s).isEqualTo(expected);
    }
    assertThat(HtmlText.scan("<p>x</p>", Set.of()).markupAllowed()).isFalse();
  }

  @Property(tries = 300)
  void scan_escapedText_isAllowedAndCountsEveryCodePoint(@ForAll String text) {
    String escaped = RegisterRecord.escape(text);

    HtmlText.Scan scan = HtmlText.scan("<p>" + escaped + "</p>", TAGS);

    assertThat(scan.markupAllowed()).isTrue();
    assertThat(scan.textLength()).isEqualTo(text.codePointCount(0, text.length()));
  }
}
