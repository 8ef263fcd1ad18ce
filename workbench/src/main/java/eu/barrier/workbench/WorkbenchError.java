package eu.barrier.workbench;

import eu.barrier.core.ErrorCode;
import org.apiguardian.api.API;

/**
 * The stable error codes of {@code barrier-workbench}.
 *
 * <p>Ranges: {@code 00xx} evaluation. Codes are never reused or renumbered. Each constant's {@link
 * #rule()} states the rule in one line; messages built from it never contain personal values.
 * Problems in a labelled input document use the assess-input codes of {@code barrier-indicators}
 * ({@code BARRIER-IND-02xx}) and core's boundary codes.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum WorkbenchError implements ErrorCode {

  // ---- 00xx evaluation (eu.barrier.workbench.evaluation.Evaluation) ----

  /** The labelled subjects hold no positive or no negative. */
  EVALUATION_NEEDS_BOTH_LABELS("BARRIER-WB-0001", "labelled subjects hold at least one positive and one negative"),
  /** There is no scorer, or two scorers share a name. */
  EVALUATION_BAD_SCORERS("BARRIER-WB-0002", "an evaluation has one or more scorers with distinct names");

  private final String code;
  private final String rule;

  WorkbenchError(String code, String rule) {
    this.code = code;
    this.rule = rule;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String rule() {
    return rule;
  }
}
