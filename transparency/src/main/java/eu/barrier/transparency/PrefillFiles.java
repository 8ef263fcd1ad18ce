package eu.barrier.transparency;

import eu.barrier.core.Language;
import eu.barrier.core.observation.Agency;
import eu.barrier.indicators.scoring.Outcome;
import eu.barrier.report.Numbers;
import eu.barrier.report.TextBundle;
import eu.barrier.screening.signal.SignalReportPolicy;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the DPIA ({@code urn:nl:dpia:3.0}) and IAMA ({@code urn:nl:iama:2.0}) prefill files in
 * the answer format of the government's assessment tool, in Dutch at B1 level, from a deployment's
 * {@link Facts}.
 *
 * <p>Every answer is marked as generated: {@code lastEditedBy} names Barrier, and every open-text
 * answer outside a repeatable group starts with a marker line. Answers in the rows of a repeatable
 * group (personal data, processing operations, risks, measures) carry {@code lastEditedBy} only:
 * their texts are short, and other answers repeat them as options (DPIA 17.1.1 names the risks of
 * 16.1.1, 3.1.3 the data of 2.1.1). Questions that weigh or judge are never answered: DPIA
 * paragraphs 7, 14, 18 to 20, the likelihood, impact and level of risks (16.1.3 to 16.1.8) and the
 * residual risk (17.1.4 onwards); IAMA parts 4 and 5 and every question on alternatives, values and
 * responsibilities the metadata does not know.
 */
final class PrefillFiles {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final TextBundle T = TextBundle.load("prefill", Language.NL, PrefillFiles.class::getResourceAsStream);
  private static final TextBundle R = TextBundle.load("register", Language.NL, PrefillFiles.class::getResourceAsStream);

  /** The risks of DPIA paragraph 16, each with its origin and the measures of paragraph 17. */
  static final List<String> RISKS = List.of("discrimination", "automation", "quality", "matching", "purpose", "leak",
      "stigma");

  private final Facts facts;
  private final String at;
  private final String editor;
  private final String marker;

