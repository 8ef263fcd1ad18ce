package eu.barrier.cli;

import eu.barrier.cli.screen.Reason;
import eu.barrier.cli.screen.ScreenResult;
import eu.barrier.cli.screen.ScreenedEstablishment;
import eu.barrier.cli.screen.Texts;
import eu.barrier.core.json.BarrierJson;
import eu.barrier.core.observation.Agency;
import eu.barrier.indicators.catalogue.HashedCatalogue;
import eu.barrier.core.Language;
import eu.barrier.indicators.scoring.Assessment;
import eu.barrier.indicators.scoring.Outcome;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders a screening as the ranked table of standard output and as {@code assessments.json}. Both
 * depend only on the {@link ScreenResult}: the same result gives the same bytes.
 */
final class ScreenOutput {

  /** The format tag of {@code assessments.json}. */
  static final String FORMAT = "barrier-screen/1";

  private static final BarrierJson JSON = BarrierJson.create();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int REASONS_SHOWN = 3;
  private static final int LABEL_WIDTH = 46;

  private ScreenOutput() {}

  static String table(ScreenResult r, int top) {
    Language lang = r.language();
    Locale locale = Locale.forLanguageTag(lang.id());
    StringBuilder sb = new StringBuilder();
    r.demo().ifPresent(d -> sb.append("*** ").append(d).append(" ***\n"));
    sb.append(String.format(Locale.ROOT, "barrier screen: %d %s, model %s, %s %s%n", r.establishments().size(),
        Texts.pick(lang, "vestigingen", "établissements", "establishments"), r.modelId(),
        Texts.pick(lang, "peildatum", "date de référence", "as of"), r.asOf()));
    sb.append(Texts.pick(lang, "catalogi: ", "catalogues : ", "catalogues: "));
    for (int i = 0; i < r.catalogues().size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(r.catalogues().get(i).catalogue().reference());
    }
    sb.append('\n').append(Texts.notice(lang)).append("\n\n");
    long flagged = r.establishments().stream().filter(e -> e.level() != Outcome.NONE).count();
    sb.append(String.format(Locale.ROOT, "%s %d, %s %d, %s %d, %s %d%n%n",
        Outcome.HIGH.label(lang), r.count(Outcome.HIGH), Outcome.MEDIUM.label(lang), r.count(Outcome.MEDIUM),
        Outcome.LOW.label(lang), r.count(Outcome.LOW), Outcome.NONE.label(lang), r.count(Outcome.NONE)));
    int keyWidth = 13;
    int sectorWidth = 6;
    int shown = 0;
    for (ScreenedEstablishment e : r.establishments()) {
      if (e.level() == Outcome.NONE || shown == top) {
        break;
      }
      keyWidth = Math.max(keyWidth, e.key().length());
      sectorWidth = Math.max(sectorWidth, BarrierJson.enumId(e.sector()).length());
      shown++;
    }
    String row = "%3s  %-" + keyWidth + "s  %-" + sectorWidth + "s  %-7s  %7s  %-" + LABEL_WIDTH + "s  %-22s  %s%n";
    sb.append(String.format(Locale.ROOT, row, "#", Texts.pick(lang, "VESTIGING", "ÉTABLISSEMENT", "ESTABLISHMENT"),
        Texts.pick(lang, "SECTOR", "SECTEUR", "SECTOR"), Texts.pick(lang, "NIVEAU", "NIVEAU", "LEVEL"),
        Texts.pick(lang, "SCORE", "SCORE", "SCORE"),
        Texts.pick(lang, "BELANGRIJKSTE REDENEN", "PRINCIPALES RAISONS", "TOP REASONS"),
        Texts.pick(lang, "BARRIÈRE", "BARRIÈRE", "BARRIER"),
        Texts.pick(lang, "WIE KAN OPTREDEN", "QUI PEUT AGIR", "WHO COULD ACT")));
    for (int i = 0; i < shown; i++) {
      ScreenedEstablishment e = r.establishments().get(i);
      List<Reason> reasons = e.reasons();
      for (int k = 0; k < Math.max(1, Math.min(REASONS_SHOWN, reasons.size())); k++) {
        Reason reason = k < reasons.size() ? reasons.get(k) : null;
        String text = reason == null ? "-" : reason.indicatorId() + " " + reason.label().in(lang);
        sb.append(String.format(Locale.ROOT, row, k == 0 ? Integer.toString(i + 1) : "", k == 0 ? e.key() : "",
            k == 0 ? BarrierJson.enumId(e.sector()) : "", k == 0 ? e.level().label(lang) : "",
            k == 0 ? AssessOutput.points(e.scoreMilli()) : "", cut(text, LABEL_WIDTH),
            reason == null ? "" : cut(Texts.barrier(reason.barrier(), lang), 22),
            reason == null || reason.couldAct().isEmpty() ? "" : reason.couldAct().get(0).label(locale)));
      }
    }
    if (flagged > shown) {
      sb.append(String.format(Locale.ROOT, "%n%s%n", Texts.pick(lang,
          "… en nog " + (flagged - shown) + " met een signaal (--top om meer te tonen).",
          "… et " + (flagged - shown) + " de plus avec un signal (--top pour en voir plus).",
          "… and " + (flagged - shown) + " more with a signal (--top to show more).")));
    }
    if (flagged == 0) {
      sb.append(Texts.pick(lang, "Geen enkele vestiging bereikt een drempel.\n",
          "Aucun établissement n'atteint un seuil.\n", "No establishment reaches a threshold.\n"));
    }
    return sb.toString();
  }

