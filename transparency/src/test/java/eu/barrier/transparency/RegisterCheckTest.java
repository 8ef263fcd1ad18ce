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
 * Hand-edited Algoritmeregister records and supplier templates against the rules of publication
 * standard 1.0, from the vectors in {@code register-check-vectors.json}.
 */
final class RegisterCheckTest {

  private static final JsonNode VECTORS = JsonEdits.resource("register-check-vectors.json");
  private static final TransparencyDocuments DOCUMENTS = Transparency.generate(Fixtures.deployment().build());

  @TestFactory
  Stream<DynamicTest> check_handEditedRecord_reportsExactlyTheBrokenRules() {
    return vectors("record", DOCUMENTS.registerRecord(), DocumentKind.REGISTER_RECORD);
  }

  @TestFactory
  Stream<DynamicTest> check_handEditedTemplate_reportsExactlyTheBrokenRules() {
    return vectors("template", DOCUMENTS.supplierTemplate(), DocumentKind.SUPPLIER_TEMPLATE);
  }

  private static Stream<DynamicTest> vectors(String group, byte[] generated, DocumentKind kind) {
    JsonNode document = JsonEdits.parse(generated);
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode vector : VECTORS.get(group)) {
      tests.add(DynamicTest.dynamicTest(vector.get("comment").asString(), () -> {
        CheckReport report = Transparency.check(JsonEdits.bytes(JsonEdits.apply(document, vector)));
        assertThat(report.kind()).isEqualTo(kind);
        assertThat(JsonEdits.lines(report)).isEqualTo(JsonEdits.expected(vector));
      }));
    }
    return tests.stream();
  }

  @Test
  void check_vectorFile_coversEveryRecordErrorCode() {
    List<String> codes = new ArrayList<>();
    for (JsonNode group : List.of(VECTORS.get("record"), VECTORS.get("template"))) {
      for (JsonNode v : group) {
        v.get("expected").forEach(e -> codes.add(e.get(1).asString()));
      }
    }
    for (TransparencyError e : TransparencyError.values()) {
      if (e.code().startsWith("BARRIER-TRN-02") && e != TransparencyError.DOCUMENT_UNREADABLE) {
        assertThat(codes).as(e.name()).contains(e.code());
      }
    }
  }

  @Test
  void check_findingsOfEditedRecord_neverQuoteTheEditedValues() {
    String secret = "Jan Jansen, Dorpsstraat 1";
    JsonNode edited = JsonEdits.parse(DOCUMENTS.registerRecord()).deepCopy();
    ((tools.jackson.databind.node.ObjectNode) edited).put("status", secret).put("goal", "<a>" + secret + "</a>")
        .put("name", secret.repeat(10));
    CheckReport report = Transparency.check(JsonEdits.bytes(edited));

    assertThat(report.findings()).hasSize(3);
    assertThat(report.findings().toString()).doesNotContain("Jansen").doesNotContain("Dorpsstraat");
  }

  @Test
  void check_notJsonOrScalar_isUnknownWithOneFinding() {
    for (String doc : List.of("", "{", "\"tekst\"", "42", "{\"a\":1,\"a\":2}", "[1] x")) {
      CheckReport report = Transparency.check(doc.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      assertThat(report.kind()).as(doc).isEqualTo(DocumentKind.UNKNOWN);
      assertThat(report.findings()).as(doc).extracting(Finding::error)
          .containsExactly(TransparencyError.DOCUMENT_UNREADABLE);
    }
  }
}
