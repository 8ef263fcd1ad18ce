package eu.barrier.privacy.exchange;

import org.apiguardian.api.API;

/**
 * The domain a signal report is exchanged in. Child-protection signals (loverboy or
 * "tienerpooier" indicators about minors) stay in the {@link #CARE} domain: a report that carries
 * them is never an {@link #ADMINISTRATIVE} report (see {@link SignalReport}).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum ExchangeDomain {
  /**
   * The administrative approach: the municipality, police, social inspection and the (A)RIEC.
   * JSON {@code administrative}.
   */
  ADMINISTRATIVE,
  /** Youth care and child protection services. JSON {@code care}. */
  CARE
}
