package eu.barrier.cli;

import eu.barrier.cli.screen.Texts;
import eu.barrier.core.Language;
import eu.barrier.core.json.BarrierJson;
import eu.barrier.indicators.scoring.Assessment;
import eu.barrier.indicators.scoring.Outcome;
import eu.barrier.report.Numbers;
import eu.barrier.screening.Reason;
import eu.barrier.screening.ScreenedEstablishment;
import eu.barrier.screening.ScreeningResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Renders a screening result as the ranked table of standard output. Depends only on the result:
 * the same result gives the same bytes.
 */
final class ScreenOutput {

  private static final int REASONS_SHOWN = 3;
  private static final int LABEL_WIDTH = 46;

  private ScreenOutput() {}

  static String table(ScreeningResult r, Language lang, int top) {
    Numbers numbers = Numbers.of(lang);
    StringBuilder sb = new StringBuilder();
    r.demoLabel().ifPresent(d -> sb.append("*** ").append(d).append(" ***\n"));
    sb.append(String.format(Locale.ROOT, "barrier screen: %d %s, model %s, %s %s%n", r.total(),
        lang.pick("vestigingen", "établissements", "establishments"), r.modelId(),
        lang.pick("peildatum", "date de référence", "as of"), r.asOf()));
    sb.append(lang.pick("catalogi: ", "catalogues : ", "catalogues: "));
    for (int i = 0; i < r.catalogues().size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(r.catalogues().get(i).reference());
    }
    sb.append('\n').append(Texts.notice(lang)).append('\n');
    sb.append(lang.pick("Niveau: het hoogste niveau van een catalogus; scores worden nooit over catalogi "
        + "opgeteld.", "Niveau : le plus élevé d'un catalogue ; les scores ne sont jamais additionnés entre "
        + "catalogues.", "Level: the highest level of any catalogue; scores are never added across catalogues."))
        .append("\n\n");
    sb.append(String.format(Locale.ROOT, "%s %d, %s %d, %s %d, %s %d%n%n",
        Outcome.HIGH.label(lang), r.count(Outcome.HIGH), Outcome.MEDIUM.label(lang), r.count(Outcome.MEDIUM),
        Outcome.LOW.label(lang), r.count(Outcome.LOW), Outcome.NONE.label(lang), r.count(Outcome.NONE)));
    long flagged = r.total() - r.count(Outcome.NONE);
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
    String row = "%3s  %-" + keyWidth + "s  %-" + sectorWidth + "s  %-7s  %-22s  %-" + LABEL_WIDTH
        + "s  %-22s  %s%n";
    sb.append(String.format(Locale.ROOT, row, "#", lang.pick("VESTIGING", "ÉTABLISSEMENT", "ESTABLISHMENT"),
        lang.pick("SECTOR", "SECTEUR", "SECTOR"), lang.pick("NIVEAU", "NIVEAU", "LEVEL"),
        lang.pick("VOLGENS (PUNTEN)", "SELON (POINTS)", "SET BY (POINTS)"),
        lang.pick("BELANGRIJKSTE REDENEN", "PRINCIPALES RAISONS", "TOP REASONS"),
        lang.pick("BARRIÈRE", "BARRIÈRE", "BARRIER"),
        lang.pick("WIE KAN OPTREDEN", "QUI PEUT AGIR", "WHO COULD ACT")));
    for (int i = 0; i < shown; i++) {
      ScreenedEstablishment e = r.establishments().get(i);
      List<Reason> reasons = e.reasons();
      String setBy = e.leading().map(a -> setBy(a, numbers)).orElse("-");
      for (int k = 0; k < Math.max(1, Math.min(REASONS_SHOWN, reasons.size())); k++) {
        Reason reason = k < reasons.size() ? reasons.get(k) : null;
        String text = reason == null ? "-" : reason.indicatorId() + " " + reason.label().in(lang);
        sb.append(String.format(Locale.ROOT, row, k == 0 ? Integer.toString(i + 1) : "", k == 0 ? e.key() : "",
            k == 0 ? BarrierJson.enumId(e.sector()) : "", k == 0 ? e.level().label(lang) : "",
            k == 0 ? setBy : "", cut(text, LABEL_WIDTH),
            reason == null ? "" : cut(reason.barrier().label(lang), 22),
            reason == null || reason.couldAct().isEmpty() ? "" : reason.couldAct().get(0).label(lang)));
      }
    }
    if (flagged > shown) {
      sb.append(String.format(Locale.ROOT, "%n%s%n", lang.pick(
          "… en nog " + (flagged - shown) + " met een signaal (--top om meer te tonen).",
          "… et " + (flagged - shown) + " de plus avec un signal (--top pour en voir plus).",
          "… and " + (flagged - shown) + " more with a signal (--top to show more).")));
    }
    if (flagged == 0) {
      sb.append(lang.pick("Geen enkele vestiging bereikt een drempel.\n",
          "Aucun établissement n'atteint un seuil.\n", "No establishment reaches a threshold.\n"));
    }
    return sb.toString();
  }

  /** The catalogue that set the level and its score, with the language's decimal separator. */
  private static String setBy(Assessment a, Numbers numbers) {
    String id = a.provenance().catalogueId();
    return cut(id, 14) + " (" + numbers.decimal(BigDecimal.valueOf(a.scoreMilli(), 3).stripTrailingZeros()) + ")";
  }

  private static String cut(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 1) + "…";
  }
}
