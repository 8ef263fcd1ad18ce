package eu.barrier.registers.kbo;

import org.apiguardian.api.API;

/**
 * Hears how far a long read has come. Calls carry file names and counts only, never data, so a
 * listener may print them.
 */
@FunctionalInterface
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface KboProgress {

  /** A listener that ignores everything. */
  KboProgress NONE = (pass, passes, file, rows) -> {};

  /**
   * Called every 1,000,000 rows and at the end of each file.
   *
   * @param pass the pass, from 1
   * @param passes the number of passes
   * @param file the file being read
   * @param rows the rows read from it so far
   */
  void rows(int pass, int passes, String file, long rows);
}
