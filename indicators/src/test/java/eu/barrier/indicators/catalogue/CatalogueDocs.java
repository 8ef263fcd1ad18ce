package eu.barrier.indicators.catalogue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Builds small synthetic catalogue documents for tests. */
final class CatalogueDocs {

  static final JsonMapper MAPPER = JsonMapper.builder().build();

  private CatalogueDocs() {}

  /** A valid, lint-clean establishment catalogue with one indicator. */
  static ObjectNode minimal() {
    return (ObjectNode) MAPPER.readTree("""
        {
          "format": "barrier-catalogue-v1",
          "id": "test-catalogue",
          "version": "1.2.3",
          "title": {"nl": "Test", "fr": "Test", "en": "Test"},
          "description": {"nl": "Een test.", "fr": "Un test.", "en": "A test."},
          "subjectKind": "establishment",
          "purpose": "automated-scoring",
          "childProtection": false,
          "provenance": {
            "verification": "unverified",
            "sources": [{"id": "src-1", "title": "A source", "url": "https://example.org/a", "date": "2024-02"}],
            "notes": "Synthetic."
          },
          "indicators": [
            {
              "id": "T-01",
              "label": {"nl": "Openingsuren buiten de vergunning", "fr": "Heures d'ouverture au-delà du permis",
                        "en": "Opening hours beyond the permit"},
              "description": {"en": "Open beyond the permitted hours."},
              "category": "work",
              "strength": "medium",
              "observedBy": ["permit-desk", "local-police"],
              "sectors": ["night-shop"],
              "basis": "behaviour",
              "sources": ["src-1"]
            }
          ]
        }
        """);
  }

  /** The first indicator of a document. */
  static ObjectNode firstIndicator(ObjectNode doc) {
    return (ObjectNode) doc.get("indicators").get(0);
  }

  /** Appends a copy of the first indicator with a new id and returns it. */
  static ObjectNode addIndicator(ObjectNode doc, String id) {
    ObjectNode copy = firstIndicator(doc).deepCopy();
    copy.put("id", id);
    ((ArrayNode) doc.get("indicators")).add(copy);
    return copy;
  }

  static byte[] bytes(JsonNode doc) {
    return MAPPER.writeValueAsBytes(doc);
  }

  static Catalogue load(JsonNode doc) {
    return Catalogues.load(new ByteArrayInputStream(bytes(doc)));
  }

  static Catalogue loadDraft(JsonNode doc) {
    return Catalogues.loadDraft(new ByteArrayInputStream(bytes(doc)));
  }

  static Catalogue loadDraft(String json) {
    return Catalogues.loadDraft(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }
}
