package eu.barrier.screening.picture;

import eu.barrier.core.Language;
import eu.barrier.privacy.exchange.Holding;
import eu.barrier.report.Html;
import eu.barrier.report.HtmlPage;
import eu.barrier.report.TextBundle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * Renders a {@link Picture} as one self-contained HTML page with the report kit ({@code
 * eu.barrier.report}): the handling marking, a network diagram (inline SVG with a deterministic
 * layout), one fiche per connected group in rank order with its explanation and who could act,
 * the patterns across partners, the messages not used and removed, and the provenance of every
 * message used. No scripts, no external assets; texts in Dutch, French or English. The same
 * picture, language and generator give the same bytes. The page shows pseudonyms: it carries the
 * picture's TLP and must be handled as such.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class PictureReport {

  /** The most group fiches on one page; {@code picture.json} holds every group. */
  public static final int MAX_FICHES = 50;

  private static final String CSS = "svg#network{max-width:100%;height:auto;border:1px solid #d0d5dd}"
      + " .fiche{border-left:4px solid #1d4f8a;padding:0 0 0 12px;margin:18px 0}"
      + " .pseudonym{font-family:monospace;font-size:11px} td.w{text-align:left;white-space:normal}";

  private PictureReport() {}

  /**
   * Renders the page.
   *
   * @param picture the picture
   * @param language the language of the page
   * @param generator the name and version of the program that writes the page, for example {@code
   *     barrier 0.1.0}
   * @return the HTML document
   */
  public static String html(Picture picture, Language language, String generator) {
    Objects.requireNonNull(picture, "picture");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(generator, "generator");
    PictureTexts texts = new PictureTexts(language);
    TextBundle t = texts.bundle();
    String title = (picture.demoLabel().isPresent() ? t.get("demo.title") + " — " : "") + t.get("title") + ", "
        + picture.asOf() + " — TLP:" + picture.tlp().label();
    HtmlPage page = HtmlPage.create(language, title).generator(generator).style(CSS);
    picture.demoLabel().ifPresent(d -> page.banner("demo", d));
    SortedSet<String> partners = PictureJson.partners(picture);
    page.header(Html.escape(t.format("header.summary", Integer.toString(picture.sources().size()),
        Integer.toString(partners.size()), picture.asOf().toString(), Integer.toString(picture.notUsed().size()),
        Integer.toString(picture.removed().size())) + " " + t.get("notice")));
    page.append(cards(picture, partners, t));
    page.section("handling", "1 " + t.get("handling"), handling(picture, texts));
    page.section("network", "2 " + t.get("network"), network(picture, texts));
    page.section("groups", "3 " + t.get("groups"), fiches(picture, texts));
    page.section("patterns", "4 " + t.get("patterns"), patterns(picture, texts));
    page.section("not-used", "5 " + t.get("notUsed"), notUsed(picture, t));
    page.section("sources", "6 " + t.get("sources"), sources(picture, t));
    page.footer(Html.escape(page.generatedBy() + ". " + t.get("footer") + " " + t.get("notice")));
    return page.render();
  }

  private static String cards(Picture p, SortedSet<String> partners, TextBundle t) {
    StringBuilder sb = new StringBuilder("<div class=\"cards\">\n");
    card(sb, t.get("card.partners"), partners.size());
    card(sb, t.get("card.entities"), p.entities().size());
    card(sb, t.get("card.groups"), p.groups().size());
    card(sb, t.get("card.patterns"), p.patterns().size());
    return sb.append("</div>\n").toString();
  }

  private static void card(StringBuilder sb, String name, int value) {
    sb.append("<div class=\"card\"><div class=\"name\">").append(Html.escape(name)).append("</div><span class=\"big\">")
        .append(value).append("</span></div>\n");
  }

  private static String handling(Picture p, PictureTexts texts) {
    TextBundle t = texts.bundle();
    StringBuilder sb = new StringBuilder("<dl class=\"kv\">\n");
    kv(sb, t.get("handling.tlp"), "TLP:" + p.tlp().label()
        + (p.communities().isEmpty() ? "" : " (" + String.join(", ", p.communities()) + ")"));
    kv(sb, t.get("handling.statements"), texts.list(p.statements()));
    kv(sb, t.get("handling.retain"), p.retainUntil().map(Object::toString).orElse(t.get("none")));
    kv(sb, t.get("handling.domains"), texts.list(p.pseudonymDomains()));
    sb.append("</dl>\n<p class=\"note\">").append(Html.escape(t.get("handling.domains.note"))).append("</p>\n");
    return sb.toString();
  }

  private static void kv(StringBuilder sb, String key, String value) {
    sb.append("<dt>").append(Html.escape(key)).append("</dt><dd>").append(Html.escape(value)).append("</dd>\n");
  }

  private static String network(Picture p, PictureTexts texts) {
    TextBundle t = texts.bundle();
    StringBuilder sb = new StringBuilder("<figure>\n").append(NetworkLayout.svg(p, texts)).append("<figcaption>")
        .append(Html.escape(t.get("network.caption"))).append("</figcaption>\n</figure>\n");
    if (p.groups().size() > NetworkLayout.MAX_GROUPS) {
      sb.append("<p class=\"note\">").append(Html.escape(t.format("network.more",
          Integer.toString(NetworkLayout.MAX_GROUPS), Integer.toString(p.groups().size())))).append("</p>\n");
    }
    return sb.toString();
  }

  private static String fiches(Picture p, PictureTexts texts) {
    TextBundle t = texts.bundle();
    List<String> explanations = texts.explanations(p);
    StringBuilder sb = new StringBuilder(1 << 14);
    int shown = Math.min(MAX_FICHES, p.groups().size());
    for (int i = 0; i < shown; i++) {
      Group g = p.groups().get(i);
      sb.append("<div class=\"fiche\" id=\"group-").append(g.rank()).append("\">\n<h3>")
          .append(Html.escape(t.format("group.heading", Integer.toString(g.rank())))).append("</h3>\n<p>")
          .append(Html.escape(explanations.get(i))).append("</p>\n<dl class=\"kv\">\n");
      kv(sb, t.get("group.barriers"), texts.list(texts.barriers(g.barriers())));
      kv(sb, t.get("group.couldAct"), g.services().isEmpty() ? t.get("none") : String.join(", ", texts.services(g.services())));
      sb.append("</dl>\n<table>\n<thead><tr><th class=\"l\">").append(Html.escape(t.get("column.entity")))
          .append("</th><th class=\"l\">").append(Html.escape(t.get("column.kind"))).append("</th><th class=\"l\">")
          .append(Html.escape(t.get("column.pseudonym"))).append("</th><th class=\"l\">")
          .append(Html.escape(t.get("column.partners"))).append("</th><th class=\"l\">")
          .append(Html.escape(t.get("column.signals"))).append("</th></tr></thead>\n<tbody>\n");
      for (String id : g.entities()) {
        Entity e = p.entity(id).orElseThrow();
        sb.append("<tr><td class=\"l\">").append(Html.escape(e.id())).append("</td><td class=\"l\">")
            .append(Html.escape(e.kind().label(texts.language()) + " (" + e.identifierType().id() + ")"))
            .append("</td><td class=\"l pseudonym\" title=\"").append(Html.escape(e.pseudonym())).append("\">")
            .append(Html.escape(e.pseudonym().substring(0, Math.min(22, e.pseudonym().length())))).append("…</td><td class=\"w\">")
            .append(Html.escape(partnersOf(e, texts))).append("</td><td class=\"w\">")
            .append(signals(e, texts)).append("</td></tr>\n");
      }
      sb.append("</tbody>\n</table>\n</div>\n");
    }
    if (p.groups().size() > shown) {
      sb.append("<p class=\"note\">").append(Html.escape(t.format("groups.more", Integer.toString(shown),
          Integer.toString(p.groups().size())))).append("</p>\n");
    }
    return sb.toString();
  }

  private static String partnersOf(Entity e, PictureTexts texts) {
    SortedSet<String> holders = new TreeSet<>(e.holders());
    holders.removeAll(e.reporters());
    return texts.list(e.reporters()) + (holders.isEmpty() ? "" : " / " + texts.list(holders));
  }

  private static String signals(Entity e, PictureTexts texts) {
    List<String> lines = new ArrayList<>();
    for (Signal s : e.signals()) {
      StringBuilder line = new StringBuilder();
      line.append(s.sender()).append(", ").append(s.period()).append(", ").append(s.grading().source())
          .append(s.grading().information());
      s.assessment().ifPresent(a -> line.append(", ").append(a.outcome()));
      line.append("; ");
      List<String> indicators = new ArrayList<>();
      for (ReportedIndicator i : s.indicators()) {
        indicators.add(i.indicator() + i.barrier().map(c -> " (" + c.label(texts.language()) + ")").orElse(""));
      }
      line.append(String.join(", ", indicators)).append(" [").append(s.source(), 0, 8).append("…]");
      lines.add(Html.escape(line.toString()));
    }
    for (Answer a : e.answers()) {
      TextBundle t = texts.bundle();
      lines.add(Html.escape(a.holding() == Holding.HOLDS
          ? t.format("answer.holds", a.sender(), a.category().map(c -> c.name().toLowerCase(java.util.Locale.ROOT))
              .orElse(t.get("unknown")), a.contact().orElse(t.get("unknown")))
          : t.format("answer.doesNotHold", a.sender())) + " [" + Html.escape(a.source().substring(0, 8)) + "…]");
    }
    for (RotationLink l : e.rotationLinks()) {
      lines.add(Html.escape(texts.bundle().format("entity.rotationLink", l.alias().substring(0, 12),
          l.pseudonym().substring(0, 12)) + " [" + String.join(", ", l.sources().stream()
              .map(id -> id.substring(0, 8) + "…").toList()) + "]"));
    }
    return String.join("<br>", lines);
  }

  private static String patterns(Picture p, PictureTexts texts) {
    if (p.patterns().isEmpty()) {
      return "<p>" + Html.escape(texts.bundle().get("patterns.none")) + "</p>\n";
    }
    StringBuilder sb = new StringBuilder("<ul>\n");
    for (Pattern pattern : p.patterns()) {
      sb.append("<li>").append(Html.escape(texts.explanation(pattern, p.entity(pattern.entity()).orElseThrow())))
          .append("</li>\n");
    }
    return sb.append("</ul>\n").toString();
  }

  private static String notUsed(Picture p, TextBundle t) {
    StringBuilder sb = new StringBuilder();
    if (p.notUsed().isEmpty()) {
      sb.append("<p>").append(Html.escape(t.get("notUsed.none"))).append("</p>\n");
    } else {
      table(sb, t, List.of("column.name", "column.code", "column.reason"));
      for (NotUsed u : p.notUsed()) {
        row(sb, u.name(), u.code(), u.reason());
      }
      sb.append("</tbody>\n</table>\n");
    }
    sb.append("<h3>").append(Html.escape(t.get("removed"))).append("</h3>\n");
    if (p.removed().isEmpty()) {
      sb.append("<p>").append(Html.escape(t.get("removed.none"))).append("</p>\n");
    } else {
      table(sb, t, List.of("column.name", "column.message", "column.sender", "column.retainUntil"));
      for (Removed r : p.removed()) {
        row(sb, r.name(), r.messageId().substring(0, 8) + "…", r.sender(), r.retainUntil().toString());
      }
      sb.append("</tbody>\n</table>\n");
    }
    return sb.toString();
  }

  private static String sources(Picture p, TextBundle t) {
    StringBuilder sb = new StringBuilder();
    table(sb, t, List.of("column.message", "column.sender", "column.issuedAt", "column.type", "column.reference",
        "column.purpose", "column.legalBasis", "column.tlp", "column.retainUntil"));
    for (Source s : p.sources()) {
      row(sb, s.messageId().substring(0, 8) + "…", s.sender(), s.issuedAt().toString().substring(0, 10), s.payloadType(), s.reference(), s.purpose(),
          s.legalBasis(), s.tlp().label(), s.retainUntil().toString());
    }
    return sb.append("</tbody>\n</table>\n").toString();
  }

  private static void table(StringBuilder sb, TextBundle t, List<String> columns) {
    sb.append("<table>\n<thead><tr>");
    for (String c : columns) {
      sb.append("<th class=\"l\">").append(Html.escape(t.get(c))).append("</th>");
    }
    sb.append("</tr></thead>\n<tbody>\n");
  }

  private static void row(StringBuilder sb, String... cells) {
    sb.append("<tr>");
    for (String c : cells) {
      sb.append("<td class=\"w\">").append(Html.escape(c)).append("</td>");
    }
    sb.append("</tr>\n");
  }
}
