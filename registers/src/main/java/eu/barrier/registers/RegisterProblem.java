package eu.barrier.registers;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One problem found while reading a register file: where (file and line, or a JSON Pointer), which
 * rule, and a detail that names the rule, never a value.
 *
 * @param file the file name, for example {@code activity.csv}
 * @param line the 1-based line number, or {@code 0} when the problem is not on one line
 * @param pointer the JSON Pointer for JSON input, or {@code ""}
 * @param error the rule that was broken
 * @param detail what was wrong, naming columns and rules only
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record RegisterProblem(String file, long line, String pointer, RegistersError error, String detail) {

  /**
   * Creates a problem.
   *
   * @param file the file name
   * @param line the line, or 0
   * @param pointer the JSON Pointer, or {@code ""}
   * @param error the rule
   * @param detail the detail, without values
   */
  public RegisterProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(detail, "detail");
  }

  /**
   * Returns a problem on a line of a CSV file.
   *
   * @param file the file name
   * @param line the line
   * @param error the rule
   * @param detail the detail, without values
   * @return the problem
   */
  public static RegisterProblem at(String file, long line, RegistersError error, String detail) {
    return new RegisterProblem(file, line, "", error, detail);
  }

  /**
   * Returns one line: {@code file:line: CODE: detail} (or {@code file pointer: …}).
   *
   * @return the description, without values
   */
  @Override
  public String toString() {
    String where = !pointer.isEmpty() ? file + " " + pointer : line > 0 ? file + ":" + line : file;
    return where + ": " + error.code() + ": " + detail;
  }
}
