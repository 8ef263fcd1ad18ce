package eu.barrier.cli;

import eu.barrier.workbench.evaluation.ProgressListener;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * A progress bar on standard error: it appears only once the work has taken more than a second,
 * redraws at most ten times a second, and never writes to standard output. {@code --quiet} turns
 * it off.
 */
final class ProgressBar implements ProgressListener {

  private static final long SHOW_AFTER_NANOS = 1_000_000_000L;
  private static final long REDRAW_NANOS = 100_000_000L;
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final boolean enabled;
  private final long start = System.nanoTime();
  private long lastDraw;
  private boolean drawn;
  private int lastLength;

  ProgressBar(PrintWriter err, boolean quiet) {
    this.err = err;
    this.enabled = !quiet;
  }

  @Override
  public void progress(String stage, long done, long total) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (now - start < SHOW_AFTER_NANOS || (drawn && now - lastDraw < REDRAW_NANOS && done < total)) {
      return;
    }
    lastDraw = now;
    double fraction = total <= 0 ? 1 : Math.min(1, (double) done / total);
    int filled = (int) Math.round(fraction * WIDTH);
    String line = String.format(Locale.ROOT, "\r[%s%s] %3d%% %s", "#".repeat(filled), "-".repeat(WIDTH - filled),
        Math.round(fraction * 100), stage);
    String padded = line.length() < lastLength ? line + " ".repeat(lastLength - line.length()) : line;
    lastLength = line.length();
    err.print(padded);
    err.flush();
    drawn = true;
  }

  /** Ends the bar with a line break if it was drawn. */
  void finish() {
    if (drawn) {
      err.print("\r" + " ".repeat(lastLength) + "\r");
      err.flush();
      drawn = false;
    }
  }
}
