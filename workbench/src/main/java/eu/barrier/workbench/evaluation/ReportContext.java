package eu.barrier.workbench.evaluation;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What the evaluation report and the metrics JSON say about their inputs besides the evaluation
 * itself (see {@link EvaluationReport}).
 *
 * @param title the report title
 * @param labelledFile the name of the labelled input file, as given
 * @param labelledSha256 the SHA-256 of its bytes, lower-case hexadecimal
 * @param barrierVersion the version of Barrier that made the report, for example {@code 1.0.0}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ReportContext(String title, String labelledFile, String labelledSha256, String barrierVersion) {

  /**
   * Checks for {@code null}.
   *
   * @param title the title component
   * @param labelledFile the labelledFile component
   * @param labelledSha256 the labelledSha256 component
   * @param barrierVersion the barrierVersion component
   */
  public ReportContext {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(labelledFile, "labelledFile");
    Objects.requireNonNull(labelledSha256, "labelledSha256");
    Objects.requireNonNull(barrierVersion, "barrierVersion");
  }

  /**
   * Returns the context of a labelled input file, with the SHA-256 of its bytes.
   *
   * @param title the report title
   * @param labelledFile the name of the labelled input file, as given
   * @param labelledBytes the bytes of the file, as read
   * @param barrierVersion the version of Barrier that made the report
   * @return the context
   * @throws NullPointerException if an argument is {@code null}
   */
  public static ReportContext of(String title, String labelledFile, byte[] labelledBytes, String barrierVersion) {
    Objects.requireNonNull(labelledBytes, "labelledBytes");
    try {
      return new ReportContext(title, labelledFile,
          HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(labelledBytes)), barrierVersion);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required on every Java platform", e);
    }
  }
}
