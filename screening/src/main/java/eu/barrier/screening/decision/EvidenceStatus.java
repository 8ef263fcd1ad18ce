package eu.barrier.screening.decision;

import org.apiguardian.api.API;

/**
 * How well a legal point that Barrier builds on is established, rated by the claims rule of {@code
 * docs/claims.md} (whose statuses are {@link #claimStatus()}). Only {@link #VERIFIED} points are in
 * force by default; the others stay off until a municipality, having checked the source, turns
 * them on.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum EvidenceStatus {
  /**
   * Read in the legal text itself, or in an official publication of the body that made or applies
   * it ([V], [V-prior] on such a source).
   */
  VERIFIED("[V]", "verified"),
  /**
   * Read only in a third party's account: a law firm, an association, a publisher, an explainer
   * ([V2], or [V] on such a source).
   */
  SECONDARY("[V2]", "secondary"),
  /** Not checked against any source: recollection ([R]) or Barrier's own reading ([I]). */
  RECOLLECTED("[R]", "unverified");

  private final String marker;
  private final String claimStatus;

  EvidenceStatus(String marker, String claimStatus) {
    this.marker = marker;
    this.claimStatus = claimStatus;
  }

  /**
   * Returns the status word of the claims rule ({@code docs/claims.md}), as the documentation
   * writes it in {@code [source: ...; status: ...]} and in status columns.
   *
   * @return {@code verified}, {@code secondary} or {@code unverified}
   */
  public String claimStatus() {
    return claimStatus;
  }

  /**
   * Returns the marker used in the research notes and the documentation.
   *
   * @return for example {@code [V]}
   */
  public String marker() {
    return marker;
  }

  /**
   * Tells whether a point with this status is in force without a municipality turning it on.
   *
   * @return {@code true} for {@link #VERIFIED} only
   */
  public boolean inForceByDefault() {
    return this == VERIFIED;
  }
}