  private PrefillFiles(Facts facts) {
    this.facts = facts;
    this.at = facts.deployment.date().atStartOfDay(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    this.editor = T.format("editor", Facts.version());
    this.marker = T.format("marker", Facts.version());
  }

  static ObjectNode dpia(Facts facts) {
    return new PrefillFiles(facts).dpia();
  }

  static ObjectNode iama(Facts facts) {
    return new PrefillFiles(facts).iama();
  }

  private ObjectNode document(String urn, ObjectNode answers) {
    ObjectNode root = NODES.objectNode();
    root.put("$schema", AssessmentDefinition.OUTPUT_SCHEMA);
    ObjectNode metadata = root.putObject("metadata");
    metadata.put("urn", urn);
    metadata.put("createdAt", at);
    metadata.putObject("createdBy").put("name", editor);
    root.set("answers", answers);
    return root;
  }

  private ObjectNode dpia() {
    Deployment d = facts.deployment;
    ObjectNode a = NODES.objectNode();
    text(a, "0", T.get("dpia.0"));
    text(a, "1.1", T.format("dpia.1.1", d.organisation(), Integer.toString(facts.catalogues.size()),
        d.screening().modelId(), catalogueList())
        + d.profile().map(p -> T.format("dpia.1.1.profile", T.get("citation." + p))).orElse(""));

    String number = T.get("item.number");
    String sector = T.get("item.sector");
    String observations = T.get("item.observations");
    String signal = T.get("item.signal");
    ArrayNode items = a.putArray("2.1");
    item(items, 0, number, T.get("item.category.number"), true);
    item(items, 1, sector, T.get("item.category.sector"), true);
    item(items, 2, observations, T.get("item.category.observations"), false);
    item(items, 3, signal, T.get("item.category.signal"), false);
    text(a, "2.3", T.format("dpia.2.3", Integer.toString(facts.catalogues.size())));

    ArrayNode ops = a.putArray("3.1");
    operation(ops, 0, "observe", List.of(number, sector, observations));
    operation(ops, 1, "screen", List.of(number, sector, observations, signal));
    operation(ops, 2, "review", List.of(number, observations, signal));
    operation(ops, 3, "report", List.of(number, observations, signal));
    text(a, "3.2", T.get("dpia.3.2"));
    text(a, "4", T.format("dpia.4", d.screening().modelId(), catalogueList(), Facts.version()));
    text(a, "5.2", T.get("dpia.5.2") + d.profile().map(p -> T.format("dpia.5.2.profile", T.get("citation." + p))).orElse(""));
    text(a, "6.2", T.format("dpia.6.2", d.organisation(), agencies()));
    text(a, "9.2", d.profile().map(p -> T.format("dpia.9.2.profile", T.get("citation." + p))).orElse(T.get("dpia.9.2.none")));
    text(a, "10.2", T.get("dpia.10.2"));
    text(a, "11.2", T.get("dpia.11.2"));
    text(a, "12.4", T.format("dpia.12.4", Integer.toString(facts.catalogues.size())));
    answer(a, "15.6.1", "true");
    text(a, "15.6.2", T.get("dpia.15.6.2"));

    SignalReportPolicy policy = SignalReportPolicy.defaults();
    ArrayNode risks = a.putArray("16.1");
    ArrayNode measures = a.putArray("17.1");
    for (int i = 0; i < RISKS.size(); i++) {
      String key = "risk." + RISKS.get(i);
      String description = T.get(key);
      ObjectNode risk = risks.addObject().put("_index", i);
      risk.set("16.1.1", answer(NODES.stringNode(description)));
      risk.set("16.1.2", answer(NODES.stringNode(T.get(key + ".origin"))));
      ObjectNode measure = measures.addObject().put("_index", i);
      measure.set("17.1.1", answer(NODES.arrayNode().add(description)));
      measure.set("17.1.2", answer(NODES.stringNode(T.get(key + ".origin"))));
      measure.set("17.1.3", answer(NODES.stringNode(T.format(key + ".measure", policy.minimumLevel().label(Language.NL),
          T.get("granularity." + policy.dates().name())))));
    }
    answer(a, "19.2", "concept");
    return document(AssessmentDefinition.DPIA.urn(), a);
  }

  private ObjectNode iama() {
    Deployment d = facts.deployment;
    ObjectNode a = NODES.objectNode();
    text(a, "1.1.2", T.get("iama.1.1.2"));
    text(a, "1.4.1.1", T.format("iama.1.4.1.1", Facts.version(), catalogueList()));
    answer(a, "2.1.1.1", "niet-zelflerend");
    String verification = facts.catalogues.stream()
        .map(c -> c.catalogue().id() + ": " + R.get("verification." + c.catalogue().provenance().verification().id()))
        .collect(Collectors.joining("; "));
    text(a, "2.1.1.2", T.format("iama.2.1.1.2", d.screening().modelId(), verification,
        facts.provisional ? T.get("iama.provisional") : ""));
    text(a, "2.3.1", T.format("iama.2.3.1", agencies()));
    text(a, "2.3.3", T.get("iama.2.3.3"));
    text(a, "2.4.1", evaluation());
    text(a, "2.4.3", T.get("iama.2.4.3"));
    text(a, "3.1.1", T.format("iama.3.1.1", SignalReportPolicy.defaults().minimumLevel().label(Language.NL)));
    text(a, "3.2.1", T.get("iama.3.2.1"));
    text(a, "3.2.2", T.get("iama.3.2.2"));
    text(a, "3.3.4", T.get("iama.3.3.4"));
    text(a, "3.4.1", T.get("iama.3.4.1"));
    text(a, "3.4.3", T.format("iama.3.4.3", d.contact()));
    text(a, "3.5.1", T.format("iama.3.5.1", facts.sectors.isEmpty() ? ""
        : T.format("iama.sectors", facts.sectors.stream().map(s -> R.get("sector." + s.name()))
            .collect(Collectors.joining(", ")))));
    return document(AssessmentDefinition.IAMA.urn(), a);
  }

  private String evaluation() {
    if (facts.deployment.evaluation().isEmpty()) {
      return T.get("iama.2.4.1.none");
    }
    EvaluationMetrics m = facts.deployment.evaluation().get();
    Numbers n = Numbers.of(Language.NL);
    List<String> lines = new ArrayList<>();
    for (Facts.CatalogueFacts c : facts.catalogues) {
      if (c.evaluation().isEmpty()) {
        continue;
      }
      EvaluationMetrics.Scorer s = c.evaluation().get();
      lines.add("- " + T.format("iama.2.4.1.scorer", c.catalogue().reference(), n.fixed(s.rocAuc().value(), 3),
          n.fixed(s.rocAuc().lower95(), 3), n.fixed(s.rocAuc().upper95(), 3), n.fixed(s.prAuc().value(), 3)));
      for (EvaluationMetrics.Level l : s.levels()) {
        EvaluationMetrics.Fairness f = s.fairness().stream().filter(x -> x.level().equals(l.level())).findFirst()
            .orElse(null);
        lines.add("  - " + T.format("iama.2.4.1.level", Outcome.fromId(l.level()).label(Language.NL),
            n.percent(l.precision()), n.percent(l.recall()), n.percent(l.flagRate()),
            f == null ? n.notAvailable() : n.fixed(f.flagRateRatio(), 2),
            f != null && f.fourFifthsViolated() ? T.get("iama.violated") : ""));
      }
    }
    String text = T.format("iama.2.4.1", m.sha256(), Long.toString(m.subjects()), Long.toString(m.positives()),
        String.join("\n", lines));
    if (facts.syntheticEvaluation()) {
      text += T.format("iama.2.4.1.synthetic", m.dataProvenance().get("generator"));
    }
    return text;
  }

  private String catalogueList() {
    String lines = RegisterRecord.catalogueLines(facts).stream().map(line -> "- " + line)
        .collect(Collectors.joining("\n"));
    return lines + RegisterRecord.commonParameters(facts).map(p -> "\n\n" + R.format("methods.parameters", p))
        .orElse("");
  }

  private String agencies() {
    return facts.agencies.stream().map((Agency a) -> a.label(Language.NL)).collect(Collectors.joining(", "));
  }

  private void item(ArrayNode items, int index, String name, String category, boolean ordinary) {
    ObjectNode item = items.addObject().put("_index", index);
    item.set("2.1.1", answer(NODES.stringNode(name)));
    item.set("2.1.2", answer(NODES.stringNode(T.get("item.subjects"))));
    item.set("2.1.3", answer(NODES.stringNode(category)));
    if (ordinary) {
      item.set("2.1.4", answer(NODES.stringNode(T.get("type.ordinary"))));
    }
  }

  private void operation(ArrayNode ops, int index, String key, List<String> data) {
    ObjectNode op = ops.addObject().put("_index", index);
    op.set("3.1.1", answer(NODES.stringNode(T.get("op." + key))));
    op.set("3.1.2", answer(NODES.stringNode(T.get("op." + key + ".text"))));
    ArrayNode values = NODES.arrayNode();
    data.forEach(values::add);
    op.set("3.1.3", answer(values));
  }

  /** An open-text answer, with the marker line. */
  private void text(ObjectNode answers, String id, String text) {
    answers.set(id, answer(NODES.stringNode(marker + "\n\n" + text)));
  }

  private void answer(ObjectNode answers, String id, String value) {
    answers.set(id, answer(NODES.stringNode(value)));
  }

  private ObjectNode answer(tools.jackson.databind.JsonNode value) {
    ObjectNode answer = NODES.objectNode();
    answer.set("value", value);
    answer.put("lastEditedAt", at);
    answer.put("lastEditedBy", editor);
    return answer;
  }
}
