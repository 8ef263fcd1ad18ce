package eu.barrier.cases.profile;

import org.apiguardian.api.API;

/** Whether a case must be opened, or may be. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum TriggerKind {
  /**
   * Belgium: once a police ordinance covers a sector and area, every publicly accessible
   * establishment in scope must be investigated within the ordinance's term.
   */
  MANDATORY_BY_SCOPE,
  /** The Netherlands: the municipality's own Bibob policy rule says when, as a last resort. */
  DISCRETIONARY_BY_POLICY
}
