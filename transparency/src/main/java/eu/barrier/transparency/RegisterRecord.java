package eu.barrier.transparency;

import eu.barrier.core.Language;
import eu.barrier.core.establishment.Sector;
import eu.barrier.indicators.catalogue.SourceDocument;
import eu.barrier.indicators.scoring.Outcome;
import eu.barrier.report.Numbers;
import eu.barrier.report.TextBundle;
import eu.barrier.screening.signal.SignalReportPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the Algoritmeregister record (publication standard 1.0) and the supplier template of a
 * deployment, in Dutch at B1 level, from its {@link Facts}. What the metadata does not know
 * (the organisation's own legal basis and risks, how it organises the review, the weighing) is
 * said in the field, for a person to fill in; fields without any known content are left out.
 */
final class RegisterRecord {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final TextBundle T = TextBundle.load("register", Language.NL, RegisterRecord.class::getResourceAsStream);

  private RegisterRecord() {}

  /** Returns the record for the deployment's organisation. */
  static ObjectNode record(Facts facts) {
    return build(facts, false);
  }

  /** Returns the supplier template: an array with the record, without organisation and contact, with an id. */
  static ArrayNode template(Facts facts) {
    ArrayNode array = NODES.arrayNode();
    array.add(build(facts, true));
    return array;
  }

  private static ObjectNode build(Facts facts, boolean template) {
    Deployment d = facts.deployment;
    ObjectNode r = NODES.objectNode();
    if (template) {
      r.put(PublicationStandard.TEMPLATE_ID, T.get("template.id"));
    }
    r.put("name", T.get("name"));
    r.put("description_short", facts.sectors.isEmpty() ? T.get("description.all")
        : T.format("description.sectors", sectors(facts, 4)));
    if (template) {
      r.putNull("organization");
    } else {
      r.put("organization", d.organisation());
    }
    r.set("category", NODES.arrayNode().add(T.get("category")));
    r.put("status", d.status().registerValue());
    if (!template) {
      r.put("contact_email", d.contact());
    }
    r.put("publication_category", d.publicationCategory().registerValue());
    r.put("goal", goal(facts));
    r.put("proportionality", p(T.get("proportionality.1")) + p(T.get("proportionality.2"))
        + ul(List.of(T.get("proportionality.signal"), T.get("proportionality.data"), T.get("proportionality.explained"),
            T.get("proportionality.nosum"))));
    r.put("human_intervention", p(T.get("human.1")) + p(T.get("human.2")) + p(T.get("human.3")) + p(T.get("human.4")));
    r.put("risks", risks(facts));
    r.put("lawful_basis", d.profile().map(id -> p(T.get("lawful." + id))).orElse(p(T.get("lawful.none")))
        + p(T.get("lawful.own")));
    d.profile().ifPresent(id -> r.set("lawful_basis_grouping", NODES.arrayNode().add(NODES.objectNode()
        .put("title", T.get("lawful.title." + id)).put("link", T.get("lawful.link." + id)))));
    r.put("impacttoetsen", p(T.get("impact.1")));
    r.put("source_data", sourceData(facts));
    if (!facts.sources.isEmpty()) {
      ArrayNode links = NODES.arrayNode();
      for (SourceDocument s : facts.sources) {
        links.add(NODES.objectNode().put("title", s.title()).put("link", s.url().orElseThrow()));
      }
      r.set("source_data_grouping", links);
    }
    r.put("methods_and_models", methods(facts));
    r.put("provider", T.get("provider"));
    r.put("publiccode", T.get("publiccode"));
    r.put("lang", "nld");
    r.put("standard_version", "1.0");
    r.put("tags", T.get("tags") + d.profile().map(id -> ", " + T.get("tags." + id)).orElse("")
        + (facts.sectors.isEmpty() ? "" : ", " + facts.sectors.stream().map(s -> T.get("sector." + s.name()))
            .collect(Collectors.joining(", "))));
    return r;
  }

  private static String goal(Facts facts) {
    StringBuilder sb = new StringBuilder();
    sb.append(p(T.get("goal.1") + (facts.sectors.isEmpty() ? "" : " " + T.format("goal.sectors", sectors(facts, 6)))));
    sb.append(p(T.get("goal.2")));
    sb.append(p(T.get("goal.3") + facts.deployment.profile().map(id -> " " + T.get("goal." + id)).orElse("")));
    return sb.toString();
  }

  private static String risks(Facts facts) {
    List<String> items = new ArrayList<>();
    StringBuilder lint = new StringBuilder(T.get("risks.discrimination")).append(' ')
        .append(T.format("risks.lint.clean", Integer.toString(facts.catalogues.size())));
    long reviewed = facts.catalogues.stream().mapToLong(Facts.CatalogueFacts::reviewedMentions).sum();
    if (reviewed > 0) {
      lint.append(' ').append(T.format("risks.lint.reviewed", Long.toString(reviewed)));
    }
    items.add(lint.toString());
    items.add(T.get("risks.bias") + " " + evaluation(facts));
    items.add(T.get("risks.trust"));
    if (facts.provisional) {
      items.add(T.get("risks.provisional"));
    }
    if (facts.decay) {
      items.add(T.get("risks.age"));
    }
    SignalReportPolicy policy = SignalReportPolicy.defaults();
    items.add(T.format("risks.exchange", policy.minimumLevel().label(Language.NL),
        T.get("granularity." + policy.dates().name())));
    return p(T.get("risks.1")) + ul(items) + p(T.get("risks.own"));
  }

  /** The fairness figures of the evaluation in two sentences at most, or a call to evaluate first. */
  private static String evaluation(Facts facts) {
    if (facts.deployment.evaluation().isEmpty()) {
      return T.get("risks.evaluation.none");
    }
    EvaluationMetrics metrics = facts.deployment.evaluation().get();
    String threshold = Numbers.of(Language.NL).fixed(metrics.fourFifthsThreshold(), 2);
    List<String> fair = new ArrayList<>();
    List<String> unfair = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    boolean small = false;
    for (Facts.CatalogueFacts c : facts.catalogues) {
      if (c.evaluation().isEmpty()) {
        missing.add(c.catalogue().reference());
        continue;
      }
      List<String> violated = new ArrayList<>();
      for (EvaluationMetrics.Fairness f : c.evaluation().get().fairness()) {
        if (f.fourFifthsViolated()) {
          violated.add(Outcome.fromId(f.level()).label(Language.NL));
        }
        small |= f.smallSample();
      }
      if (violated.isEmpty()) {
        fair.add(c.catalogue().reference());
      } else {
        unfair.add(T.format("risks.evaluation.levels", c.catalogue().reference(), join(violated)));
      }
    }
    List<String> sentences = new ArrayList<>();
    if (!unfair.isEmpty()) {
      sentences.add(T.format("risks.evaluation.unfair", join(unfair), threshold));
    }
    if (!fair.isEmpty()) {
      sentences.add(T.format("risks.evaluation.fair", join(fair), threshold));
    }
    if (small) {
      sentences.add(T.get("risks.evaluation.small"));
    }
    if (!missing.isEmpty()) {
      sentences.add(T.format("risks.evaluation.missing", join(missing)));
    }
    if (facts.syntheticEvaluation()) {
      sentences.add(T.format("risks.evaluation.synthetic", metrics.dataProvenance().get("generator")));
    }
    return String.join(" ", sentences);
  }

  private static String sourceData(Facts facts) {
    StringBuilder sb = new StringBuilder(p(T.get("data.1")));
    if (!facts.agencies.isEmpty()) {
      sb.append(p(T.format("data.agencies", join(facts.agencies.stream()
          .map(a -> a.label(Language.NL)).toList()))));
    }
    sb.append(p(T.get("data.2")));
    if (!facts.sources.isEmpty()) {
      sb.append(p(T.get("data.3")));
    }
    return sb.toString();
  }

  private static String methods(Facts facts) {
    String model = facts.deployment.screening().modelId();
    StringBuilder sb = new StringBuilder();
    sb.append(p(T.format("methods.1", model)));
    sb.append(p(model.equals("weighted") ? T.get("methods.2.weighted") : T.format("methods.2.other", model)));
    sb.append(p(T.get("methods.3")));
    sb.append(p(T.get("methods.catalogues")));
    sb.append(ul(catalogueLines(facts)));
    commonParameters(facts).ifPresent(parameters -> sb.append(p(T.format("methods.parameters", parameters))));
    sb.append(p(T.format("methods.4", Facts.version())));
    return sb.toString();
  }

  /**
   * One line per catalogue: id, version, SHA-256, size, how far its content was checked, and its
   * model parameters unless all catalogues share them ({@link #commonParameters}).
   */
  static List<String> catalogueLines(Facts facts) {
    boolean common = commonParameters(facts).isPresent();
    List<String> lines = new ArrayList<>();
    for (Facts.CatalogueFacts c : facts.catalogues) {
      lines.add(T.format(common ? "methods.catalogue" : "methods.catalogue.parameters", c.catalogue().id(),
          c.catalogue().version().toString(), c.hashed().sha256(), Integer.toString(c.catalogue().indicators().size()),
          T.get("verification." + c.catalogue().provenance().verification().id()), parameters(c)));
    }
    return lines;
  }

  /** The model parameters, if every catalogue has the same. */
  static Optional<String> commonParameters(Facts facts) {
    Set<String> distinct = facts.catalogues.stream().map(RegisterRecord::parameters).collect(Collectors.toSet());
    return distinct.size() == 1 ? Optional.of(distinct.iterator().next()) : Optional.empty();
  }

  /** The parameters as {@code name=value, ...}, sorted, without the wording of the repeats rule. */
  private static String parameters(Facts.CatalogueFacts c) {
    return c.parameters().entrySet().stream().filter(e -> !e.getKey().equals("repeats"))
        .map(Map.Entry::toString).collect(Collectors.joining(", "));
  }

  /** The first sector names in Dutch, joined as a Dutch list ("a, b en c"). */
  private static String sectors(Facts facts, int max) {
    List<String> names = new ArrayList<>();
    for (Sector s : facts.sectors) {
      if (names.size() < max) {
        names.add(T.get("sector." + s.name()));
      }
    }
    return join(names);
  }

  private static String join(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " " + T.get("and") + " " + items.get(items.size() - 1);
  }

  private static String p(String text) {
    return "<p>" + escape(text) + "</p>";
  }

  private static String ul(List<String> items) {
    StringBuilder sb = new StringBuilder("<ul>");
    for (String item : items) {
      sb.append("<li>").append(escape(item)).append("</li>");
    }
    return sb.append("</ul>").toString();
  }

  /** Escapes the three characters that would read as markup in an HTML field. */
  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
