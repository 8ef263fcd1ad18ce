package eu.barrier.linkage.clk;

import eu.barrier.linkage.LinkageError;
import eu.barrier.linkage.LinkageException;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Thrown by {@link ClkEncoder#encode} for a record that is not valid for the schema. Its code is
 * {@link LinkageError#RECORDS_INVALID}; {@link #problems()} names every invalid field and its rule,
 * never a value.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class InvalidRecordException extends LinkageException {

  private static final long serialVersionUID = 1L;

  private final transient List<RecordProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems, at least one
   */
  public InvalidRecordException(List<RecordProblem> problems) {
    super(LinkageError.RECORDS_INVALID, problems.get(0).describe()
        + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns every problem of the record.
   *
   * @return the problems; empty only after Java deserialization
   */
  public List<RecordProblem> problems() {
    return problems == null ? List.of() : problems;
  }
}
