package eu.barrier.workbench.evaluation;

import org.apiguardian.api.API;

/**
 * Receives progress of long work, for example to draw a progress bar. Called on the working
 * thread; must be quick and must not throw.
 */
@FunctionalInterface
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface ProgressListener {

  /** A listener that ignores everything. */
  ProgressListener NONE = (stage, done, total) -> { };

  /**
   * Reports progress.
   *
   * @param stage a short English name of the current stage, for example {@code scoring}
   * @param done units of work done in this stage
   * @param total units of work in this stage
   */
  void progress(String stage, long done, long total);
}
