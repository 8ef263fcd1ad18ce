package eu.barrier.screening.decision;

/** The Bibob degree of danger, as the authority judges it (with or without LBB advice). */
public enum DangerDegree {
  /** Ernstig gevaar (art. 3(1)). */
  SERIOUS,
  /** Mindere mate van gevaar (art. 3(7)). */
  LESSER,
  /** Geen gevaar. */
  NONE
}
