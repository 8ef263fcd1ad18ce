package eu.barrier.transparency;

import eu.barrier.core.json.BarrierJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * One assessment of the government's DPIA and IAMA tool (MinBZK {@code par-dpia-form}): its
 * questions with their ids, types, options and display conditions, read from a data file, and the
 * one check of a prefill file in the tool's answer format ({@code assessment-output.v2}) against
 * them. The writer checks what it writes with it, and {@code barrier transparency check} checks
 * hand-edited files with it.
 */
final class AssessmentDefinition {

  /** The {@code $schema} value of the answer format. */
  static final String OUTPUT_SCHEMA =
      "https://github.com/MinBZK/par-dpia-form/blob/main/schemas/assessment-output.v2.schema.json";

  private static final Pattern URN = Pattern.compile("urn:nl:[a-z]+:[0-9]+\\.[0-9]+");
  private static final Pattern ANSWER_KEY = Pattern.compile("([0-9]+(?:\\.[0-9]+)*)(?:\\[([0-9]{1,9})\\])?");
  private static final Pattern TASK = Pattern.compile("[0-9]{1,9}");
  private static final Set<String> TOP = Set.of("$schema", "metadata", "answers");
  private static final Set<String> METADATA = Set.of("urn", "createdAt", "createdBy", "completedTasks");
  private static final Set<String> ANSWER = Set.of("value", "lastEditedAt", "lastEditedBy");
  private static final Set<String> IMAGE = Set.of("data", "title", "description", "source");

  /** A display condition: the question is shown when question {@code id} has answer {@code value}. */
  record Condition(String id, String value) {}

  /** One question (task) of the definition. */
  record Question(String id, String type, String parent, Boolean repeatable, List<String> options,
      String optionsFrom, Condition shownWhen) {

    boolean isRepeatable() {
      return Boolean.TRUE.equals(repeatable);
    }

    boolean takesAnswer() {
      return !type.equals("task_group");
    }
  }

  /** The data file. */
  record Definition(String urn, String name, String source, List<Question> questions) {}

  static final AssessmentDefinition DPIA = new AssessmentDefinition(load("dpia-3.0.questions.json"));
  static final AssessmentDefinition IAMA = new AssessmentDefinition(load("iama-2.0.questions.json"));

  private final Definition definition;
  private final Map<String, Question> byId = new LinkedHashMap<>();

  private AssessmentDefinition(Definition definition) {
    this.definition = definition;
    for (Question q : definition.questions()) {
      byId.put(q.id(), q);
    }
  }

