package eu.barrier.examples.research;

import eu.barrier.core.address.Country;
import eu.barrier.indicators.catalogue.Catalogues;
import eu.barrier.indicators.scoring.RiskModels;
import eu.barrier.workbench.evaluation.Evaluation;
import eu.barrier.workbench.evaluation.EvaluationOptions;
import eu.barrier.workbench.evaluation.EvaluationReport;
import eu.barrier.workbench.evaluation.EvaluationResult;
import eu.barrier.workbench.evaluation.LabelledData;
import eu.barrier.workbench.evaluation.LabelledInput;
import eu.barrier.workbench.evaluation.ProgressListener;
import eu.barrier.workbench.evaluation.ReportContext;
import eu.barrier.workbench.evaluation.Scorer;
import eu.barrier.workbench.synthetic.CityGenerator;
import eu.barrier.workbench.synthetic.SyntheticCity;
import eu.barrier.workbench.synthetic.SyntheticFiles;
import eu.barrier.workbench.synthetic.SyntheticParameters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The workbench guide's example ({@code docs/workbench.md}): generate a synthetic Dutch city, write
 * its files, read the labelled subjects back, evaluate the built-in {@code barrier-admin}
 * catalogue with the {@code weighted} model, and write the HTML report and the JSON metrics.
 */
public final class EvaluateDutchCity {

  private EvaluateDutchCity() {}

  /**
   * Runs the example into {@code target/evaluate-dutch-city}.
   *
   * @param args ignored
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    run(Path.of("target", "evaluate-dutch-city"));
  }

  /**
   * Runs the example in a directory.
   *
   * @param dir the directory: {@code city/} with the synthetic files, {@code report.html} and
   *     {@code metrics.json}
   * @return the evaluation
   * @throws IOException if a file cannot be written or read
   */
  public static EvaluationResult run(Path dir) throws IOException {
    Files.createDirectories(dir);
    // snippet:workbench
    SyntheticCity city = CityGenerator.generate(SyntheticParameters.defaults(42, 2000)
        .withCountry(Country.NL));                                   // Belgium is the default
    SyntheticFiles.write(city, dir.resolve("city"));                 // what barrier synth writes

    byte[] bytes = Files.readAllBytes(dir.resolve("city").resolve(SyntheticFiles.LABELLED_JSON));
    LabelledData data = LabelledInput.read(bytes);                   // or city.labelled()
    Scorer scorer = Scorer.of(RiskModels.compile("weighted", Catalogues.hashedBuiltIn("barrier-admin")),
        data.defaultAsOf().orElseThrow());
    EvaluationResult result = Evaluation.evaluate(data, List.of(scorer), EvaluationOptions.DEFAULTS,
        ProgressListener.NONE);
    ReportContext context = ReportContext.of("Barrier admin, NL", "labelled.json", bytes, "0.1.0");
    Files.writeString(dir.resolve("report.html"), EvaluationReport.html(result, context));
    Files.writeString(dir.resolve("metrics.json"), EvaluationReport.json(result, context));
    // end:workbench
    return result;
  }
}