  static String json(ScreenResult r) {
    Language lang = r.language();
    ObjectNode root = NODES.objectNode();
    root.put("format", FORMAT);
    root.put("demo", r.demo().isPresent());
    r.demo().ifPresent(d -> root.put("label", d));
    root.put("notice", ScreenResult.NOTICE);
    root.put("asOf", r.asOf().toString());
    root.put("language", lang.id());
    root.put("barrierVersion", r.barrierVersion());
    ObjectNode input = root.putObject("input");
    input.put("name", r.inputName());
    ObjectNode hashes = input.putObject("sha256");
    r.inputSha256().forEach(hashes::put);
    ObjectNode model = root.putObject("model");
    model.put("id", r.modelId());
    ObjectNode parameters = model.putObject("parameters");
    r.modelParameters().forEach(parameters::put);
    ArrayNode catalogues = root.putArray("catalogues");
    for (HashedCatalogue c : r.catalogues()) {
      ObjectNode node = catalogues.addObject();
      node.put("id", c.catalogue().id());
      node.put("version", c.catalogue().version().toString());
      node.put("sha256", c.sha256());
      node.put("subjectKind", BarrierJson.enumId(c.catalogue().subjectKind()));
    }
    ObjectNode summary = root.putObject("summary");
    summary.put("establishments", r.establishments().size());
    for (Outcome level : List.of(Outcome.HIGH, Outcome.MEDIUM, Outcome.LOW, Outcome.NONE)) {
      summary.put(level.id(), r.count(level));
    }
    ArrayNode list = root.putArray("establishments");
    int rank = 0;
    for (ScreenedEstablishment e : r.establishments()) {
      ObjectNode node = list.addObject();
      node.put("rank", ++rank);
      node.put("subject", e.key());
      node.put("sector", BarrierJson.enumId(e.sector()));
      node.put("level", e.level().id());
      node.put("score", new BigDecimal(AssessOutput.points(e.scoreMilli())));
      ArrayNode reasons = node.putArray("reasons");
      for (Reason reason : e.reasons()) {
        ObjectNode item = reasons.addObject();
        item.put("indicator", reason.indicatorId());
        item.put("catalogue", reason.catalogue());
        item.put("label", reason.label().in(lang));
        item.put("barrier", reason.barrier().id());
        item.put("points", new BigDecimal(AssessOutput.points(reason.milliPoints())));
        item.put("observations", reason.observations());
        ArrayNode sources = item.putArray("reportedBy");
        reason.sources().forEach(a -> sources.add(BarrierJson.enumId(a)));
        ArrayNode act = item.putArray("couldAct");
        for (Agency a : reason.couldAct()) {
          act.add(BarrierJson.enumId(a));
        }
      }
      ArrayNode notScored = node.putArray("notScored");
      e.notScored().forEach(notScored::add);
      ArrayNode assessments = node.putArray("assessments");
      for (Assessment a : e.assessments()) {
        assessments.add(AssessOutput.json(a, lang));
      }
    }
    return JSON.writeString(root) + "\n";
  }


  private static String cut(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 1) + "…";
  }
}
