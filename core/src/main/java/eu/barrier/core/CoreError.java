package eu.barrier.core;

/**
 * The stable error codes of {@code barrier-core}.
 *
 * <p>Ranges: {@code 00xx} identifiers, {@code 01xx} JSON, {@code 02xx} validation at the
 * boundary, {@code 03xx} the domain model. Codes are never reused or renumbered.
 */
public enum CoreError implements ErrorCode {

  // ---- 00xx identifiers (eu.barrier.core.id) ----

  // ---- 01xx JSON (eu.barrier.core.json) ----

  // ---- 02xx validation at the boundary (eu.barrier.core.validation) ----

  // ---- 03xx domain model ----

  ;

  private final String code;
  private final String rule;

  CoreError(String code, String rule) {
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
