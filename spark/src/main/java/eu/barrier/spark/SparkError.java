package eu.barrier.spark;

import eu.barrier.core.ErrorCode;
import java.util.Objects;

/**
 * The stable error codes of {@code barrier-spark}.
 *
 * <p>Ranges: {@code 00xx} secrets and inputs of every job, {@code 01xx} screening and the KBO
 * extract, {@code 02xx} pseudonymisation, {@code 03xx} linkage. Codes are never reused or
 * renumbered. Every code is listed in {@code docs/error-codes.md}.
 */
public enum SparkError implements ErrorCode {

  /** A secret file could not be read where it was expected. */
  SECRET_UNREADABLE("BARRIER-SPK-0001", "a secret file is a readable regular file of at most 1 MiB"),
  /** An input table lacks a column the function needs, or has it with another type. */
  INPUT_COLUMNS("BARRIER-SPK-0002", "an input table has the columns the function names, as strings"),

  /** A KBO extract file is missing or has another header than the cookbook's. */
  KBO_FILE("BARRIER-SPK-0101",
      "a KBO Open Data full extract has establishment.csv, enterprise.csv and activity.csv with the cookbook's headers"),
  /** An establishment row that cannot be screened: bad number or sector. */
  ESTABLISHMENT_ROW("BARRIER-SPK-0102",
      "an establishment row has a subject key of [A-Za-z0-9._:-] (1 to 128) and a Barrier sector id"),

  /** Pseudonymisation was asked for a column that is not there. */
  PSEUDONYMISE_COLUMN("BARRIER-SPK-0201", "each column to pseudonymise exists and holds strings"),

  /** A record id that is not a row index. */
  RECORD_ID("BARRIER-SPK-0301", "record ids are distinct integers from 0 to 2^31 - 2"),
  /** A records file whose splits held other records when numbered than when counted. */
  RECORDS_CHANGED("BARRIER-SPK-0302", "a records file does not change while a job reads it");

  private final String code;
  private final String rule;

  SparkError(String code, String rule) {
    this.code = Objects.requireNonNull(code);
    this.rule = Objects.requireNonNull(rule);
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
