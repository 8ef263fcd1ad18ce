package eu.barrier.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.package$;
import org.junit.jupiter.api.Test;

/**
 * {@code ./barrier-spark} runs the jobs on the Spark that {@code spark/runtime/pom.xml} resolves:
 * it must be the Spark the module is built and tested with.
 */
final class SparkRuntimeVersionTest {

  static final Pattern VERSION = Pattern.compile("<spark\\.version>([^<]+)</spark\\.version>");

  static String sparkVersion(Path pom) throws Exception {
    Matcher m = VERSION.matcher(Files.readString(pom, StandardCharsets.UTF_8));
    assertThat(m.find()).as("spark.version in %s", pom).isTrue();
    return m.group(1);
  }

  @Test
  void runtimePom_sparkVersion_equalsTheBuildsAndTheTestedSpark() throws Exception {
    String build = sparkVersion(Path.of("..", "pom.xml"));
    assertThat(sparkVersion(Path.of("runtime", "pom.xml"))).isEqualTo(build);
    assertThat(package$.MODULE$.SPARK_VERSION()).as("the Spark on the test class path").isEqualTo(build);
  }
}
