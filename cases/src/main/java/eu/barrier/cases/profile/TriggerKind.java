package eu.barrier.cases.profile;

/** Whether a case must be opened, or may be. */
public enum TriggerKind {
  /**
   * Belgium: once a police ordinance covers a sector and area, every publicly accessible
   * establishment in scope must be investigated within the ordinance's term.
   */
  MANDATORY_BY_SCOPE,
  /** The Netherlands: the municipality's own Bibob policy rule says when, as a last resort. */
  DISCRETIONARY_BY_POLICY
}
