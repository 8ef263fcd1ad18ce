package eu.barrier.cli.report;

import java.util.Objects;

/**
 * What the report says about its inputs besides the evaluation itself.
 *
 * @param title the report title
 * @param labelledFile the name of the labelled input file, as given
 * @param labelledSha256 the SHA-256 of its bytes, lower-case hexadecimal
 * @param barrierVersion the version of the barrier command
 */
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
}
