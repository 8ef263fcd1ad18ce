package eu.barrier.screening.picture;

import eu.barrier.core.Language;
import eu.barrier.core.json.BarrierJson;
import eu.barrier.core.observation.Grading;
import eu.barrier.indicators.catalogue.Category;
import eu.barrier.privacy.exchange.AssessmentSummary;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.apiguardian.api.API;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link Picture} as {@code picture.json}, format {@value #FORMAT}, described by the JSON
 * Schema {@link #SCHEMA_RESOURCE}. The same picture and language give the same bytes: members in a
 * fixed order, lists in the picture's order, one group, pattern, entity, tie, source or listed
 * message per line. Explanations are in the language given; everything else is ids, codes, dates
 * and numbers.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class PictureJson {

  /** The format id, the document's {@code format} member. */
  public static final String FORMAT = "barrier.picture/1";

  /** The JSON Schema of the document, a resource of this module. */
  public static final String SCHEMA_RESOURCE = "/eu/barrier/screening/schema/picture-v1.schema.json";

  private static final BarrierJson JSON = BarrierJson.create();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private PictureJson() {}

  /**
   * Opens the JSON Schema of the document; works on the module path.
   *
   * @return a new stream; the caller closes it
   */
  public static InputStream openSchema() {
    InputStream in = PictureJson.class.getResourceAsStream(SCHEMA_RESOURCE);
    if (in == null) {
      throw new IllegalStateException("picture schema resource is missing");
    }
    return in;
  }

  /**
   * Writes a picture.
   *
   * @param picture the picture
   * @param language the language of the explanations
   * @return the UTF-8 bytes, ending with a line feed
   */
  public static byte[] toBytes(Picture picture, Language language) {
    Objects.requireNonNull(picture, "picture");
    Objects.requireNonNull(language, "language");
    PictureTexts texts = new PictureTexts(language);
    ObjectNode head = NODES.objectNode();
    head.put("format", FORMAT);
    head.put("notice", texts.bundle().get("notice"));
    head.put("demo", picture.demoLabel().isPresent());
    picture.demoLabel().ifPresent(d -> head.put("demoLabel", d));
    head.put("asOf", picture.asOf().toString());
    head.put("recipient", picture.recipient());
    head.put("language", language.id());
    ObjectNode handling = head.putObject("handling");
    handling.put("tlp", picture.tlp().label());
    handling.set("communities", strings(picture.communities()));
    handling.set("statements", strings(picture.statements()));
    optional(handling, "retainUntil", picture.retainUntil().map(v -> v.toString()));
    head.set("pseudonymDomains", strings(picture.pseudonymDomains()));
    ObjectNode counts = head.putObject("counts");
    counts.put("used", picture.sources().size());
    counts.put("notUsed", picture.notUsed().size());
    counts.put("removed", picture.removed().size());
    counts.put("partners", partners(picture).size());
    counts.put("entities", picture.entities().size());
    counts.put("ties", picture.ties().size());
    counts.put("patterns", picture.patterns().size());
    counts.put("groups", picture.groups().size());

    List<String> explanations = texts.explanations(picture);
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
    byte[] headBytes = JSON.write(head);
    out.write(headBytes, 0, headBytes.length - 1);
    array(out, "groups", picture.groups(), g -> group(g, explanations.get(g.rank() - 1)));
    array(out, "patterns", picture.patterns(),
        p -> pattern(p, texts.explanation(p, picture.entity(p.entity()).orElseThrow())));
    array(out, "entities", picture.entities(), PictureJson::entity);
    array(out, "ties", picture.ties(), PictureJson::tie);
    array(out, "sources", picture.sources(), PictureJson::source);
    array(out, "notUsed", picture.notUsed(), PictureJson::notUsed);
    array(out, "removed", picture.removed(), PictureJson::removed);
    out.writeBytes("}\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  /** Every partner that sent a message the picture used. */
  static java.util.SortedSet<String> partners(Picture picture) {
    java.util.SortedSet<String> out = new java.util.TreeSet<>();
    picture.sources().forEach(s -> out.add(s.sender()));
    return out;
  }

  private static <T> void array(ByteArrayOutputStream out, String name, List<T> items, Function<T, JsonNode> node) {
    out.writeBytes((",\"" + name + "\":[").getBytes(StandardCharsets.US_ASCII));
    for (int i = 0; i < items.size(); i++) {
      out.write('\n');
      out.writeBytes(JSON.write(node.apply(items.get(i))));
      if (i < items.size() - 1) {
        out.write(',');
      }
    }
    out.writeBytes((items.isEmpty() ? "]" : "\n]").getBytes(StandardCharsets.US_ASCII));
  }

  private static void optional(ObjectNode node, String name, java.util.Optional<String> value) {
    if (value.isPresent()) {
      node.put(name, value.get());
    } else {
      node.putNull(name);
    }
  }

  private static ArrayNode strings(Collection<String> values) {
    ArrayNode a = NODES.arrayNode();
    values.forEach(a::add);
    return a;
  }

  private static JsonNode group(Group g, String explanation) {
    ObjectNode n = NODES.objectNode();
    n.put("rank", g.rank());
    n.set("entities", strings(g.entities()));
    n.set("partners", strings(g.partners()));
    optional(n, "highestLevel", g.highestLevel().map(v -> v.id()));
    n.set("barriers", strings(g.barriers().stream().map(Category::id).toList()));
    n.set("couldAct", strings(g.services().stream().map(BarrierJson::enumId).toList()));
    optional(n, "decidedBy", g.decidedBy().map(v -> v.id()));
    n.put("explanation", explanation);
    n.set("sources", strings(g.sources()));
    return n;
  }

  private static JsonNode pattern(Pattern p, String explanation) {
    ObjectNode n = NODES.objectNode();
    n.put("kind", p.kind().id());
    n.put("entity", p.entity());
    n.set("partners", strings(p.partners()));
    n.set("establishments", strings(p.establishments()));
    n.put("explanation", explanation);
    n.set("sources", strings(p.sources()));
    return n;
  }

  private static JsonNode entity(Entity e) {
    ObjectNode n = NODES.objectNode();
    n.put("id", e.id());
    n.put("kind", e.kind().id());
    n.put("identifierType", e.identifierType().id());
    n.put("pseudonym", e.pseudonym());
    if (!e.aliases().isEmpty()) {
      n.set("aliases", strings(e.aliases()));
      ArrayNode links = n.putArray("rotationLinks");
      for (RotationLink l : e.rotationLinks()) {
        ObjectNode ln = links.addObject();
        ln.put("pseudonym", l.pseudonym());
        ln.put("alias", l.alias());
        ln.set("sources", strings(l.sources()));
      }
    }
    n.set("reporters", strings(e.reporters()));
    n.set("holders", strings(e.holders()));
    ArrayNode signals = n.putArray("signals");
    for (Signal s : e.signals()) {
      ObjectNode sn = signals.addObject();
      sn.put("source", s.source());
      sn.put("sender", s.sender());
      sn.put("period", s.period());
      sn.set("grading", grading(s.grading()));
      if (s.assessment().isPresent()) {
        AssessmentSummary a = s.assessment().get();
        ObjectNode an = sn.putObject("assessment");
        an.put("outcome", a.outcome());
        an.put("scoreMilli", a.scoreMilli());
        an.put("catalogue", a.catalogue());
        an.put("model", a.model());
      } else {
        sn.putNull("assessment");
      }
      ArrayNode indicators = sn.putArray("indicators");
      for (ReportedIndicator i : s.indicators()) {
        ObjectNode in = indicators.addObject();
        in.put("catalogue", i.catalogue());
        in.put("version", i.version());
        in.put("indicator", i.indicator());
        optional(in, "barrier", i.barrier().map(v -> v.id()));
        in.set("couldAct", strings(i.services().stream().sorted().map(BarrierJson::enumId).toList()));
      }
    }
    ArrayNode answers = n.putArray("answers");
    for (Answer a : e.answers()) {
      ObjectNode an = answers.addObject();
      an.put("source", a.source());
      an.put("sender", a.sender());
      an.put("holding", BarrierJson.enumId(a.holding()));
      optional(an, "category", a.category().map(v -> BarrierJson.enumId(v)));
      optional(an, "contact", a.contact());
    }
    return n;
  }

  private static JsonNode grading(Grading g) {
    ObjectNode n = NODES.objectNode();
    n.put("scheme", BarrierJson.enumId(g.scheme()));
    n.put("source", g.source());
    n.put("information", g.information());
    if (g.handling() != null) {
      n.put("handling", g.handling());
    }
    return n;
  }

  private static JsonNode tie(Tie t) {
    ObjectNode n = NODES.objectNode();
    n.put("from", t.from());
    n.put("to", t.to());
    n.set("sources", strings(t.sources()));
    return n;
  }

  private static JsonNode source(Source s) {
    ObjectNode n = NODES.objectNode();
    n.put("messageId", s.messageId());
    n.put("sender", s.sender());
    n.put("issuedAt", s.issuedAt().toString());
    n.put("payloadType", s.payloadType());
    n.put("reference", s.reference());
    n.put("purpose", s.purpose());
    n.put("legalBasis", s.legalBasis());
    n.put("tlp", s.tlp().label());
    n.put("retainUntil", s.retainUntil().toString());
    return n;
  }

  private static JsonNode notUsed(NotUsed u) {
    ObjectNode n = NODES.objectNode();
    n.put("name", u.name());
    n.put("code", u.code());
    n.put("reason", u.reason());
    return n;
  }

  private static JsonNode removed(Removed r) {
    ObjectNode n = NODES.objectNode();
    n.put("name", r.name());
    n.put("messageId", r.messageId());
    n.put("sender", r.sender());
    n.put("retainUntil", r.retainUntil().toString());
    return n;
  }
}
