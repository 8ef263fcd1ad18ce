package eu.barrier.linkage.clk;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The outcome of encoding a CSV file with {@link ClkEncoder#encodeCsv}.
 *
 * @param records the number of records after the header
 * @param encoded the number of valid records, each passed to the sink
 * @param problems the problems of the invalid records, in file order, at most {@link
 *     ClkEncoder#MAX_REPORTED_PROBLEMS}
 * @param problemCount the number of problems, also those beyond the list's limit
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record EncodingReport(long records, long encoded, List<RecordProblem> problems, long problemCount) {

  /**
   * Copies the problems.
   *
   * @param records the number of records
   * @param encoded the number of valid records
   * @param problems the problems listed
   * @param problemCount the number of problems
   */
  public EncodingReport {
    problems = List.copyOf(problems);
  }

  /**
   * Tells whether every record was valid.
   *
   * @return whether there was no problem
   */
  public boolean valid() {
    return problemCount == 0;
  }
}
