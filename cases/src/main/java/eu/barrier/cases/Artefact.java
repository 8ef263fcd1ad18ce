package eu.barrier.cases;

import eu.barrier.core.json.BarrierJson;
import org.apiguardian.api.API;

/** The rows of the need-to-know matrix (research note §3.4): what a case holds. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Artefact {
  /** The application and questionnaire. */
  APPLICATION,
  /** Closed-source evidence: police and judicial data. */
  CLOSED_SOURCE_EVIDENCE,
  /** The advisory report of the LBB or DIOB. */
  ADVISORY_REPORT,
  /** The risk score and its explanation. */
  RISK_SCORE,
  /** The intention and the decision. */
  DECISION,
  /** The Belgian central register entry. */
  REGISTER_ENTRY,
  /** The audit log of the case: disclosures and retention. */
  AUDIT_LOG;

  /**
   * Returns the kebab-case id.
   *
   * @return for example {@code risk-score}
   */
  public String id() {
    return BarrierJson.enumId(this);
  }
}
