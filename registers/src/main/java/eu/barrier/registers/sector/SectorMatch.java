package eu.barrier.registers.sector;

import eu.barrier.core.establishment.Sector;
import org.apiguardian.api.API;

/**
 * The entry of the sector table that matched a code: the longest prefix of the code's digits that
 * the table lists for the code's list.
 *
 * @param sector the sector
 * @param codeList the code list
 * @param matchedCode the code of the entry, a prefix of (or equal to) the code asked for
 * @param verified whether the entry was verified against its code list
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record SectorMatch(Sector sector, CodeList codeList, String matchedCode, boolean verified) {}
