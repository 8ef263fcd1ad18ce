package eu.barrier.spark;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/**
 * The one {@code local[2]} Spark session of the test JVM: starting Spark takes seconds, so every
 * test class shares it. Event logging is on, into {@link #EVENT_LOG}, so that a test can check what
 * a real cluster's history server would keep.
 */
public final class LocalSpark {

  /** Where the session writes its event log. */
  public static final Path EVENT_LOG = Path.of("target", "spark-events").toAbsolutePath();

  private static SparkSession session;

  private LocalSpark() {}

  /**
   * Returns the shared session.
   *
   * @return the session
   */
  public static synchronized SparkSession session() {
    if (session == null) {
      try {
        java.nio.file.Files.createDirectories(EVENT_LOG);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      session = SparkSession.builder().master("local[2]").appName("barrier-spark-tests")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "4")
          .config("spark.default.parallelism", "4")
          .config("spark.sql.adaptive.enabled", "false")
          .config("spark.eventLog.enabled", "true")
          .config("spark.eventLog.dir", EVENT_LOG.toUri().toString())
          .config("spark.eventLog.compress", "false")
          .config("spark.eventLog.rolling.enabled", "false")
          .getOrCreate();
    }
    return session;
  }
}
