package eu.barrier.cli;

import eu.barrier.core.json.BarrierJson;
import eu.barrier.indicators.catalogue.Category;
import eu.barrier.core.Language;
import eu.barrier.indicators.scoring.Assessment;
import eu.barrier.indicators.scoring.AssessmentProvenance;
import eu.barrier.indicators.scoring.Contribution;
import eu.barrier.indicators.scoring.ContributionKind;
import eu.barrier.indicators.scoring.DimensionResult;
import eu.barrier.indicators.scoring.IloModel;
import eu.barrier.indicators.scoring.RiskModel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders assessments as JSON, CSV or a table. Output depends only on the assessments, so the same
 * input gives the same bytes.
 */
final class AssessOutput {

  private static final BarrierJson JSON = BarrierJson.create();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Category[] DIMENSIONS = {Category.DR, Category.CR, Category.VR, Category.EX, Category.CD,
      Category.VD};

  private AssessOutput() {}

  static String json(List<Assessment> assessments, Language language) {
    ObjectNode root = NODES.objectNode();
    ArrayNode array = root.putArray("assessments");
    for (Assessment a : assessments) {
      array.add(json(a, language));
    }
    return JSON.writeString(root) + "\n";
  }

  static ObjectNode json(Assessment a, Language language) {
    ObjectNode node = NODES.objectNode();
    node.put("subject", a.subject().key());
    node.put("kind", BarrierJson.enumId(a.subject().kind()));
    node.put("outcome", a.outcome().id());
    node.put("score", number(a.scoreMilli()));
    if (!a.dimensions().isEmpty()) {
      ObjectNode dims = node.putObject("dimensions");
      for (DimensionResult d : a.dimensions()) {
        dims.put(d.dimension().id(), d.positive());
      }
      ArrayNode details = node.putArray("dimensionDetails");
      for (DimensionResult d : a.dimensions()) {
        ObjectNode detail = details.addObject();
        detail.put("dimension", d.dimension().id());
        detail.put("positive", d.positive());
        d.clause().ifPresent(c -> detail.put("clause", c.letter()));
        detail.put("strong", d.strong());
        detail.put("medium", d.medium());
        detail.put("weak", d.weak());
        ArrayNode ids = detail.putArray("indicators");
        d.indicators().forEach(ids::add);
      }
    }
    ArrayNode contributions = node.putArray("contributions");
    for (Contribution c : a.contributions()) {
      ObjectNode item = contributions.addObject();
      item.put("kind", BarrierJson.enumId(c.kind()));
      c.indicatorId().ifPresent(id -> item.put("indicator", id));
      item.put("category", c.category().id());
      if (c.kind() == ContributionKind.INDICATOR) {
        item.put("strength", c.strength().orElseThrow().id());
        item.put("points", c.points());
        item.put("evidence", new BigDecimal(BigDecimal.valueOf(c.evidencePermille(), 3).stripTrailingZeros()
            .toPlainString()));
        item.put("ageDays", c.ageDays());
        item.put("decay", new BigDecimal(fixed4(c.decay())));
        item.put("observations", c.observations());
      }
      item.put("value", number(c.milliPoints()));
    }
    ArrayNode trace = node.putArray("trace");
    a.trace().forEach(trace::add);
    ArrayNode unknown = node.putArray("unknownIndicators");
    a.unknownIndicators().forEach(unknown::add);
    node.put("ignoredObservations", a.ignoredObservations());
    node.put("explanation", a.explanation(language));
    AssessmentProvenance p = a.provenance();
    ObjectNode provenance = node.putObject("provenance");
    ObjectNode catalogue = provenance.putObject("catalogue");
    catalogue.put("id", p.catalogueId());
    catalogue.put("version", p.catalogueVersion().toString());
    catalogue.put("sha256", p.catalogueSha256());
    ObjectNode model = provenance.putObject("model");
    model.put("id", p.modelId());
    ObjectNode parameters = model.putObject("parameters");
    p.modelParameters().forEach(parameters::put);
    provenance.put("libraryVersion", p.libraryVersion());
    provenance.put("asOf", p.asOf().toString());
    return node;
  }

