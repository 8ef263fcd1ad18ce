package eu.barrier.transparency;

import eu.barrier.core.address.Country;
import eu.barrier.indicators.catalogue.Catalogues;
import eu.barrier.indicators.catalogue.HashedCatalogue;
import eu.barrier.indicators.scoring.RiskModels;
import eu.barrier.screening.Screening;
import eu.barrier.workbench.evaluation.Evaluation;
import eu.barrier.workbench.evaluation.EvaluationOptions;
import eu.barrier.workbench.evaluation.EvaluationReport;
import eu.barrier.workbench.evaluation.EvaluationResult;
import eu.barrier.workbench.evaluation.LabelledData;
import eu.barrier.workbench.evaluation.ProgressListener;
import eu.barrier.workbench.evaluation.ReportContext;
import eu.barrier.workbench.evaluation.Scorer;
import eu.barrier.workbench.synthetic.CityGenerator;
import eu.barrier.workbench.synthetic.SyntheticParameters;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Deployments and evaluation files for the tests; all synthetic. */
final class Fixtures {

  static final LocalDate DATE = LocalDate.of(2026, 12, 1);
  static final String ORGANISATION = "Gemeente Voorbeeld";
  static final String CONTACT = "algoritmes@voorbeeld.example";

  private static byte[] metrics;

  private Fixtures() {}

  /** The default screening catalogues, Bibob profile, no evaluation. */
  static Deployment.Builder deployment() {
    return Deployment.builder().catalogues(Screening.defaultCatalogues()).model("weighted")
        .organisation(ORGANISATION).contact(CONTACT).profile("nl-bibob").date(DATE);
  }

  /**
   * The metrics document of barrier-admin and sector-carwash with the weighted model on a small
   * synthetic Dutch city (50 bootstrap replicates, no ablation): what barrier evaluate --json writes.
   */
  static synchronized byte[] metrics() {
    if (metrics == null) {
      LabelledData data = CityGenerator.generate(SyntheticParameters.defaults(7, 600).withCountry(Country.NL))
          .labelled();
      List<Scorer> scorers = new ArrayList<>();
      for (String id : List.of("barrier-admin", "sector-carwash")) {
        HashedCatalogue c = Catalogues.hashedBuiltIn(id);
        scorers.add(Scorer.of(RiskModels.compile("weighted", c), data.defaultAsOf().orElseThrow()));
      }
      EvaluationResult result = Evaluation.evaluate(data, scorers,
          EvaluationOptions.DEFAULTS.withBootstrapReplicates(50).withAblation(false), ProgressListener.NONE);
      byte[] labelled = "synthetic".getBytes(StandardCharsets.UTF_8);
      metrics = EvaluationReport.json(result, ReportContext.of("test", "labelled.json", labelled, "test"))
          .getBytes(StandardCharsets.UTF_8);
    }
    return metrics.clone();
  }
}
