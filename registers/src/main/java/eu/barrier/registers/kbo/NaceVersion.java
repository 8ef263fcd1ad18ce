package eu.barrier.registers.kbo;

import eu.barrier.registers.sector.CodeList;
import java.util.Optional;
import org.apiguardian.api.API;

/** The NACE version of a KBO activity row ({@code NaceVersion}); one entity may have rows of all three. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum NaceVersion {
  /** NACE-BEL 2003 (code table {@code Nace2003}); no sector is derived from it. */
  NACE_2003("2003", "Nace2003", null),
  /** NACE-BEL 2008 (code table {@code Nace2008}). */
  NACE_2008("2008", "Nace2008", CodeList.NACE_BEL_2008),
  /** NACE-BEL 2025 (code table {@code Nace2025}). */
  NACE_2025("2025", "Nace2025", CodeList.NACE_BEL_2025);

  private final String code;
  private final String codeTable;
  private final CodeList codeList;

  NaceVersion(String code, String codeTable, CodeList codeList) {
    this.code = code;
    this.codeTable = codeTable;
    this.codeList = codeList;
  }

  /**
   * Returns the value in the {@code NaceVersion} column.
   *
   * @return {@code 2003}, {@code 2008} or {@code 2025}
   */
  public String code() {
    return code;
  }

  /**
   * Returns the code.csv category of this version's codes.
   *
   * @return for example {@code Nace2025}
   */
  public String codeTable() {
    return codeTable;
  }

  /**
   * Returns the sector table's code list for this version.
   *
   * @return the list; empty for 2003
   */
  public Optional<CodeList> codeList() {
    return Optional.ofNullable(codeList);
  }

  /**
   * Returns the version with the given column value.
   *
   * @param code the column value
   * @return the version, or empty
   */
  public static Optional<NaceVersion> of(String code) {
    for (NaceVersion v : values()) {
      if (v.code.equals(code)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
