package eu.barrier.screening.decision;

import org.apiguardian.api.API;

/** What the official decides on the permit or the establishment. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum DecisionOutcome {
  /** Grant the permit, or take no measure. */
  GRANT,
  /** Grant with conditions that remove or limit the danger (Bibob art. 3(7)). */
  GRANT_WITH_CONDITIONS,
  /** Refuse the permit. */
  REFUSE,
  /** Suspend the permit (Belgium). */
  SUSPEND,
  /** Withdraw the permit. */
  WITHDRAW,
  /** Close the establishment (Belgium). */
  CLOSE,
  /**
   * Do not process an incomplete application: not a judgment on the merits, so never compared with
   * the signal. Unverified under both grounds and off by default (see {@link LegalGround}).
   */
  NOT_PROCESSED;

  /**
   * Tells whether the outcome goes against the applicant: refuse, suspend, withdraw or close.
   *
   * @return whether it is adverse
   */
  public boolean isAdverse() {
    return this == REFUSE || this == SUSPEND || this == WITHDRAW || this == CLOSE;
  }

  /**
   * Tells whether the outcome judges the application on its merits, so that it can agree or
   * disagree with a signal: every outcome but {@link #NOT_PROCESSED}.
   *
   * @return whether it is on the merits
   */
  public boolean isOnTheMerits() {
    return this != NOT_PROCESSED;
  }
}
