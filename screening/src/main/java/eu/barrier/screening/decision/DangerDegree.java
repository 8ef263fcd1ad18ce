package eu.barrier.screening.decision;

import org.apiguardian.api.API;

/** The Bibob degree of danger, as the authority judges it (with or without LBB advice). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum DangerDegree {
  /** Ernstig gevaar (art. 3(1)). */
  SERIOUS,
  /** Mindere mate van gevaar (art. 3(7)). */
  LESSER,
  /** Geen gevaar. */
  NONE
}
