package eu.barrier.indicators.evaluation;

import eu.barrier.core.ErrorCode;

/** The error codes of evaluations, range {@code BARRIER-IND-04xx}. See {@code docs/workbench.md}. */
public enum EvaluationError implements ErrorCode {

  /** The labelled subjects hold no positive or no negative. */
  NEEDS_BOTH_LABELS("BARRIER-IND-0401", "labelled subjects hold at least one positive and one negative"),
  /** There is no scorer, or two scorers share a name. */
  BAD_SCORERS("BARRIER-IND-0402", "an evaluation has one or more scorers with distinct names");

  private final String code;
  private final String rule;

  EvaluationError(String code, String rule) {
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