  static String csv(List<Assessment> assessments, RiskModel model) {
    boolean ilo = IloModel.ID.equals(model.id());
    StringBuilder sb = new StringBuilder();
    sb.append("subject,kind,outcome,score");
    if (ilo) {
      for (Category d : DIMENSIONS) {
        sb.append(',').append(d.id());
      }
    }
    sb.append(",unknown_indicators,ignored_observations,as_of\n");
    for (Assessment a : assessments) {
      // subject keys are [A-Za-z0-9._:-] and ids [A-Z0-9-]: nothing needs quoting or can start a formula
      sb.append(a.subject().key()).append(',').append(BarrierJson.enumId(a.subject().kind())).append(',')
          .append(a.outcome().id()).append(',').append(points(a.scoreMilli()));
      if (ilo) {
        Map<Category, Boolean> positive = a.positiveDimensions();
        for (Category d : DIMENSIONS) {
          sb.append(',').append(positive.getOrDefault(d, false));
        }
      }
      sb.append(',').append(String.join(";", a.unknownIndicators())).append(',').append(a.ignoredObservations())
          .append(',').append(a.provenance().asOf()).append('\n');
    }
    return sb.toString();
  }

  static String table(List<Assessment> assessments, RiskModel model, Language language) {
    boolean ilo = IloModel.ID.equals(model.id());
    StringBuilder sb = new StringBuilder();
    String asOf = assessments.isEmpty() ? "-" : assessments.get(0).provenance().asOf().toString();
    String library = assessments.isEmpty() ? "-" : assessments.get(0).provenance().libraryVersion();
    sb.append(String.format(Locale.ROOT, "catalogue %s sha256:%s%nmodel %s, as of %s, barrier-indicators %s%n",
        model.catalogue().catalogue().reference(), model.catalogue().sha256().substring(0, 16), model.id(), asOf,
        library));
    sb.append("Signals for review, never decisions.\n\n");
    int width = 7;
    for (Assessment a : assessments) {
      width = Math.max(width, a.subject().key().length());
    }
    String head = "%-" + width + "s  %-20s  %7s";
    sb.append(String.format(Locale.ROOT, head, "SUBJECT", "OUTCOME", "SCORE"));
    if (ilo) {
      for (Category d : DIMENSIONS) {
        sb.append("  ").append(d.id());
      }
    }
    sb.append("  UNKNOWN\n");
    for (Assessment a : assessments) {
      sb.append(String.format(Locale.ROOT, head, a.subject().key(), a.outcome().id(),
          language.decimal(new BigDecimal(points(a.scoreMilli())))));
      if (ilo) {
        Map<Category, Boolean> positive = a.positiveDimensions();
        for (Category d : DIMENSIONS) {
          sb.append("  ").append(positive.getOrDefault(d, false) ? "+ " : "- ");
        }
      }
      sb.append("  ").append(a.unknownIndicators().size()).append('\n');
    }
    for (Assessment a : assessments) {
      sb.append('\n').append(a.subject().key()).append(": ").append(a.explanation(language)).append('\n');
      if (language != Language.EN && !a.trace().isEmpty()) {
        // the trace is the model's English record; say so, since its numbers have a decimal point
        sb.append(language.pick("  rekenspoor (Engels, met een punt als decimaalteken):\n",
            "  trace du calcul (en anglais, avec un point comme séparateur décimal) :\n", ""));
      }
      for (String line : a.trace()) {
        sb.append("  ").append(line).append('\n');
      }
    }
    return sb.toString();
  }

  private static BigDecimal number(long milli) {
    return new BigDecimal(points(milli));
  }

  /** A score in thousandths of a point, as exact decimal text without trailing zeros. */
  static String points(long milli) {
    return BigDecimal.valueOf(milli, 3).stripTrailingZeros().toPlainString();
  }

  private static String fixed4(double value) {
    return BigDecimal.valueOf(Math.round(value * 10000), 4).toPlainString();
  }
}
