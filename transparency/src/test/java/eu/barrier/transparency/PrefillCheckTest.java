package eu.barrier.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * Hand-edited DPIA and IAMA prefill files against the answer format and the questions of the
 * assessment tool, from the vectors in {@code prefill-check-vectors.json}.
 */
final class PrefillCheckTest {

  private static final JsonNode VECTORS = JsonEdits.resource("prefill-check-vectors.json");
  private static final TransparencyDocuments DOCUMENTS = Transparency.generate(Fixtures.deployment().build());

  @TestFactory
  Stream<DynamicTest> check_handEditedPrefill_reportsExactlyTheBrokenRules() {
    JsonNode dpia = JsonEdits.parse(DOCUMENTS.dpiaPrefill());
    JsonNode iama = JsonEdits.parse(DOCUMENTS.iamaPrefill());
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode vector : VECTORS.get("vectors")) {
      boolean isDpia = vector.get("document").asString().equals("dpia");
      tests.add(DynamicTest.dynamicTest(vector.get("comment").asString(), () -> {
        CheckReport report = Transparency.check(JsonEdits.bytes(JsonEdits.apply(isDpia ? dpia : iama, vector)));
        assertThat(JsonEdits.lines(report)).isEqualTo(JsonEdits.expected(vector));
      }));
    }
    return tests.stream();
  }

  @Test
  void check_vectorFile_coversEveryPrefillErrorCode() {
    List<String> codes = new ArrayList<>();
    for (JsonNode v : VECTORS.get("vectors")) {
      v.get("expected").forEach(e -> codes.add(e.get(1).asString()));
    }
    for (TransparencyError e : TransparencyError.values()) {
      if (e.code().startsWith("BARRIER-TRN-03")) {
        assertThat(codes).as(e.name()).contains(e.code());
      }
    }
  }

  @Test
  void check_generatedFiles_areOfTheirKind() {
    assertThat(Transparency.check(DOCUMENTS.dpiaPrefill()).kind()).isEqualTo(DocumentKind.DPIA_PREFILL);
    assertThat(Transparency.check(DOCUMENTS.iamaPrefill()).kind()).isEqualTo(DocumentKind.IAMA_PREFILL);
  }
}
