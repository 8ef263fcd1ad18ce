package eu.barrier.report;

import eu.barrier.core.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * One self-contained HTML page: the skeleton every Barrier report shares.
 *
 * <p>The page has a {@code <head>} with the strict content security policy {@value
 * #CONTENT_SECURITY_POLICY} (nothing may be loaded: no scripts, no style sheets, no images, no
 * fonts), the
 * title and the kit's style sheet ({@link #stylesheet()}) inline; then, inside {@code <main>}, an
 * optional notice banner, an optional header with the title as {@code <h1>} and a subtitle, the
 * content in the order it was added, and an optional footer. There are no timestamps: the same
 * calls give the same bytes.
 *
 * <pre>{@code
 * Numbers numbers = Numbers.of(Language.NL);
 * String html = HtmlPage.create(Language.NL, "Overzicht")
 *     .generator("barrier 1.0.0")
 *     .banner("demo", "DEMO DATA")
 *     .header(Html.escape("500 vestigingen"))
 *     .section("overview", "1 Overzicht", "<p>" + numbers.fixed(0.975, 3) + "</p>\n")
 *     .footer(Html.escape("Gemaakt met barrier 1.0.0."))
 *     .render();
 * }</pre>
 *
 * <p>Arguments named {@code ...Html} are HTML fragments the caller has built, with every text in
 * them escaped by {@link Html#escape(String)}; all other strings are escaped by the page. Class
 * names of the style sheet a fragment may use: {@code sub}, {@code note}, {@code cards}/{@code
 * card}/{@code name}/{@code big}, {@code swatch}, {@code kv} (a {@code <dl>}), {@code l} (a
 * left-aligned cell), {@code charts} (a row of {@code <figure>}s with {@link SvgChart}s), {@code
 * badge ok|warn|bad}, {@code bar} and {@code bar neg}, and {@code banner}. A page is built by one
 * thread; it is not thread-safe.
 */
public final class HtmlPage {

  /** The content security policy of every page: load nothing, allow the inline style sheet. */
  public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

  private static final String STYLESHEET = readStylesheet();

  private final Language language;
  private final String title;
  private final StringBuilder content = new StringBuilder(1 << 16);
  private String generator;
  private String style = "";
  private String banner = "";
  private String header = "";
  private String footer = "";

  private HtmlPage(Language language, String title) {
    this.language = language;
    this.title = title;
  }

  /**
   * Starts a page.
   *
   * @param language the language of the page, its {@code lang} attribute
   * @param title the title, plain text
   * @return the page
   * @throws NullPointerException if an argument is {@code null}
   */
  public static HtmlPage create(Language language, String title) {
    return new HtmlPage(Objects.requireNonNull(language, "language"), Objects.requireNonNull(title, "title"));
  }

  /**
   * Returns the kit's style sheet, which every page holds inline.
   *
   * @return the CSS text, without a final line break
   */
  public static String stylesheet() {
    return STYLESHEET;
  }

  /**
   * Names the program that made the page, in a {@code <meta name="generator">} element.
   *
   * @param generator for example {@code barrier 1.0.0}; plain text
   * @return this page
   * @throws NullPointerException if {@code generator} is {@code null}
   */
  public HtmlPage generator(String generator) {
    this.generator = Objects.requireNonNull(generator, "generator");
    return this;
  }

  /**
   * Adds style rules after the kit's style sheet, for classes of one kind of report. Keep them in
   * a resource file of the report, not in a Java string.
   *
   * @param css the rules
   * @return this page
   * @throws IllegalArgumentException if the rules contain {@code <}, which could end the style
   *     element
   * @throws NullPointerException if {@code css} is {@code null}
   */
  public HtmlPage style(String css) {
    if (Objects.requireNonNull(css, "css").indexOf('<') >= 0) {
      throw new IllegalArgumentException("style rules never contain '<'");
    }
    style = style + "\n" + stripFinalLineBreaks(css);
    return this;
  }

  /**
   * Sets the notice banner, shown above everything else, for example to mark demo data.
   *
   * @param id the element id, for example {@code demo}
   * @param text the notice, plain text
   * @return this page
   * @throws NullPointerException if an argument is {@code null}
   */
  public HtmlPage banner(String id, String text) {
    banner = "<p class=\"banner\" id=\"" + Html.escape(Objects.requireNonNull(id, "id")) + "\">"
        + Html.escape(Objects.requireNonNull(text, "text")) + "</p>\n";
    return this;
  }

  /**
   * Sets the header: the title as {@code <h1>} and a subtitle.
   *
   * @param subtitleHtml the subtitle, an HTML fragment
   * @return this page
   * @throws NullPointerException if {@code subtitleHtml} is {@code null}
   */
  public HtmlPage header(String subtitleHtml) {
    header = "<header>\n<h1>" + Html.escape(title) + "</h1>\n<p class=\"sub\">"
        + Objects.requireNonNull(subtitleHtml, "subtitleHtml") + "</p>\n</header>\n";
    return this;
  }

  /**
   * Adds content after what was added before.
   *
   * @param html an HTML fragment
   * @return this page
   * @throws NullPointerException if {@code html} is {@code null}
   */
  public HtmlPage append(String html) {
    content.append(Objects.requireNonNull(html, "html"));
    return this;
  }

  /**
   * Adds a section: {@code <section id>} with an {@code <h2>} heading and the content.
   *
   * @param id the section id, the target of links such as {@code #data}
   * @param heading the heading, plain text, for example {@code 1 Data}
   * @param html the content, an HTML fragment
   * @return this page
   * @throws NullPointerException if an argument is {@code null}
   */
  public HtmlPage section(String id, String heading, String html) {
    content.append("<section id=\"").append(Html.escape(Objects.requireNonNull(id, "id"))).append("\">\n<h2>")
        .append(Html.escape(Objects.requireNonNull(heading, "heading"))).append("</h2>\n")
        .append(Objects.requireNonNull(html, "html")).append("</section>\n");
    return this;
  }

  /**
   * Sets the footer.
   *
   * @param html the footer's content, an HTML fragment
   * @return this page
   * @throws NullPointerException if {@code html} is {@code null}
   */
  public HtmlPage footer(String html) {
    footer = "<footer>" + Objects.requireNonNull(html, "html") + "</footer>\n";
    return this;
  }

  /**
   * Returns the complete document.
   *
   * @return the HTML text, ending with a line break
   */
  public String render() {
    StringBuilder sb = new StringBuilder(STYLESHEET.length() + content.length() + 4096);
    sb.append("<!DOCTYPE html>\n<html lang=\"").append(language.id()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CONTENT_SECURITY_POLICY).append("\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    if (generator != null) {
      sb.append("<meta name=\"generator\" content=\"").append(Html.escape(generator)).append("\">\n");
    }
    sb.append("<title>").append(Html.escape(title)).append("</title>\n<style>\n").append(STYLESHEET).append(style)
        .append("\n</style>\n</head>\n<body>\n<main>\n").append(banner).append(header).append(content).append(footer)
        .append("</main>\n</body>\n</html>\n");
    return sb.toString();
  }

  /**
   * Returns the language and size only.
   *
   * @return for example {@code HtmlPage[nl, 5120 characters of content]}
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "HtmlPage[%s, %d characters of content]", language.id(), content.length());
  }

  private static String readStylesheet() {
    try (InputStream in = HtmlPage.class.getResourceAsStream("report.css")) {
      if (in == null) {
        throw new IllegalStateException("the report kit's style sheet resource is missing");
      }
      return stripFinalLineBreaks(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("the report kit's style sheet cannot be read", e);
    }
  }

  private static String stripFinalLineBreaks(String s) {
    int end = s.length();
    while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r')) {
      end--;
    }
    return s.substring(0, end);
  }
}
