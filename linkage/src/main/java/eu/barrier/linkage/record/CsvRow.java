package eu.barrier.linkage.record;

import java.util.List;
import org.apiguardian.api.API;

/**
 * One record of a CSV file.
 *
 * @param number the record number: 0 for the header, 1 for the first record after it
 * @param line the 1-based line on which the record starts (a quoted field may span lines)
 * @param values the values, unchanged (no trimming)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record CsvRow(long number, long line, List<String> values) {

  /**
   * Copies the values.
   *
   * @param number the record number
   * @param line the line
   * @param values the values
   */
  public CsvRow {
    values = List.copyOf(values);
  }

  /**
   * Returns the record number and line, never the values.
   *
   * @return a description without personal data
   */
  @Override
  public String toString() {
    return "CsvRow[" + number + ", line " + line + ", " + values.size() + " values]";
  }
}
