package eu.barrier.linkage.clk;

import eu.barrier.linkage.LinkageError;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One invalid value or record: where (row, line, field) and which rule, never the value.
 *
 * @param row the record number, from 1 for the first record after the header (0 for a record given
 *     alone to {@link ClkEncoder#encode})
 * @param line the 1-based line on which the record starts in its file, 0 when there is no file
 * @param field the 0-based index of the field, or -1 for a problem of the whole record
 * @param identifier the field's identifier, or {@code ""} for a problem of the whole record
 * @param error the rule that was broken
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record RecordProblem(long row, long line, int field, String identifier, LinkageError error) {

  /**
   * Checks the components.
   *
   * @param row the record number
   * @param line the line
   * @param field the field index or -1
   * @param identifier the identifier or {@code ""}
   * @param error the rule
   */
  public RecordProblem {
    Objects.requireNonNull(identifier, "identifier");
    Objects.requireNonNull(error, "error");
  }

  /**
   * Returns one line for people: {@code row 3 (line 4), field 'dob': CODE: rule}.
   *
   * @return the description, without the value
   */
  public String describe() {
    StringBuilder b = new StringBuilder("row ").append(row);
    if (line > 0) {
      b.append(" (line ").append(line).append(')');
    }
    if (field >= 0) {
      b.append(", field '").append(identifier).append('\'');
    }
    return b.append(": ").append(error.code()).append(": ").append(error.rule()).toString();
  }
}
