package eu.barrier.transparency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.barrier.indicators.catalogue.Catalogues;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Reading back the workbench's metrics document: faithful and strict. */
final class EvaluationMetricsTest {

  @Test
  void read_workbenchOutput_givesItsFigures() {
    byte[] bytes = Fixtures.metrics();
    JsonNode tree = JsonEdits.parse(bytes);

    EvaluationMetrics m = EvaluationMetrics.read(bytes);

    assertThat(m.subjects()).isEqualTo(tree.at("/data/subjects").asLong()).isEqualTo(600);
    assertThat(m.positives()).isEqualTo(tree.at("/data/positives").asLong());
    assertThat(m.dataProvenance()).containsEntry("generator", "barrier-synth-v2").containsEntry("country", "NL");
    assertThat(m.fourFifthsThreshold()).isEqualTo(0.8);
    assertThat(m.sha256()).hasSize(64);
    assertThat(m.scorers()).hasSize(2);
    EvaluationMetrics.Scorer admin = m.scorers().get(0);
    assertThat(admin.catalogueId()).isEqualTo("barrier-admin");
    assertThat(admin.catalogueSha256()).isEqualTo(Catalogues.hashedBuiltIn("barrier-admin").sha256());
    assertThat(admin.modelId()).isEqualTo("weighted");
    assertThat(admin.rocAuc().value()).isEqualTo(tree.at("/scorers/0/rocAuc/value").asDouble());
    assertThat(admin.rocAuc().replicates()).isEqualTo(50);
    assertThat(admin.levels()).extracting(EvaluationMetrics.Level::level).containsExactly("low", "medium", "high");
    for (int i = 0; i < admin.fairness().size(); i++) {
      JsonNode f = tree.at("/scorers/0/fairness/" + i);
      EvaluationMetrics.Fairness read = admin.fairness().get(i);
      assertThat(read.fourFifthsViolated()).isEqualTo(f.get("fourFifthsViolated").asBoolean());
      assertThat(Double.isNaN(read.flagRateRatio())).isEqualTo(f.get("flagRateRatio").isNull());
    }
    assertThat(m.scorer(admin.catalogueSha256(), "weighted")).contains(admin);
    assertThat(m.scorer(admin.catalogueSha256(), "ilo-2009")).isEmpty();
  }

  @Test
  void read_editedDocuments_refusedWithThePath() {
    JsonNode tree = JsonEdits.parse(Fixtures.metrics());
    assertRefused(edit(tree, "/data", n -> n.put("extra", 1)), "/data/*"); // an undeclared member is never named: its name comes from the input
    assertRefused(edit(tree, "/data", n -> n.remove("subjects")), "/data/subjects");
    assertRefused(edit(tree, "", n -> n.put("format", "barrier-evaluation-v2")), "/format");
    assertRefused(edit(tree, "/scorers/0/rocAuc", n -> n.put("value", "0.9")), "/scorers/0/rocAuc/value");
    assertRefused(edit(tree, "/scorers/0", n -> n.putArray("roc").add(1)), "/scorers/0/roc");
    assertRefused(edit(tree, "/scorers/0/provenance", n -> n.remove("catalogue.sha256")), "/scorers/0/provenance");
    assertRefused(edit(tree, "/scorers/0/levelResults/0", n -> n.put("truePositives", -1)),
        "/scorers/0/levelResults/0/truePositives");
    String infinite = new String(Fixtures.metrics(), StandardCharsets.UTF_8)
        .replaceFirst("\"prevalence\": [0-9.]+", "\"prevalence\": 1e999");
    assertThatThrownBy(() -> EvaluationMetrics.read(infinite.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(TransparencyException.class,
            e -> assertThat(e.findings()).extracting(Finding::path).contains("/data/prevalence"));
  }

  private static byte[] edit(JsonNode tree, String at, java.util.function.Consumer<ObjectNode> change) {
    JsonNode copy = tree.deepCopy();
    change.accept((ObjectNode) copy.at(at));
    return JsonEdits.bytes(copy);
  }

  private static void assertRefused(byte[] document, String path) {
    assertThatThrownBy(() -> EvaluationMetrics.read(document)).isInstanceOfSatisfying(TransparencyException.class, e -> {
      assertThat(e.error()).isEqualTo(TransparencyError.EVALUATION_MALFORMED);
      assertThat(e.findings()).extracting(Finding::path).contains(path);
    });
  }

  /** The one failure type: any corruption of a valid document gives a TransparencyException or reads. */
  @Property(tries = 200)
  void read_corruptedDocument_throwsOnlyTransparencyException(@ForAll @IntRange(min = 0, max = 1_000_000) int at,
      @ForAll byte value, @ForAll boolean truncate) {
    byte[] bytes = Fixtures.metrics();
    int i = at % bytes.length;
    byte[] corrupt = truncate ? Arrays.copyOf(bytes, i) : bytes.clone();
    if (!truncate) {
      corrupt[i] = value;
    }
    try {
      EvaluationMetrics.read(corrupt);
    } catch (TransparencyException e) {
      assertThat(e.findings()).isNotEmpty().allMatch(f -> f.error() == TransparencyError.EVALUATION_MALFORMED);
    }
  }
}