  private static Definition load(String resource) {
    try (InputStream in = AssessmentDefinition.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("assessment definition resource is missing");
      }
      return BarrierJson.create().read(in, Definition.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the definition known for a URN, if any. */
  static Optional<AssessmentDefinition> forUrn(String urn) {
    for (AssessmentDefinition d : List.of(DPIA, IAMA)) {
      if (d.urn().equals(urn)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  String urn() {
    return definition.urn();
  }

  String name() {
    return definition.name();
  }

  /** Returns a question. */
  Question question(String id) {
    Question q = byId.get(id);
    if (q == null) {
      throw new IllegalArgumentException("not a question of " + definition.urn());
    }
    return q;
  }

  /** Returns a question, if the definition has it. */
  Optional<Question> find(String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
  }

  /** Returns the questions in definition order. */
  List<Question> questions() {
    return definition.questions();
  }

  /**
   * Checks a prefill file in the answer format. The URN decides the assessment.
   *
   * @param root the document
   * @return every finding
   */
  static List<Finding> check(JsonNode root) {
    List<Finding> findings = new ArrayList<>();
    if (!root.isObject()) {
      findings.add(new Finding("", TransparencyError.PREFILL_MALFORMED));
      return findings;
    }
    for (String key : root.propertyNames()) {
      if (!TOP.contains(key)) {
        findings.add(new Finding(Pointers.child("", key), TransparencyError.PREFILL_MALFORMED));
      }
    }
    JsonNode schema = root.get("$schema");
    if (schema == null || !schema.isString() || !schema.asString().equals(OUTPUT_SCHEMA)) {
      findings.add(new Finding("/$schema", TransparencyError.PREFILL_MALFORMED));
    }
    Optional<AssessmentDefinition> definition = metadata(root.get("metadata"), findings);
    JsonNode answers = root.get("answers");
    if (answers == null || !answers.isObject()) {
      findings.add(new Finding("/answers", TransparencyError.PREFILL_MALFORMED));
    } else if (definition.isPresent()) {
      definition.get().checkAnswers(answers, findings);
    }
    return findings;
  }

  private static Optional<AssessmentDefinition> metadata(JsonNode metadata, List<Finding> findings) {
    if (metadata == null || !metadata.isObject()) {
      findings.add(new Finding("/metadata", TransparencyError.PREFILL_MALFORMED));
      return Optional.empty();
    }
    for (String key : metadata.propertyNames()) {
      if (!METADATA.contains(key)) {
        findings.add(new Finding(Pointers.child("/metadata", key), TransparencyError.PREFILL_MALFORMED));
      }
    }
    timestamp(metadata.get("createdAt"), "/metadata/createdAt", findings);
    JsonNode createdBy = metadata.get("createdBy");
    if (createdBy != null && !(createdBy.isObject() && createdBy.get("name") != null && createdBy.get("name").isString()
        && createdBy.propertyNames().stream().allMatch(k -> k.equals("name") || k.equals("email"))
        && (createdBy.get("email") == null || createdBy.get("email").isString()))) {
      findings.add(new Finding("/metadata/createdBy", TransparencyError.PREFILL_MALFORMED));
    }
    JsonNode completed = metadata.get("completedTasks");
    if (completed != null) {
      boolean ok = completed.isArray();
      for (int i = 0; ok && i < completed.size(); i++) {
        ok = completed.get(i).isString() && TASK.matcher(completed.get(i).asString()).matches();
      }
      if (!ok) {
        findings.add(new Finding("/metadata/completedTasks", TransparencyError.PREFILL_MALFORMED));
      }
    }
    JsonNode urn = metadata.get("urn");
    if (urn == null || !urn.isString() || !URN.matcher(urn.asString()).matches()) {
      findings.add(new Finding("/metadata/urn", TransparencyError.PREFILL_MALFORMED));
      return Optional.empty();
    }
    Optional<AssessmentDefinition> definition = forUrn(urn.asString());
    if (definition.isEmpty()) {
      findings.add(new Finding("/metadata/urn", TransparencyError.PREFILL_URN));
    }
    return definition;
  }

  private static void timestamp(JsonNode value, String at, List<Finding> findings) {
    if (value == null || !value.isString()) {
      findings.add(new Finding(at, value == null ? TransparencyError.PREFILL_MALFORMED : TransparencyError.PREFILL_TIMESTAMP));
      return;
    }
    try {
      OffsetDateTime.parse(value.asString());
    } catch (DateTimeParseException e) {
      findings.add(new Finding(at, TransparencyError.PREFILL_TIMESTAMP));
    }
  }

  /** The answers of one scope: the top level, or one element of a repeatable group. */
  private record Scope(String group, JsonNode element) {}

  private void checkAnswers(JsonNode answers, List<Finding> findings) {
    Map<String, Set<String>> sourceValues = sourceValues(answers);
    for (Map.Entry<String, JsonNode> e : answers.properties()) {
      String key = e.getKey();
      String at = Pointers.child("/answers", key);
      var m = ANSWER_KEY.matcher(key);
      if (!m.matches()) {
        findings.add(new Finding(at, TransparencyError.PREFILL_MALFORMED));
        continue;
      }
      Question q = byId.get(m.group(1));
      boolean indexed = m.group(2) != null;
      JsonNode value = e.getValue();
      if (value.isArray()) {
        if (indexed || q == null || !q.isRepeatable() || !q.type().equals("task_group")) {
          findings.add(new Finding(at, TransparencyError.PREFILL_UNKNOWN_QUESTION));
          continue;
        }
        checkGroup(q, value, at, answers, sourceValues, findings);
        continue;
      }
      boolean inGroup = q != null && q.parent() != null && byId.get(q.parent()).isRepeatable();
      if (q == null || !q.takesAnswer() || inGroup != indexed) {
        findings.add(new Finding(at, TransparencyError.PREFILL_UNKNOWN_QUESTION));
        continue;
      }
      checkAnswer(q, value, at, new Scope(null, null), answers, sourceValues, findings);
    }
  }

  private void checkGroup(Question group, JsonNode elements, String at, JsonNode answers,
      Map<String, Set<String>> sourceValues, List<Finding> findings) {
    Set<Long> indexes = new HashSet<>();
    for (int i = 0; i < elements.size(); i++) {
      JsonNode element = elements.get(i);
      String elementAt = Pointers.child(at, i);
      if (!element.isObject()) {
        findings.add(new Finding(elementAt, TransparencyError.PREFILL_MALFORMED));
        continue;
      }
      JsonNode index = element.get("_index");
      if (index == null || !index.isIntegralNumber() || !index.canConvertToLong() || index.asLong() < 0
          || !indexes.add(index.asLong())) {
        findings.add(new Finding(elementAt + "/_index", TransparencyError.PREFILL_MALFORMED));
      }
      for (Map.Entry<String, JsonNode> e : element.properties()) {
        if (e.getKey().equals("_index")) {
          continue;
        }
        String childAt = Pointers.child(elementAt, e.getKey());
        Question child = byId.get(e.getKey());
        if (child == null || !group.id().equals(child.parent()) || !child.takesAnswer()) {
          findings.add(new Finding(childAt, TransparencyError.PREFILL_UNKNOWN_QUESTION));
          continue;
        }
        checkAnswer(child, e.getValue(), childAt, new Scope(group.id(), element), answers, sourceValues, findings);
      }
    }
  }

  private void checkAnswer(Question q, JsonNode answer, String at, Scope scope, JsonNode answers,
      Map<String, Set<String>> sourceValues, List<Finding> findings) {
    if (!answer.isObject() || answer.get("value") == null) {
      findings.add(new Finding(at, TransparencyError.PREFILL_MALFORMED));
      return;
    }
    for (String key : answer.propertyNames()) {
      if (!ANSWER.contains(key)) {
        findings.add(new Finding(Pointers.child(at, key), TransparencyError.PREFILL_MALFORMED));
      }
    }
    timestamp(answer.get("lastEditedAt"), at + "/lastEditedAt", findings);
    JsonNode by = answer.get("lastEditedBy");
    if (by != null && !by.isString()) {
      findings.add(new Finding(at + "/lastEditedBy", TransparencyError.PREFILL_MALFORMED));
    }
    JsonNode value = answer.get("value");
    if (!value.isNull() && !validValue(q, value, sourceValues)) {
      findings.add(new Finding(at + "/value", TransparencyError.PREFILL_VALUE));
    }
    if (!value.isNull() && !shown(q, scope, answers)) {
      findings.add(new Finding(at, TransparencyError.PREFILL_HIDDEN));
    }
  }

  private boolean validValue(Question q, JsonNode value, Map<String, Set<String>> sourceValues) {
    switch (q.type()) {
      case "open_text":
      case "text_input":
      case "date":
        return value.isString();
      case "radio_option":
      case "select_option":
        return value.isString() && (q.options() == null || q.options().contains(value.asString()));
      case "checkbox_option":
      case "multiselect_scrollable":
        if (!value.isArray()) {
          return false;
        }
        Set<String> allowed = q.optionsFrom() != null ? sourceValues.getOrDefault(q.optionsFrom(), Set.of())
            : q.options() == null ? null : Set.copyOf(q.options());
        for (JsonNode item : value) {
          if (!item.isString() || (allowed != null && !allowed.contains(item.asString()))) {
            return false;
          }
        }
        return true;
      case "image":
        return value.isString() || (value.isObject() && value.get("data") != null && value.get("data").isString()
            && value.get("data").asString().startsWith("data:image/")
            && value.propertyNames().stream().allMatch(IMAGE::contains)
            && value.properties().stream().allMatch(p -> p.getValue().isString()));
      default:
        return false;
    }
  }

  /**
   * Tells whether the question and each group around it are shown, given the answers in scope: each
   * display condition holds, and the question it depends on is itself shown.
   */
  private boolean shown(Question q, Scope scope, JsonNode answers) {
    for (Question at = q; at != null; at = at.parent() == null ? null : byId.get(at.parent())) {
      Condition c = at.shownWhen();
      if (c == null) {
        continue;
      }
      Question condition = byId.get(c.id());
      boolean local = scope.group() != null && condition != null && scope.group().equals(condition.parent());
      JsonNode answer = (local ? scope.element() : answers).get(c.id());
      JsonNode value = answer == null || !answer.isObject() ? null : answer.get("value");
      if (value == null || !value.isString() || !value.asString().equals(c.value())
          || !shown(condition, local ? scope : new Scope(null, null), answers)) {
        return false;
      }
    }
    return true;
  }

  /** The string answers of every question that another question takes its options from. */
  private Map<String, Set<String>> sourceValues(JsonNode answers) {
    Set<String> sources = new HashSet<>();
    for (Question q : definition.questions()) {
      if (q.optionsFrom() != null) {
        sources.add(q.optionsFrom());
      }
    }
    Map<String, Set<String>> values = new HashMap<>();
    for (Map.Entry<String, JsonNode> e : answers.properties()) {
      if (e.getValue().isArray()) {
        for (JsonNode element : e.getValue()) {
          if (element.isObject()) {
            for (Map.Entry<String, JsonNode> c : element.properties()) {
              collect(sources, c.getKey(), c.getValue(), values);
            }
          }
        }
      } else {
        var m = ANSWER_KEY.matcher(e.getKey());
        collect(sources, m.matches() ? m.group(1) : e.getKey(), e.getValue(), values);
      }
    }
    return values;
  }

  private static void collect(Set<String> sources, String id, JsonNode answer, Map<String, Set<String>> values) {
    if (sources.contains(id) && answer.isObject() && answer.get("value") != null && answer.get("value").isString()) {
      values.computeIfAbsent(id, k -> new HashSet<>()).add(answer.get("value").asString());
    }
  }
}
