package eu.barrier.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.barrier.core.json.BarrierJson;
import eu.barrier.core.json.JsonFormatException;
import eu.barrier.core.observation.SubjectKind;
import eu.barrier.core.observation.SubjectReference;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.junit.jupiter.api.Test;

/**
 * Spark's Jackson 2 ({@code com.fasterxml.jackson}) and Barrier's Jackson 3 ({@code tools.jackson})
 * in one JVM, inside one Spark task: Barrier's strict codec keeps its rules, Spark's own mapper
 * keeps its defaults, and the shared {@code jackson-annotations} serves both.
 */
final class JacksonSideBySideTest {

  static final String DUPLICATE = "{\"kind\":\"establishment\",\"key\":\"a\",\"key\":\"b\"}";
  static final String VALID = "{\"kind\":\"establishment\",\"key\":\"be-establishment:2999000171\"}";

  /** Runs both codecs in a task and reports what each did. */
  static final class BothCodecs implements FlatMapFunction<Iterator<Integer>, String> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<String> call(Iterator<Integer> ignored) throws Exception {
      BarrierJson strict = BarrierJson.create();
      String barrierDuplicate;
      try {
        strict.read(DUPLICATE.getBytes(StandardCharsets.UTF_8), SubjectReference.class);
        barrierDuplicate = "accepted";
      } catch (JsonFormatException e) {
        barrierDuplicate = "refused " + e.code();
      }
      SubjectReference ref = strict.read(VALID.getBytes(StandardCharsets.UTF_8), SubjectReference.class);
      String roundTrip = strict.writeString(ref);
      @SuppressWarnings("unchecked")
      Map<String, Object> lenient = new ObjectMapper().readValue(DUPLICATE, Map.class);
      return List.of(barrierDuplicate, ref.kind().name() + " " + roundTrip, "jackson2 " + lenient.get("key"),
          "jackson3 " + tools.jackson.databind.ObjectMapper.class.getPackage().getImplementationVersion(),
          "jackson2 " + com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION).iterator();
    }
  }

  @Test
  void strictJsonInsideASparkTask_keepsItsRulesBesideSparksJackson2() {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(LocalSpark.session().sparkContext());
    List<String> seen = jsc.parallelize(List.of(1, 2), 2).mapPartitions(new BothCodecs()).collect();
    assertThat(seen).hasSize(10);
    assertThat(seen.get(0)).startsWith("refused BARRIER-CORE-01");
    assertThat(seen.get(1)).isEqualTo(SubjectKind.ESTABLISHMENT.name() + " " + VALID);
    assertThat(seen.get(2)).as("Spark's Jackson 2 keeps its own defaults: the last key wins").isEqualTo("jackson2 b");
    assertThat(seen.get(3)).startsWith("jackson3 3.");
    assertThat(seen.get(4)).startsWith("jackson2 2.");
  }
}
