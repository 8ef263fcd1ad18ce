package eu.barrier.transparency;

import eu.barrier.core.Language;
import eu.barrier.core.observation.Agency;
import eu.barrier.indicators.catalogue.Catalogue;
import eu.barrier.indicators.catalogue.Indicator;
import eu.barrier.indicators.catalogue.LintFinding;
import eu.barrier.indicators.catalogue.SourceDocument;
import eu.barrier.indicators.scoring.Outcome;
import eu.barrier.report.Html;
import eu.barrier.report.HtmlPage;
import eu.barrier.report.Numbers;
import eu.barrier.report.TextBundle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders the model card of a deployment with the report kit: one self-contained page in Dutch,
 * French or English (texts from {@code model-card_LANG.properties}) saying what the screening does
 * and does not do, its indicators with their sources and strengths, the protected-attribute lint
 * result, the evaluation and fairness figures when given, the intended use and human review, the
 * limits and the provenance. No timestamps besides the deployment's date: the same deployment
 * gives the same bytes.
 */
final class ModelCard {

  private static final String CSS = css();

  private ModelCard() {}

  private static String css() {
    try (InputStream in = ModelCard.class.getResourceAsStream("model-card.css")) {
      if (in == null) {
        throw new IllegalStateException("the model card's style sheet resource is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String html(Facts facts, Language language) {
    TextBundle t = TextBundle.load("model-card", language, ModelCard.class::getResourceAsStream);
    Numbers n = Numbers.of(language);
    Deployment d = facts.deployment;
    HtmlPage page = HtmlPage.create(language, t.format("title", d.organisation()))
        .generator("barrier " + Facts.version()).style(CSS);
    page.header(Html.escape(t.format("subtitle", d.date().toString(), d.screening().modelId(),
        Integer.toString(facts.catalogues.size())) + " " + t.get("notice")));
    page.section("does", "1 " + t.get("does"), list(t, "does", 4));
    page.section("does-not", "2 " + t.get("doesNot"), list(t, "doesNot", 5));
    page.section("indicators", "3 " + t.get("indicators"), indicators(facts, t, language));
    page.section("lint", "4 " + t.get("lint"), lint(facts, t));
    page.section("evaluation", "5 " + t.get("evaluation"), evaluation(facts, t, n, language));
    page.section("use", "6 " + t.get("use"), use(facts, t));
    page.section("limits", "7 " + t.get("limits"), list(t, "limits", 5));
    page.section("provenance", "8 " + t.get("provenance"), provenance(facts, t));
    page.footer(Html.escape(page.generatedBy() + ". " + t.get("footer")));
    return page.render();
  }

  private static String list(TextBundle t, String key, int count) {
    StringBuilder sb = new StringBuilder("<ul>");
    for (int i = 1; i <= count; i++) {
      sb.append("<li>").append(Html.escape(t.get(key + "." + i))).append("</li>");
    }
    return sb.append("</ul>\n").toString();
  }

  private static String indicators(Facts facts, TextBundle t, Language language) {
    StringBuilder sb = new StringBuilder(1 << 14);
    sb.append("<p class=\"note\">").append(Html.escape(t.get("indicators.note"))).append("</p>\n");
    for (Facts.CatalogueFacts c : facts.catalogues) {
      Catalogue cat = c.catalogue();
      sb.append("<h3>").append(Html.escape(cat.title().in(language))).append(" <code>")
          .append(Html.escape(cat.reference())).append("</code></h3>\n<p>")
          .append(Html.escape(cat.description().in(language))).append("</p>\n<dl class=\"kv\">");
      kv(sb, t.get("catalogue.verification"), t.get("verification." + cat.provenance().verification().id()));
      kv(sb, "SHA-256", c.hashed().sha256());
      cat.provenance().notes().ifPresent(notes -> kv(sb, t.get("catalogue.notes"), notes));
      sb.append("</dl>\n<table><tr>");
      for (String column : List.of("id", "label", "barrier", "strength", "basis", "observedBy", "sources")) {
        sb.append(column.equals("label") ? "<th class=\"wide\">"
            : column.equals("observedBy") || column.equals("sources") ? "<th class=\"w\">" : "<th class=\"l\">").append(Html.escape(t.get("column." + column))).append("</th>");
      }
      sb.append("</tr>\n");
      for (Indicator i : cat.indicators()) {
        sb.append("<tr><td class=\"l\"><code>").append(Html.escape(i.id())).append("</code></td><td class=\"wide\">")
            .append(Html.escape(i.label().in(language))).append("<span class=\"note\">")
            .append(Html.escape(i.description().in(language)))
            .append(i.description().get(language).isEmpty() ? " (en)" : "").append("</span></td><td class=\"l\">")
            .append(Html.escape(i.category().label(language))).append("</td><td class=\"l\">")
            .append(Html.escape(t.get("strength." + i.strength().id()))).append("</td><td class=\"l\">")
            .append(Html.escape(t.get("basis." + i.basis().id()))).append("</td><td class=\"w\">")
            .append(Html.escape(i.observedBy().stream().map((Agency a) -> a.label(language))
                .collect(Collectors.joining(", "))))
            .append("</td><td class=\"w\">").append(Html.escape(String.join(", ", i.sources()))).append("</td></tr>\n");
      }
      sb.append("</table>\n<p class=\"note\">").append(Html.escape(t.get("sources"))).append("</p>\n<ul class=\"note\">");
      for (SourceDocument s : cat.provenance().sources()) {
        sb.append("<li><code>").append(Html.escape(s.id())).append("</code> ").append(Html.escape(s.title()))
            .append(s.date().map(date -> " (" + Html.escape(date) + ")").orElse(""))
            .append(s.url().map(url -> " " + Html.escape(url)).orElse("")).append("</li>");
      }
      sb.append("</ul>\n");
    }
    return sb.toString();
  }

  private static String lint(Facts facts, TextBundle t) {
    StringBuilder sb = new StringBuilder("<p>").append(Html.escape(t.get("lint.rules"))).append("</p>\n<table><tr>");
    for (String column : List.of("catalogue", "result", "findings")) {
      sb.append("<th class=\"l\">").append(Html.escape(t.get("lint.column." + column))).append("</th>");
    }
    sb.append("</tr>\n");
    for (Facts.CatalogueFacts c : facts.catalogues) {
      // a deployment holds only catalogues without lint errors; the badge still reads the report
      boolean errors = c.lint().hasErrors();
      sb.append("<tr><td class=\"l\"><code>").append(Html.escape(c.catalogue().reference()))
          .append("</code></td><td class=\"l\"><span class=\"badge ").append(errors ? "bad" : "ok").append("\">")
          .append(Html.escape(t.get(errors ? "lint.errors" : "lint.passed"))).append("</span></td><td class=\"w\">");
      if (c.lint().isClean()) {
        sb.append(Html.escape(t.get("lint.clean")));
      } else {
        sb.append("<ul class=\"note\">");
        for (LintFinding f : c.lint().findings()) {
          sb.append("<li>").append(Html.escape(f.severity().id() + " " + f.code().code() + " "
              + f.indicatorId().orElse("") + " " + f.path())).append("</li>");
        }
        sb.append("</ul>");
      }
      sb.append("</td></tr>\n");
    }
    return sb.append("</table>\n").toString();
  }

  private static String evaluation(Facts facts, TextBundle t, Numbers n, Language language) {
    if (facts.deployment.evaluation().isEmpty()) {
      return "<p>" + Html.escape(t.get("evaluation.none")) + "</p>\n";
    }
    EvaluationMetrics m = facts.deployment.evaluation().get();
    StringBuilder sb = new StringBuilder(4096);
    sb.append("<dl class=\"kv\">");
    kv(sb, t.get("evaluation.file"), m.sha256());
    kv(sb, t.get("evaluation.subjects"), t.format("evaluation.subjects.value", Long.toString(m.subjects()),
        Long.toString(m.positives())));
    kv(sb, t.get("evaluation.data"), m.dataProvenance().entrySet().stream().map(Map.Entry::toString)
        .collect(Collectors.joining("; ")));
    kv(sb, t.get("evaluation.version"), m.barrierVersion());
    sb.append("</dl>\n");
    if (facts.syntheticEvaluation()) {
      sb.append("<p><span class=\"badge warn\">").append(Html.escape(t.get("evaluation.synthetic"))).append("</span></p>\n");
    }
    for (Facts.CatalogueFacts c : facts.catalogues) {
      sb.append("<h3><code>").append(Html.escape(c.catalogue().reference())).append("</code></h3>\n");
      if (c.evaluation().isEmpty()) {
        sb.append("<p>").append(Html.escape(t.get("evaluation.missing"))).append("</p>\n");
        continue;
      }
      EvaluationMetrics.Scorer s = c.evaluation().get();
      sb.append("<p>").append(Html.escape(t.format("evaluation.auc", n.fixed(s.rocAuc().value(), 3),
          n.fixed(s.rocAuc().lower95(), 3), n.fixed(s.rocAuc().upper95(), 3), n.fixed(s.prAuc().value(), 3),
          n.fixed(s.prAuc().lower95(), 3), n.fixed(s.prAuc().upper95(), 3)))).append("</p>\n<table><tr>");
      for (String column : List.of("level", "precision", "recall", "flagRate", "falsePositiveRate", "ratio", "rule")) {
        sb.append("<th class=\"l\">").append(Html.escape(t.get("evaluation.column." + column))).append("</th>");
      }
      sb.append("</tr>\n");
      for (EvaluationMetrics.Level l : s.levels()) {
        EvaluationMetrics.Fairness f = s.fairness().stream().filter(x -> x.level().equals(l.level())).findFirst()
            .orElse(null);
        sb.append("<tr><td class=\"l\">").append(Html.escape(Outcome.fromId(l.level()).label(language)))
            .append("</td><td>").append(n.percent(l.precision())).append("</td><td>").append(n.percent(l.recall()))
            .append("</td><td>").append(n.percent(l.flagRate())).append("</td><td>")
            .append(n.percent(l.falsePositiveRate())).append("</td><td>")
            .append(f == null ? n.notAvailable() : n.fixed(f.flagRateRatio(), 2)).append("</td><td class=\"l\">");
        if (f != null) {
          sb.append("<span class=\"badge ").append(f.fourFifthsViolated() ? "bad" : "ok").append("\">")
              .append(Html.escape(t.get(f.fourFifthsViolated() ? "evaluation.violated" : "evaluation.kept")))
              .append("</span>").append(f.smallSample() ? " " + Html.escape(t.get("evaluation.small")) : "");
        }
        sb.append("</td></tr>\n");
      }
      sb.append("</table>\n");
    }
    sb.append("<p class=\"note\">").append(Html.escape(t.format("evaluation.note",
        n.fixed(m.fourFifthsThreshold(), 2)))).append("</p>\n");
    return sb.toString();
  }

  private static String use(Facts facts, TextBundle t) {
    StringBuilder sb = new StringBuilder("<ul>");
    for (int i = 1; i <= 4; i++) {
      sb.append("<li>").append(Html.escape(t.get("use." + i))).append("</li>");
    }
    sb.append("</ul>\n<p>").append(Html.escape(facts.deployment.profile()
        .map(p -> t.format("use.profile", t.get("citation." + p))).orElse(t.get("use.noProfile")))).append("</p>\n");
    return sb.toString();
  }

  private static String provenance(Facts facts, TextBundle t) {
    Deployment d = facts.deployment;
    StringBuilder sb = new StringBuilder(4096).append("<dl class=\"kv\">");
    kv(sb, t.get("provenance.organisation"), d.organisation());
    kv(sb, t.get("provenance.contact"), d.contact());
    kv(sb, t.get("provenance.date"), d.date().toString());
    kv(sb, t.get("provenance.model"), d.screening().modelId());
    kv(sb, t.get("provenance.combining"), t.get("provenance.combining.text"));
    kv(sb, t.get("provenance.profile"), d.profile().orElse("-"));
    kv(sb, t.get("provenance.library"), Facts.version());
    sb.append("</dl>\n");
    for (Facts.CatalogueFacts c : facts.catalogues) {
      sb.append("<p class=\"note\">").append(Html.escape(t.format("provenance.parameters",
          c.catalogue().reference()))).append("</p>\n<dl class=\"kv\">");
      c.parameters().forEach((k, v) -> kv(sb, k, v));
      sb.append("</dl>\n");
    }
    return sb.toString();
  }

  private static void kv(StringBuilder sb, String key, String value) {
    sb.append("<dt>").append(Html.escape(key)).append("</dt><dd>").append(Html.escape(value)).append("</dd>");
  }
}
