package eu.barrier.screening.decision;

import org.apiguardian.api.API;

/**
 * How well a legal point that Barrier builds on is established, as marked in Barrier's research
 * notes ({@code screening-and-transparency.md}). Only {@link #VERIFIED} points are in force by
 * default; the others stay off until a municipality, having checked the source, turns them on.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum EvidenceStatus {
  /** Read in the source itself ([V], [V-prior]). */
  VERIFIED("[V]"),
  /** Read only in a secondary source: a law firm, a vendor, an explainer ([V2]). */
  SECONDARY("[V2]"),
  /** From recollection, not checked against any source ([R]). */
  RECOLLECTED("[R]");

  private final String marker;

  EvidenceStatus(String marker) {
    this.marker = marker;
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
