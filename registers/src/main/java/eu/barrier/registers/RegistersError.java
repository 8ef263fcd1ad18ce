package eu.barrier.registers;

import eu.barrier.core.ErrorCode;
import org.apiguardian.api.API;

/**
 * The stable error codes of {@code barrier-registers}.
 *
 * <p>Ranges: {@code 00xx} KBO Open Data extracts, {@code 01xx} the base document an update is
 * applied to, {@code 02xx} the activity-to-sector table, {@code 03xx} KvK documents, {@code 04xx}
 * municipal observation exports. Codes are never reused or renumbered. Row-level codes ({@code
 * 0006} to {@code 0009}, {@code 0012}) are counted and listed in a report, never thrown.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum RegistersError implements ErrorCode {

  // ---- 00xx KBO Open Data ----

  /** The extract (zip or folder) or one of its files could not be read. */
  KBO_UNREADABLE("BARRIER-REG-0001", "the KBO extract could not be read"),
  /** A file the extract must hold is missing. */
  KBO_FILE_MISSING("BARRIER-REG-0002", "a file the KBO extract must hold is missing"),
  /** A header does not list the cookbook's columns in the cookbook's order. */
  KBO_HEADER("BARRIER-REG-0003", "the header must list the columns of the KBO Open Data cookbook, in order"),
  /** meta.csv lacks a variable or has a value of the wrong form. */
  KBO_META("BARRIER-REG-0004", "meta.csv must give SnapshotDate, ExtractTimestamp, ExtractType, ExtractNumber and Version"),
  /** An update extract without a base, or a full extract with one. */
  KBO_EXTRACT_TYPE("BARRIER-REG-0005", "an update extract needs a base document; a full extract takes none"),
  /** A row has the wrong number of fields or a value of the wrong form. */
  KBO_ROW_MALFORMED("BARRIER-REG-0006", "row has the wrong number of fields or a value of the wrong form"),
  /** A row refers to an enterprise, establishment unit or branch absent from the extract. */
  KBO_ENTITY_ABSENT("BARRIER-REG-0007", "row refers to an entity absent from the extract"),
  /** A row repeats the key of an earlier row; the last one wins. */
  KBO_DUPLICATE("BARRIER-REG-0008", "row repeats the key of an earlier row; the last one wins"),
  /** A coded value is not listed in code.csv. */
  KBO_UNKNOWN_CODE("BARRIER-REG-0009", "coded value is not listed in code.csv"),
  /** The area filter is not valid. */
  KBO_AREA("BARRIER-REG-0010", "an area is a list of Belgian postcodes (1000 to 9999) or a known NIS code"),
  /** A zip archive breaks a limit. */
  KBO_ZIP_LIMIT("BARRIER-REG-0011", "a zip entry is larger than the limit, or the archive has too many entries"),
  /** An establishment unit entered the area through an update, and a filtered base lacks its other rows. */
  KBO_ENTERED_AREA("BARRIER-REG-0012",
      "unit entered the area through the update; rows the update does not repeat are not in a filtered base"),
  /** The syntax of a CSV file is broken (an unclosed quote); the rest of the file cannot be read. */
  KBO_CSV_SYNTAX("BARRIER-REG-0013", "CSV syntax is broken; the rest of the file is not read"),

  // ---- 01xx base document ----

  /** The base document is not a document this module wrote. */
  BASE_FORMAT("BARRIER-REG-0101", "the base must be a barrier-registers-kbo-v1 document"),
  /** The area requested differs from the base document's area. */
  BASE_AREA_MISMATCH("BARRIER-REG-0102", "an update keeps the area of its base document"),

  // ---- 02xx activity-to-sector table ----

  /** The activity-to-sector table breaks a rule. */
  MAPPING_INVALID("BARRIER-REG-0201", "the activity-to-sector table breaks a rule of its schema or lint"),

  // ---- 03xx KvK ----

  /** The KvK document is not JSON within limits. */
  KVK_JSON("BARRIER-REG-0301", "the KvK document must be JSON within limits"),
  /** A KvK field is missing or has the wrong form. */
  KVK_FIELD("BARRIER-REG-0302", "a KvK field is missing or has the wrong form"),

  // ---- 04xx municipal observation exports ----

  /** The CSV header is not the observation columns. */
  OBSERVATIONS_HEADER("BARRIER-REG-0401", "the header must be subject,indicator,observedOn,source,grading"),
  /** An observation row or object breaks a rule. */
  OBSERVATIONS_ROW("BARRIER-REG-0402", "observation breaks a rule of the export format"),
  /** A subject is not an identifier or subject key. */
  OBSERVATIONS_SUBJECT("BARRIER-REG-0403",
      "subject must be an identifier in a written form or a subject key such as be-establishment:<10 digits>");

  private final String code;
  private final String rule;

  RegistersError(String code, String rule) {
    this.code = code;
    this.rule = rule;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String rule() {
    return rule;
  }
}
