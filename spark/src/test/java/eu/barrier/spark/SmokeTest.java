package eu.barrier.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

final class SmokeTest {
  @Test
  void spark_local2_counts() {
    SparkSession s = SparkSession.builder().master("local[2]").appName("smoke")
        .config("spark.ui.enabled", "false").getOrCreate();
    assertThat(s.range(0, 1000).count()).isEqualTo(1000);
    s.stop();
  }
}
