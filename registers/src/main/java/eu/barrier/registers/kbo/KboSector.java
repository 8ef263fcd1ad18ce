package eu.barrier.registers.kbo;

import eu.barrier.core.establishment.Sector;
import eu.barrier.registers.sector.CodeList;
import eu.barrier.registers.sector.SectorMapping;
import eu.barrier.registers.sector.SectorMatch;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The sector derived for an establishment unit, and what it was derived from.
 *
 * <p>Rule: take the main ({@code MAIN}) activities of the unit, or, if it has none, those of its
 * enterprise. Of these, look up the NACE-BEL 2025 codes in the sector table, else the 2008 codes
 * (2003 codes are never used). If several map, the sector first in the order of {@link Sector}
 * wins, then the lowest code. If there are main activities but none maps, the sector is {@link
 * Sector#OTHER}; so it is without any main activity. A night shop is never derived.
 *
 * @param sector the sector
 * @param level where the activities came from
 * @param codeList the code list of the matching code, or {@code null} when nothing matched
 * @param code the NACE code that matched, or {@code null}
 * @param verified whether the matching table entry is verified against its code list
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record KboSector(Sector sector, Level level, CodeList codeList, String code, boolean verified) {

  /** Where the activities a sector was derived from belong. */
  public enum Level {
    /** The unit's own main activities. */
    ESTABLISHMENT,
    /** The enterprise's main activities (the unit has none). */
    ENTERPRISE,
    /** No main activity at either level. */
    NONE
  }

  /**
   * Creates an assignment.
   *
   * @param sector the sector
   * @param level the level
   * @param codeList the code list, or {@code null}
   * @param code the code, or {@code null}
   * @param verified whether verified
   */
  public KboSector {
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(level, "level");
  }

  /**
   * Derives the sector of an establishment unit by the rule of the class comment; {@link KboReader}
   * uses it for every unit, and so can a reader of the same files on another engine (such as Apache
   * Spark), so that both derive the same sector.
   *
   * @param unitActivities the unit's own activities, in any order
   * @param enterpriseActivities the activities of its enterprise, in any order; empty when the
   *     enterprise is absent from the extract
   * @param mapping the activity-to-sector table
   * @return the sector and what it was derived from
   */
  public static KboSector derive(List<KboActivity> unitActivities, List<KboActivity> enterpriseActivities,
      SectorMapping mapping) {
    Objects.requireNonNull(mapping, "mapping");
    Level level = Level.ESTABLISHMENT;
    List<KboActivity> main = unitActivities.stream().filter(a -> a.classification() == KboClassification.MAIN)
        .toList();
    if (main.isEmpty()) {
      level = Level.ENTERPRISE;
      main = enterpriseActivities.stream().filter(a -> a.classification() == KboClassification.MAIN).toList();
    }
    if (main.isEmpty()) {
      return new KboSector(Sector.OTHER, Level.NONE, null, null, false);
    }
    for (NaceVersion version : new NaceVersion[] {NaceVersion.NACE_2025, NaceVersion.NACE_2008}) {
      SectorMatch best = null;
      String bestCode = null;
      for (KboActivity a : main) {
        if (a.version() != version) {
          continue;
        }
        SectorMatch m = mapping.match(version.codeList().orElseThrow(), a.naceCode()).orElse(null);
        if (m != null && (best == null || m.sector().ordinal() < best.sector().ordinal()
            || (m.sector() == best.sector() && a.naceCode().compareTo(bestCode) < 0))) {
          best = m;
          bestCode = a.naceCode();
        }
      }
      if (best != null) {
        return new KboSector(best.sector(), level, best.codeList(), bestCode, best.verified());
      }
    }
    return new KboSector(Sector.OTHER, level, null, null, false);
  }
}
