package eu.barrier.transparency;

import eu.barrier.core.json.BarrierJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The field rules of publication standard 1.0 of the Dutch Algoritmeregister, read from the data
 * file {@value #RESOURCE}, and the one check of a record or supplier template against them. The
 * writer checks what it writes with it, and {@code barrier transparency check} checks hand-edited
 * records with it.
 */
final class PublicationStandard {

  /** The rules file, next to this class. */
  static final String RESOURCE = "algoritmeregister-1.0.rules.json";

  /** The field a supplier template adds to each record. */
  static final String TEMPLATE_ID = "id";

  private static final Pattern YEAR_MONTH = Pattern.compile("[0-9]{4}-(0[1-9]|1[0-2])");

  /** One field rule, as in the rules file. */
  record FieldRule(String key, String kind, Integer maxLength, Boolean required, List<String> values,
      String format, Boolean emptyInTemplate, Boolean optionalInTemplate, List<FieldRule> items) {

    boolean isRequired() {
      return Boolean.TRUE.equals(required);
    }
  }

  /** The rules file. */
  record Rules(String standard, String version, String source, List<String> htmlTags, List<FieldRule> fields) {}

  private static final PublicationStandard INSTANCE = new PublicationStandard(load());

  private final Rules rules;
  private final Map<String, FieldRule> byKey;
  private final Set<String> htmlTags;

  private PublicationStandard(Rules rules) {
    this.rules = rules;
    Map<String, FieldRule> map = new LinkedHashMap<>();
    for (FieldRule f : rules.fields()) {
      map.put(f.key(), f);
    }
    this.byKey = map;
    this.htmlTags = Set.copyOf(rules.htmlTags());
  }

  static PublicationStandard get() {
    return INSTANCE;
  }

  private static Rules load() {
    try (InputStream in = PublicationStandard.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("publication standard rules resource is missing");
      }
      return BarrierJson.create().read(in, Rules.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Rules rules() {
    return rules;
  }

  /** Returns the rule of a field. */
  FieldRule field(String key) {
    FieldRule rule = byKey.get(key);
    if (rule == null) {
      throw new IllegalArgumentException("not a field of the standard");
    }
    return rule;
  }

  /**
   * Checks a register record.
   *
   * @param record the document
   * @return every finding, in document order, then missing fields in the standard's order
   */
  List<Finding> checkRecord(JsonNode record) {
    List<Finding> findings = new ArrayList<>();
    if (!record.isObject()) {
      findings.add(new Finding("", TransparencyError.RECORD_MALFORMED));
      return findings;
    }
    checkObject(record, "", false, findings);
    return findings;
  }

  /**
   * Checks a supplier template: an array of records, each with an id and a name and without an
   * organisation.
   *
   * @param template the document
   * @return every finding
   */
  List<Finding> checkTemplate(JsonNode template) {
    List<Finding> findings = new ArrayList<>();
    if (!template.isArray() || template.isEmpty()) {
      findings.add(new Finding("", TransparencyError.RECORD_MALFORMED));
      return findings;
    }
    for (int i = 0; i < template.size(); i++) {
      JsonNode record = template.get(i);
      String at = Pointers.child("", i);
      if (!record.isObject()) {
        findings.add(new Finding(at, TransparencyError.RECORD_MALFORMED));
        continue;
      }
      checkObject(record, at, true, findings);
    }
    return findings;
  }

  private void checkObject(JsonNode record, String base, boolean template, List<Finding> findings) {
    for (Map.Entry<String, JsonNode> e : record.properties()) {
      String key = e.getKey();
      String at = Pointers.child(base, key);
      if (template && key.equals(TEMPLATE_ID)) {
        if (!e.getValue().isString() || e.getValue().asString().isBlank()) {
          findings.add(new Finding(at, TransparencyError.TEMPLATE_INVALID));
        }
        continue;
      }
      FieldRule rule = byKey.get(key);
      if (rule == null) {
        findings.add(new Finding(at, TransparencyError.FIELD_UNKNOWN));
        continue;
      }
      JsonNode value = e.getValue();
      if (template && Boolean.TRUE.equals(rule.emptyInTemplate())) {
        if (!value.isNull() && !(value.isString() && value.asString().isEmpty())) {
          findings.add(new Finding(at, TransparencyError.TEMPLATE_INVALID));
        }
        continue;
      }
      checkValue(rule, value, at, findings);
    }
    for (FieldRule rule : rules.fields()) {
      boolean exempt = template && (Boolean.TRUE.equals(rule.emptyInTemplate())
          || Boolean.TRUE.equals(rule.optionalInTemplate()));
      if (rule.isRequired() && !exempt && absent(record.get(rule.key()))) {
        findings.add(new Finding(Pointers.child(base, rule.key()), TransparencyError.FIELD_REQUIRED));
      }
    }
    if (template && absent(record.get(TEMPLATE_ID))) {
      findings.add(new Finding(Pointers.child(base, TEMPLATE_ID), TransparencyError.TEMPLATE_INVALID));
    }
  }

  private static boolean absent(JsonNode value) {
    return value == null || value.isNull() || (value.isString() && value.asString().isBlank())
        || (value.isArray() && value.isEmpty());
  }

  private void checkValue(FieldRule rule, JsonNode value, String at, List<Finding> findings) {
    if (value.isNull()) {
      return;
    }
    switch (rule.kind()) {
      case "text":
      case "html":
        checkText(rule, value, at, findings);
        return;
      case "choice":
        if (!value.isString()) {
          findings.add(new Finding(at, TransparencyError.FIELD_TYPE));
        } else if (!rule.values().contains(value.asString())) {
          findings.add(new Finding(at, TransparencyError.VALUE_NOT_PERMITTED));
        }
        return;
      case "list":
        if (!value.isArray()) {
          findings.add(new Finding(at, TransparencyError.FIELD_TYPE));
          return;
        }
        for (int i = 0; i < value.size(); i++) {
          JsonNode item = value.get(i);
          if (!item.isString()) {
            findings.add(new Finding(Pointers.child(at, i), TransparencyError.FIELD_TYPE));
          } else if (!rule.values().contains(item.asString())) {
            findings.add(new Finding(Pointers.child(at, i), TransparencyError.VALUE_NOT_PERMITTED));
          }
        }
        return;
      case "links":
        checkLinks(rule, value, at, findings);
        return;
      default:
        throw new IllegalStateException("unknown field kind in the rules file");
    }
  }

  private void checkLinks(FieldRule rule, JsonNode value, String at, List<Finding> findings) {
    if (!value.isArray()) {
      findings.add(new Finding(at, TransparencyError.FIELD_TYPE));
      return;
    }
    for (int i = 0; i < value.size(); i++) {
      JsonNode item = value.get(i);
      String itemAt = Pointers.child(at, i);
      if (!item.isObject()) {
        findings.add(new Finding(itemAt, TransparencyError.FIELD_TYPE));
        continue;
      }
      for (Map.Entry<String, JsonNode> e : item.properties()) {
        FieldRule sub = rule.items().stream().filter(r -> r.key().equals(e.getKey())).findFirst().orElse(null);
        if (sub == null) {
          findings.add(new Finding(Pointers.child(itemAt, e.getKey()), TransparencyError.FIELD_UNKNOWN));
        } else {
          checkValue(sub, e.getValue(), Pointers.child(itemAt, e.getKey()), findings);
        }
      }
      for (FieldRule sub : rule.items()) {
        if (sub.isRequired() && absent(item.get(sub.key()))) {
          findings.add(new Finding(Pointers.child(itemAt, sub.key()), TransparencyError.FIELD_REQUIRED));
        }
      }
    }
  }

  private void checkText(FieldRule rule, JsonNode value, String at, List<Finding> findings) {
    if (!value.isString()) {
      findings.add(new Finding(at, TransparencyError.FIELD_TYPE));
      return;
    }
    String text = value.asString();
    HtmlText.Scan scan = HtmlText.scan(text, rule.kind().equals("html") ? htmlTags : Set.of());
    if (!scan.markupAllowed()) {
      findings.add(new Finding(at, TransparencyError.HTML_NOT_ALLOWED));
    }
    if (rule.maxLength() != null && scan.textLength() > rule.maxLength()) {
      findings.add(new Finding(at, TransparencyError.FIELD_TOO_LONG));
    }
    if (rule.format() == null || text.isEmpty()) {
      return;
    }
    switch (rule.format()) {
      case "https":
        if (!Links.isHttps(text)) {
          findings.add(new Finding(at, TransparencyError.LINK_INVALID));
        }
        return;
      case "email-or-https":
        if (!Links.isContact(text)) {
          findings.add(new Finding(at, TransparencyError.CONTACT_INVALID));
        }
        return;
      case "year-month":
        if (!YEAR_MONTH.matcher(text).matches()) {
          findings.add(new Finding(at, TransparencyError.DATE_INVALID));
        }
        return;
      default:
        throw new IllegalStateException("unknown format in the rules file: " + rule.format().toLowerCase(Locale.ROOT));
    }
  }
}
