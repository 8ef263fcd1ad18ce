package eu.barrier.workbench.evaluation;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The two outputs of an evaluation: a self-contained HTML report for people and a JSON document
 * of every figure for machines.
 *
 * <pre>{@code
 * EvaluationResult result = Evaluation.evaluate(data, scorers, EvaluationOptions.DEFAULTS, ProgressListener.NONE);
 * ReportContext context = new ReportContext("Carwash indicators", "labelled.json", sha256, "1.0.0");
 * Files.writeString(Path.of("report.html"), EvaluationReport.html(result, context));
 * Files.writeString(Path.of("metrics.json"), EvaluationReport.json(result, context));
 * }</pre>
 *
 * <p>The HTML report is one page made with the report kit ({@code eu.barrier.report}): inline CSS
 * and SVG charts (ROC and precision-recall curves, score distributions, calibration or observed
 * share of cases, flag rates per audit group), no scripts, no external assets, and a content
 * security policy that forbids loading anything. Its texts are in English and its figures are
 * written for English readers (decimal point). The JSON document, format {@value #JSON_FORMAT},
 * has sorted keys, doubles rounded half-even to 6 decimals and {@code null} for undefined
 * figures. For the same result and context both give the same bytes on every JVM: no timestamps,
 * no default locale. Thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class EvaluationReport {

  /** The format id of the JSON document. */
  public static final String JSON_FORMAT = "barrier-evaluation-v1";

  private EvaluationReport() {}

  /**
   * Renders the HTML report.
   *
   * @param result the evaluation
   * @param context the inputs and the title
   * @return the HTML document, UTF-8 text ending with a line break
   * @throws NullPointerException if an argument is {@code null}
   */
  public static String html(EvaluationResult result, ReportContext context) {
    return EvaluationHtml.render(Objects.requireNonNull(result, "result"), Objects.requireNonNull(context, "context"));
  }

  /**
   * Renders every figure as JSON, format {@value #JSON_FORMAT}.
   *
   * @param result the evaluation
   * @param context the inputs and the title
   * @return the JSON text, ending with a line break
   * @throws NullPointerException if an argument is {@code null}
   */
  public static String json(EvaluationResult result, ReportContext context) {
    return MetricsJson.render(Objects.requireNonNull(result, "result"), Objects.requireNonNull(context, "context"));
  }
}
