package eu.barrier.examples.research;

import eu.barrier.core.Language;
import eu.barrier.indicators.catalogue.Catalogue;
import eu.barrier.indicators.catalogue.CatalogueLint;
import eu.barrier.indicators.catalogue.Catalogues;
import eu.barrier.indicators.catalogue.HashedCatalogue;
import eu.barrier.indicators.catalogue.Indicator;
import eu.barrier.indicators.catalogue.LocalizedText;
import eu.barrier.indicators.scoring.RiskModels;
import eu.barrier.report.Numbers;
import eu.barrier.workbench.evaluation.Evaluation;
import eu.barrier.workbench.evaluation.EvaluationOptions;
import eu.barrier.workbench.evaluation.EvaluationResult;
import eu.barrier.workbench.evaluation.FairnessResult;
import eu.barrier.workbench.evaluation.ProgressListener;
import eu.barrier.workbench.evaluation.Scorer;
import eu.barrier.workbench.evaluation.ScorerResult;
import eu.barrier.workbench.synthetic.CityGenerator;
import eu.barrier.workbench.synthetic.SyntheticCity;
import eu.barrier.workbench.synthetic.SyntheticParameters;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * A researcher compares two indicator sets on a synthetic city with known ground truth: the
 * built-in {@code barrier-admin}, and the same catalogue without public-order complaints ({@code
 * ADM-06}). The generator plants a reporting bias: complaints about innocent establishments of
 * audit group {@code group-b} are raised several times as often. The evaluation (the workbench's
 * {@link Evaluation}) reports each set's ROC AUC with a bootstrap interval and the four-fifths
 * rule per level: the question is how much detection the biased indicator buys, and at what cost
 * in fairness. The audit group is read only by the evaluation, never by a model.
 *
 * <p>The generator's rates are illustrative, not empirical: the figures show how to compare, not
 * how well either set works in a real municipality.
 */
public final class CompareIndicatorSets {

  /** The seed of the synthetic city. */
  public static final long SEED = 7;

  private CompareIndicatorSets() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Generates the city, evaluates both sets side by side and prints a summary.
   *
   * @param out where to print
   * @return the evaluation
   */
  public static EvaluationResult run(PrintStream out) {
    SyntheticParameters parameters = SyntheticParameters.defaults(SEED, 3000).withComplaintBias(6);
    SyntheticCity city = CityGenerator.generate(parameters);
    HashedCatalogue full = Catalogues.hashedBuiltIn("barrier-admin");
    HashedCatalogue withoutComplaints = without(full, "ADM-06");
    EvaluationResult result = Evaluation.evaluate(city.labelled(),
        List.of(Scorer.of(RiskModels.compile("weighted", full), parameters.asOf()),
            Scorer.of(RiskModels.compile("weighted", withoutComplaints), parameters.asOf())),
        EvaluationOptions.DEFAULTS.withBootstrapReplicates(200).withAblation(false), ProgressListener.NONE);
    out.printf(Locale.ROOT, "synthetic city, seed %d: %d establishments, %d planted cases (illustrative rates)%n",
        SEED, result.data().subjects(), result.data().positives());
    for (ScorerResult s : result.scorers()) {
      List<String> violated = new ArrayList<>();
      for (FairnessResult f : s.fourFifthsViolations()) {
        violated.add(f.level());
      }
      out.printf(Locale.ROOT, "%-44s ROC AUC %s [%s, %s]  flag-rate ratio at %s %s; four-fifths rule: %s%n",
          s.name(), fixed(s.rocAuc().value()), fixed(s.rocAuc().lower()), fixed(s.rocAuc().upper()),
          s.fairness().get(0).level(), fixed(s.fairness().get(0).flagRateRatio()),
          violated.isEmpty() ? "met" : "violated at " + String.join(", ", violated));
    }
    result.comparisons().forEach(c -> out.printf(Locale.ROOT, "difference in ROC AUC (second minus first): %s [%s, %s]%n",
        fixed(c.deltaRocAuc().value()), fixed(c.deltaRocAuc().lower()), fixed(c.deltaRocAuc().upper())));
    return result;
  }

  /**
   * Returns a catalogue without one indicator, under its own id, linted, with the SHA-256 of a
   * description of how it was derived (a catalogue built in code has no document).
   *
   * @param base the catalogue
   * @param indicatorId the indicator to leave out
   * @return the derived catalogue
   */
  public static HashedCatalogue without(HashedCatalogue base, String indicatorId) {
    Catalogue c = base.catalogue();
    List<Indicator> kept = new ArrayList<>();
    for (Indicator i : c.indicators()) {
      if (!i.id().equals(indicatorId)) {
        kept.add(i);
      }
    }
    String suffix = " without " + indicatorId;
    Catalogue derived = new Catalogue(c.id() + "-without-" + indicatorId.toLowerCase(Locale.ROOT), c.version(),
        LocalizedText.of(c.title().in(Language.NL) + " zonder " + indicatorId,
            c.title().in(Language.FR) + " sans " + indicatorId,
            c.title().in(Language.EN) + suffix),
        c.description(), c.subjectKind(), c.purpose(), c.childProtection(), c.provenance(), kept, c.scoring());
    if (CatalogueLint.check(derived).hasErrors()) {
      throw new IllegalStateException("the derived catalogue breaks a lint rule");
    }
    return new HashedCatalogue(derived, sha256(base.sha256() + suffix));
  }

  private static String fixed(double x) {
    return Numbers.of(Language.EN).fixed(x, 3);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required on every Java platform", e);
    }
  }
}
