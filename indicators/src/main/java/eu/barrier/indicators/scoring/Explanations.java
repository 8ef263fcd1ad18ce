package eu.barrier.indicators.scoring;

import eu.barrier.core.Language;
import eu.barrier.indicators.scoring.Assessment;
import eu.barrier.indicators.scoring.AssessmentProvenance;
import eu.barrier.indicators.scoring.Contribution;
import eu.barrier.indicators.scoring.ContributionKind;
import eu.barrier.indicators.scoring.DimensionResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes the short explanation of an assessment in Dutch, French or English. Wording: a signal for
 * review, never a decision. Uses only labels, ids, counts, dates and catalogue names; never the
 * subject key. Dimensions and barriers are named by their {@linkplain
 * eu.barrier.indicators.catalogue.Category#label(Language) label} in the language, with their id;
 * points are written as the language writes numbers ({@code 64,059} in Dutch and French).
 */
final class Explanations {

  private static final Comparator<Contribution> LARGEST_FIRST = Comparator
      .comparingLong(Contribution::milliPoints).reversed()
      .thenComparing(c -> c.indicatorId().orElse(""));

  private Explanations() {}

  /**
   * Explains an assessment.
   *
   * @param a the assessment
   * @param lang the language
   * @return one paragraph
   */
  public static String explain(Assessment a, Language lang) {
    StringBuilder sb = new StringBuilder(256);
    sb.append(lang.pick("Signaal ter beoordeling, geen beslissing.", "Signal à examiner, pas une décision.",
        "Signal for review, not a decision."));
    AssessmentProvenance p = a.provenance();
    if (!a.dimensions().isEmpty()) {
      ilo(a, lang, sb);
    } else {
      weighted(a, lang, sb);
    }
    if (!a.unknownIndicators().isEmpty()) {
      int n = a.unknownIndicators().size();
      sb.append(' ').append(n).append(lang.pick(
          " waargenomen indicator(en) staan niet in de catalogus en tellen niet mee: ",
          " indicateur(s) observé(s) absent(s) du catalogue, non compté(s) : ",
          " observed indicator(s) not in the catalogue and not counted: "))
          .append(String.join(", ", a.unknownIndicators())).append('.');
    }
    if (a.ignoredObservations() > 0) {
      sb.append(' ').append(a.ignoredObservations()).append(lang.pick(
          " waarneming(en) na de peildatum genegeerd.",
          " observation(s) postérieure(s) à la date de référence ignorée(s).",
          " observation(s) after the reference date ignored."));
    }
    sb.append(' ').append(lang.pick("Catalogus ", "Catalogue ", "Catalogue ")).append(p.catalogueId()).append('@')
        .append(p.catalogueVersion()).append(lang.pick(", model ", ", modèle ", ", model ")).append(p.modelId())
        .append(lang.pick(", peildatum ", ", date de référence ", ", as of ")).append(p.asOf()).append('.');
    return sb.toString();
  }

  private static void ilo(Assessment a, Language lang, StringBuilder sb) {
    String rule = a.provenance().modelParameters().getOrDefault("outcomeRule", "?");
    String formula = a.provenance().modelParameters().getOrDefault("outcomeRuleFormula", "?");
    sb.append(lang.pick(" Uitkomst: ", " Résultat : ", " Outcome: ")).append(a.outcome().label(lang))
        .append(lang.pick(" volgens regel '", " selon la règle « ", " under rule '")).append(rule)
        .append(lang.pick("' (", " » (", "' (")).append(formula).append(").");
    List<String> positive = new ArrayList<>();
    for (DimensionResult d : a.dimensions()) {
      if (d.positive()) {
        positive.add(d.dimension().label(lang) + " (" + d.dimension().id() + lang.pick(", clausule ", ", clause ",
            ", clause ") + d.clause().orElseThrow().letter() + ")");
      }
    }
    if (positive.isEmpty()) {
      sb.append(lang.pick(" Geen enkele dimensie is positief.", " Aucune dimension n'est positive.",
          " No dimension is positive."));
    } else {
      sb.append(lang.pick(" Positieve dimensies: ", " Dimensions positives : ", " Positive dimensions: "))
          .append(String.join(", ", positive)).append('.');
    }
  }

  /** Points for a reader of the language: {@code 64,059} in Dutch and French. */
  private static String points(long milli, Language lang) {
    return lang.decimal(new BigDecimal(ModelSupport.points(milli)));
  }

  private static void weighted(Assessment a, Language lang, StringBuilder sb) {
    var params = a.provenance().modelParameters();
    sb.append(lang.pick(" Niveau: ", " Niveau : ", " Level: ")).append(a.outcome().label(lang))
        .append(lang.pick(", score ", ", score ", ", score ")).append(points(a.scoreMilli(), lang))
        .append(lang.pick(" (drempels: laag ", " (seuils : faible ", " (thresholds: low "))
        .append(params.get("thresholds.low"))
        .append(lang.pick(", middel ", ", moyen ", ", medium ")).append(params.get("thresholds.medium"))
        .append(lang.pick(", hoog ", ", élevé ", ", high ")).append(params.get("thresholds.high")).append(").");
    List<Contribution> indicators = new ArrayList<>();
    int capped = 0;
    for (Contribution c : a.contributions()) {
      if (c.kind() == ContributionKind.INDICATOR) {
        indicators.add(c);
      } else if (c.kind() == ContributionKind.CATEGORY_CAP) {
        capped++;
      }
    }
    if (indicators.isEmpty()) {
      sb.append(lang.pick(" Geen indicator van de catalogus waargenomen.",
          " Aucun indicateur du catalogue observé.", " No indicator of the catalogue was observed."));
      return;
    }
    indicators.sort(LARGEST_FIRST);
    sb.append(lang.pick(" Grootste bijdragen: ", " Principales contributions : ", " Largest contributions: "));
    int shown = Math.min(3, indicators.size());
    for (int i = 0; i < shown; i++) {
      Contribution c = indicators.get(i);
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(c.indicatorId().orElseThrow()).append(" (").append(c.category().label(lang)).append(") ")
          .append(points(c.milliPoints(), lang));
    }
    sb.append('.');
    if (indicators.size() > shown) {
      sb.append(' ').append(indicators.size() - shown).append(lang.pick(" andere indicator(en) tellen ook mee.",
          " autre(s) indicateur(s) compté(s) aussi.", " other indicator(s) also count."));
    }
    if (capped > 0) {
      sb.append(' ').append(capped).append(lang.pick(" categorie(ën) begrensd op ", " catégorie(s) plafonnée(s) à ",
          " categor(y/ies) capped at ")).append(params.get("categoryCap")).append(lang.pick(" punten.", " points.",
          " points."));
    }
  }
}
