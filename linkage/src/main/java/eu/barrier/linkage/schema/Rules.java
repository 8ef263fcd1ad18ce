package eu.barrier.linkage.schema;

import eu.barrier.linkage.LinkageError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * A small set of checks with the meaning of the JSON Schema keywords that clkhash's published
 * linkage schemas use ({@code type}, {@code required}, {@code properties}, {@code
 * additionalProperties: false}, {@code enum}, {@code const}, {@code minimum}, {@code
 * exclusiveMinimum}, {@code items}, {@code oneOf}). The rules of each schema version are written
 * with them in {@link SchemaRules}; a test checks that they agree with clkhash's JSON Schema files.
 */
final class Rules {

  private Rules() {}

  /** A check of one JSON value at a JSON Pointer. */
  interface Rule {
    void check(JsonNode node, String path, List<SchemaProblem> out);
  }

  static SchemaProblem error(String path, LinkageError error, String message) {
    return new SchemaProblem(path, error, SchemaProblem.Severity.ERROR, message);
  }

  static String child(String path, String name) {
    return path + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  static String child(String path, int index) {
    return path + "/" + index;
  }

  // ------------------------------------------------------------------ JSON types

  static boolean isInteger(JsonNode node) {
    if (node.isIntegralNumber()) {
      return true;
    }
    if (node.isFloatingPointNumber()) {
      BigDecimal d = decimal(node);
      return d != null && d.stripTrailingZeros().scale() <= 0;
    }
    return false;
  }

  /** The exact value of a number, or {@code null} for a non-finite double. */
  static BigDecimal decimal(JsonNode node) {
    if (node.isDouble() || node.isFloat()) {
      double d = node.doubleValue();
      if (!Double.isFinite(d)) {
        return null;
      }
    }
    return node.decimalValue();
  }

  static Rule type(String name, Predicate<JsonNode> test) {
    return (node, path, out) -> {
      if (!test.test(node)) {
        out.add(error(path, LinkageError.SCHEMA_TYPE, "must be " + name));
      }
    };
  }

  static Rule string() {
    return type("a string", JsonNode::isString);
  }

  static Rule bool() {
    return type("true or false", JsonNode::isBoolean);
  }

  static Rule number() {
    return type("a number", JsonNode::isNumber);
  }

  /** {@code type: number, exclusiveMinimum: bound}. */
  static Rule numberAbove(long bound) {
    return boundedNumber(bound, true);
  }

  /** {@code type: number, minimum: bound}. */
  static Rule numberAtLeast(long bound) {
    return boundedNumber(bound, false);
  }

  private static Rule boundedNumber(long bound, boolean exclusive) {
    return (node, path, out) -> {
      if (!node.isNumber()) {
        out.add(error(path, LinkageError.SCHEMA_TYPE, "must be a number"));
        return;
      }
      BigDecimal d = decimal(node);
      int cmp = d == null ? 1 : d.compareTo(BigDecimal.valueOf(bound));
      if (exclusive ? cmp <= 0 : cmp < 0) {
        out.add(error(path, LinkageError.SCHEMA_VALUE, (exclusive ? "must be greater than " : "must be at least ")
            + bound));
      }
    };
  }

  /** {@code type: integer}, with an optional {@code minimum}. */
  static Rule integer(Long minimum) {
    return (node, path, out) -> {
      if (!isInteger(node)) {
        out.add(error(path, LinkageError.SCHEMA_TYPE, "must be an integer"));
        return;
      }
      if (minimum != null && decimal(node).compareTo(BigDecimal.valueOf(minimum)) < 0) {
        out.add(error(path, LinkageError.SCHEMA_VALUE, "must be at least " + minimum));
      }
    };
  }

  /** {@code type: integer} of draft-04: a number written without fraction or exponent. */
  static Rule strictInteger(Long minimum) {
    return (node, path, out) -> {
      if (!node.isIntegralNumber()) {
        out.add(error(path, LinkageError.SCHEMA_TYPE, "must be an integer written without fraction or exponent"));
        return;
      }
      if (minimum != null && node.bigIntegerValue().compareTo(java.math.BigInteger.valueOf(minimum)) < 0) {
        out.add(error(path, LinkageError.SCHEMA_VALUE, "must be at least " + minimum));
      }
    };
  }

  /** {@code enum} of strings: the value must be one of them (any JSON type is compared). */
  static Rule oneOfStrings(String... values) {
    List<String> allowed = List.of(values);
    return (node, path, out) -> {
      if (!node.isString() || !allowed.contains(node.stringValue())) {
        out.add(error(path, LinkageError.SCHEMA_VALUE, "must be " + quoted(allowed)));
      }
    };
  }

  /** {@code const: true} (or {@code enum: [true]}). */
  static Rule constTrue() {
    return (node, path, out) -> {
      if (!node.isBoolean() || !node.booleanValue()) {
        out.add(error(path, LinkageError.SCHEMA_VALUE, "must be true"));
      }
    };
  }

  static Rule arrayOf(Rule items) {
    return (node, path, out) -> {
      if (!node.isArray()) {
        out.add(error(path, LinkageError.SCHEMA_TYPE, "must be an array"));
        return;
      }
      for (int i = 0; i < node.size(); i++) {
        items.check(node.get(i), child(path, i), out);
      }
    };
  }

  static Rule all(Rule... rules) {
    return (node, path, out) -> {
      for (Rule r : rules) {
        r.check(node, path, out);
      }
    };
  }

  static String quoted(List<String> values) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        b.append(i == values.size() - 1 ? " or " : ", ");
      }
      b.append('\'').append(values.get(i)).append('\'');
    }
    return b.toString();
  }

  // ------------------------------------------------------------------ objects

  static ObjectRule object() {
    return new ObjectRule(true);
  }

  /** {@code required} and {@code properties} without {@code type: object}: other types pass. */
  static ObjectRule anyWithProperties() {
    return new ObjectRule(false);
  }

  /** An object rule: type, required names, property rules, optionally no other properties. */
  static final class ObjectRule implements Rule {
    private final boolean typed;
    private final Set<String> required = new LinkedHashSet<>();
    private final Map<String, Rule> properties = new LinkedHashMap<>();
    private boolean closed;

    private ObjectRule(boolean typed) {
      this.typed = typed;
    }

    ObjectRule required(String... names) {
      required.addAll(Arrays.asList(names));
      return this;
    }

    ObjectRule prop(String name, Rule rule) {
      properties.put(name, rule);
      return this;
    }

    /** {@code additionalProperties: false}. */
    ObjectRule closed() {
      closed = true;
      return this;
    }

    Set<String> declared() {
      return properties.keySet();
    }

    @Override
    public void check(JsonNode node, String path, List<SchemaProblem> out) {
      if (!node.isObject()) {
        if (typed) {
          out.add(error(path, LinkageError.SCHEMA_TYPE, "must be an object"));
        }
        return;
      }
      for (String name : required) {
        if (!node.has(name)) {
          out.add(error(child(path, name), LinkageError.SCHEMA_REQUIRED, "is required"));
        }
      }
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        Rule rule = properties.get(e.getKey());
        if (rule != null) {
          rule.check(e.getValue(), child(path, e.getKey()), out);
        } else if (closed) {
          // an unknown member name is input (it may be a national number or a name): shown as *, never echoed
          out.add(error(child(path, "*"), LinkageError.SCHEMA_UNKNOWN_PROPERTY,
              "is not allowed here; allowed: " + String.join(", ", properties.keySet())));
        }
      }
    }
  }

  // ------------------------------------------------------------------ oneOf

  /** One alternative of a {@code oneOf}, with the value of its discriminating property if any. */
  record Branch(String label, String discriminator, String value, Rule rule) {}

  static Branch branch(String label, Rule rule) {
    return new Branch(label, null, null, rule);
  }

  static Branch branch(String label, String discriminator, String value, Rule rule) {
    return new Branch(label, discriminator, value, rule);
  }

  /**
   * {@code oneOf}: exactly one alternative must hold. When none holds, the problems of the closest
   * alternative are reported: among those whose discriminating property has the value written, the
   * one with the fewest problems (the first on a tie); when the value fits no alternative, one
   * problem at the discriminating property.
   */
  static Rule oneOf(String what, Branch... branches) {
    return (node, path, out) -> {
      List<List<SchemaProblem>> results = new ArrayList<>();
      List<Branch> holding = new ArrayList<>();
      for (Branch b : branches) {
        List<SchemaProblem> p = new ArrayList<>();
        b.rule().check(node, path, p);
        results.add(p);
        if (p.isEmpty()) {
          holding.add(b);
        }
      }
      if (holding.size() == 1) {
        return;
      }
      if (holding.size() > 1) {
        out.add(error(path, LinkageError.SCHEMA_ONE_OF, "must be exactly one of " + what + " but matches "
            + String.join(" and ", holding.stream().map(Branch::label).toList())));
        return;
      }
      String discriminator = branches[0].discriminator();
      List<Integer> candidates = new ArrayList<>();
      for (int i = 0; i < branches.length; i++) {
        Branch b = branches[i];
        if (b.discriminator() == null) {
          candidates.add(i);
        } else if (node.isObject() && node.get(b.discriminator()) != null
            && node.get(b.discriminator()).isString()
            && node.get(b.discriminator()).stringValue().equals(b.value())) {
          candidates.add(i);
        }
      }
      if (candidates.isEmpty() && discriminator != null && node.isObject()) {
        List<String> values = new ArrayList<>(new LinkedHashSet<>(
            Arrays.stream(branches).map(Branch::value).toList()));
        String p = child(path, discriminator);
        out.add(node.has(discriminator)
            ? error(p, LinkageError.SCHEMA_VALUE, "must be " + quoted(values) + " (" + what + ")")
            : error(p, LinkageError.SCHEMA_REQUIRED, "is required (" + what + ")"));
        return;
      }
      if (candidates.isEmpty()) {
        for (int i = 0; i < branches.length; i++) {
          candidates.add(i);
        }
      }
      int best = candidates.get(0);
      for (int i : candidates) {
        if (results.get(i).size() < results.get(best).size()) {
          best = i;
        }
      }
      out.addAll(results.get(best));
    };
  }
}
