package eu.barrier.cli.screen;

import eu.barrier.core.establishment.Sector;
import eu.barrier.core.observation.Observation;
import eu.barrier.indicators.scoring.Assessment;
import eu.barrier.indicators.scoring.Outcome;
import java.util.List;
import java.util.Objects;

/**
 * One establishment after screening: the highest level of its assessments, the sum of their
 * scores, the assessments themselves (one per catalogue that applies to its sector), the reasons
 * ranked by points, and the indicator ids it carried that no applied catalogue holds.
 *
 * @param key the subject key, for example {@code be-establishment:2999000171}
 * @param sector the sector
 * @param level the highest level over the assessments
 * @param scoreMilli the sum of the assessment scores, in thousandths of a point
 * @param assessments one assessment per applied catalogue, in catalogue order
 * @param reasons the contributing indicators, most points first
 * @param notScored the indicator ids observed but held by no applied catalogue, sorted
 * @param scored the observations the assessments counted, in input order
 */
public record ScreenedEstablishment(String key, Sector sector, Outcome level, long scoreMilli,
    List<Assessment> assessments, List<Reason> reasons, List<String> notScored, List<Observation> scored) {

  /**
   * Checks and copies.
   *
   * @param key the key
   * @param sector the sector
   * @param level the level
   * @param scoreMilli the score
   * @param assessments the assessments
   * @param reasons the reasons
   * @param notScored the indicator ids not scored
   * @param scored the observations counted
   */
  public ScreenedEstablishment {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(level, "level");
    assessments = List.copyOf(assessments);
    reasons = List.copyOf(reasons);
    notScored = List.copyOf(notScored);
    scored = List.copyOf(scored);
  }

  /**
   * Returns the rank of a level: high 3, medium 2, low 1, anything else 0.
   *
   * @param level the level
   * @return the rank
   */
  public static int rank(Outcome level) {
    switch (level) {
      case HIGH:
        return 3;
      case MEDIUM:
        return 2;
      case LOW:
        return 1;
      default:
        return 0;
    }
  }

  /**
   * Returns the sector and level; never the key.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "ScreenedEstablishment[sector=" + sector + ", level=" + level + ", redacted]";
  }
}
