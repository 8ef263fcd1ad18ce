package eu.barrier.registers.kbo;

import eu.barrier.core.establishment.Sector;
import eu.barrier.registers.sector.CodeList;
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
}
