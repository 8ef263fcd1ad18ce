package eu.barrier.indicators.catalogue;

import eu.barrier.core.Language;
import eu.barrier.core.observation.SubjectKind;
import eu.barrier.core.establishment.Sector;
import eu.barrier.core.observation.Agency;
import static eu.barrier.indicators.catalogue.CatalogueDocs.firstIndicator;
import static eu.barrier.indicators.catalogue.CatalogueDocs.loadDraft;
import static eu.barrier.indicators.catalogue.CatalogueDocs.minimal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.barrier.core.BarrierException;
import eu.barrier.indicators.IndicatorsError;
import eu.barrier.indicators.catalogue.CatalogueFormatException.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

final class CatalogueLoadingTest {

  private static final String SENTINEL = "SENTINEL-VALUE-4711";

  private static CatalogueFormatException draftFails(ObjectNode doc) {
    return catchThrowableOfType(CatalogueFormatException.class, () -> loadDraft(doc));
  }

  private static CatalogueFormatException draftFails(String json) {
    return catchThrowableOfType(CatalogueFormatException.class, () -> loadDraft(json));
  }

  private static void assertSingle(CatalogueFormatException e, String path, IndicatorsError error) {
    assertThat(e).isNotNull();
    assertThat(e.problems()).extracting(Problem::path, Problem::error).containsExactly(
        org.assertj.core.groups.Tuple.tuple(path, error));
    assertThat(e.code()).isEqualTo(error.code());
    assertThat(e).isInstanceOf(BarrierException.class);
  }

  @Test
  void load_minimalDocument_returnsCatalogue() {
    Catalogue catalogue = CatalogueDocs.load(minimal());

    assertThat(catalogue.id()).isEqualTo("test-catalogue");
    assertThat(catalogue.version()).isEqualTo(new SemanticVersion(1, 2, 3));
    assertThat(catalogue.subjectKind()).isEqualTo(SubjectKind.ESTABLISHMENT);
    assertThat(catalogue.purpose()).isEqualTo(Purpose.AUTOMATED_SCORING);
    assertThat(catalogue.provenance().sources()).singleElement()
        .satisfies(s -> assertThat(s.date()).contains("2024-02"));
    Indicator indicator = catalogue.indicator("T-01").orElseThrow();
    assertThat(indicator.observedBy()).containsExactly(Agency.PERMIT_DESK, Agency.LOCAL_POLICE);
    assertThat(indicator.sectors()).containsExactly(Sector.NIGHT_SHOP);
    assertThat(indicator.appliesTo(Sector.NIGHT_SHOP)).isTrue();
    assertThat(indicator.appliesTo(Sector.CARWASH)).isFalse();
    assertThat(indicator.description().in(Language.NL)).isEqualTo("Open beyond the permitted hours.");
    assertThat(catalogue.indicator("T-99")).isEmpty();
    assertThat(catalogue).hasToString("Catalogue[test-catalogue@1.2.3, 1 indicators]");
  }

  @Test
  void load_malformedJson_throwsWithItsPath() {
    CatalogueFormatException e = draftFails("{\"format\": \"barrier-catalogue-v1\",\n \"id\": }");

    // issue 16: the syntax stage reads a JSON tree, which declares no names: none is echoed
    assertSingle(e, "/*", IndicatorsError.MALFORMED_JSON);
    assertThat(e.problems().get(0).message()).contains("BARRIER-CORE-0101");
  }

  @Test
  void load_trailingData_throwsMalformed() {
    String json = new String(CatalogueDocs.bytes(minimal()), StandardCharsets.UTF_8) + " {}";

    assertSingle(draftFails(json), "", IndicatorsError.MALFORMED_JSON);
  }

  @Test
  void load_emptyDocument_throwsMalformed() {
    assertSingle(draftFails(""), "", IndicatorsError.MALFORMED_JSON);
    assertSingle(draftFails("   "), "", IndicatorsError.MALFORMED_JSON);
  }

  @Test
  void load_duplicateKey_throwsDuplicateKey() {
    String json = new String(CatalogueDocs.bytes(minimal()), StandardCharsets.UTF_8)
        .replaceFirst("\"id\":\"test-catalogue\"", "\"id\":\"test-catalogue\",\"id\":\"other\"");

    assertSingle(draftFails(json), "/*", IndicatorsError.DUPLICATE_KEY);
  }

  @Test
  void load_nonObjectRoot_throwsWrongType() {
    assertSingle(draftFails("[1, 2]"), "", IndicatorsError.WRONG_TYPE);
    assertSingle(draftFails("\"text\""), "", IndicatorsError.WRONG_TYPE);
  }

  @Test
  void load_nestingTooDeep_throwsLimitExceeded() {
    String json = "{\"format\":" + "[".repeat(40) + "]".repeat(40) + "}";

    assertSingle(draftFails(json), "/*/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0", IndicatorsError.LIMIT_EXCEEDED);
  }

  @Test
  void load_documentTooLarge_throwsLimitExceeded() {
    byte[] big = new byte[4 * 1024 * 1024 + 10];
    java.util.Arrays.fill(big, (byte) ' ');

    CatalogueFormatException e = catchThrowableOfType(CatalogueFormatException.class,
        () -> Catalogues.loadDraft(new ByteArrayInputStream(big)));

    assertSingle(e, "", IndicatorsError.LIMIT_EXCEEDED);
  }

  @Test
  void load_streamFails_throwsReadFailed() {
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk gone");
      }
    };

    CatalogueFormatException e = catchThrowableOfType(CatalogueFormatException.class,
        () -> Catalogues.loadDraft(failing));

    assertSingle(e, "", IndicatorsError.READ_FAILED);
  }

  @Test
  void load_unknownFields_reportsEachWithItsPath() {
    ObjectNode doc = minimal();
    doc.put("extra", SENTINEL);
    firstIndicator(doc).put("weight", 3);
    ((ObjectNode) doc.get("provenance")).put("author", SENTINEL);

    CatalogueFormatException e = draftFails(doc);

    // issue 16: an unknown member name is input, so its place is shown as *, never the name
    assertThat(e.problems()).extracting(Problem::path).containsExactly(
        "/*", "/provenance/*", "/indicators/0/*");
    assertThat(e.problems()).extracting(Problem::error).containsOnly(IndicatorsError.UNKNOWN_FIELD);
  }

  @Test
  void load_missingFields_reportsEveryOne() {
    ObjectNode doc = minimal();
    doc.remove(Set.of("version", "purpose", "childProtection"));
    firstIndicator(doc).remove("strength");
    firstIndicator(doc).remove("sectors");

    CatalogueFormatException e = draftFails(doc);

    assertThat(e.problems()).extracting(Problem::path).containsExactlyInAnyOrder(
        "/version", "/purpose", "/childProtection", "/indicators/0/strength", "/indicators/0/sectors");
    assertThat(e.problems()).extracting(Problem::error).containsOnly(IndicatorsError.MISSING_FIELD);
  }

  @Test
  void load_wrongTypes_reportsEveryOne() {
    ObjectNode doc = minimal();
    doc.put("version", 1);
    doc.put("childProtection", "no");
    doc.put("title", "Test");
    firstIndicator(doc).put("observedBy", "permit-desk");
    firstIndicator(doc).putArray("sectors").add(7);

    CatalogueFormatException e = draftFails(doc);

    assertThat(e.problems()).extracting(Problem::path).containsExactly(
        "/version", "/title", "/childProtection", "/indicators/0/observedBy", "/indicators/0/sectors/0");
    assertThat(e.problems()).extracting(Problem::error).containsOnly(IndicatorsError.WRONG_TYPE);
  }

  @Test
  void load_unknownNames_reportUnknownValueWithoutTheValue() {
    ObjectNode doc = minimal();
    doc.put("subjectKind", SENTINEL);
    firstIndicator(doc).put("strength", SENTINEL);
    firstIndicator(doc).put("category", "nationality");
    ((ArrayNode) firstIndicator(doc).get("observedBy")).add(SENTINEL);

    CatalogueFormatException e = draftFails(doc);

    assertThat(e.problems()).extracting(Problem::path).containsExactly("/subjectKind",
        "/indicators/0/category", "/indicators/0/strength", "/indicators/0/observedBy/2");
    assertThat(e.problems()).extracting(Problem::error).containsOnly(IndicatorsError.UNKNOWN_VALUE);
    assertThat(e.getMessage()).doesNotContain(SENTINEL).doesNotContain("nationality");
  }

  @Test
  void load_badFormats_reportEveryPattern() {
    ObjectNode doc = minimal();
    doc.put("format", "barrier-catalogue-v2");
    doc.put("id", "Test_Catalogue");
    doc.put("version", "1.02.3");
    ObjectNode source = (ObjectNode) doc.get("provenance").get("sources").get(0);
    source.put("url", "ftp://example.org");
    source.put("date", "2024-13");
    firstIndicator(doc).put("id", "t-01");
    ((ObjectNode) firstIndicator(doc).get("label")).put("de", "Öffnungszeiten");
    firstIndicator(doc).putArray("related").add("not a reference");

    CatalogueFormatException e = draftFails(doc);

    assertThat(e.problems()).extracting(Problem::path).containsExactly("/format", "/id", "/version",
        "/provenance/sources/0/url", "/provenance/sources/0/date", "/indicators/0/id", "/indicators/0/label/*",
        "/indicators/0/related/0");
    assertThat(e.problems()).extracting(Problem::error).containsExactly(IndicatorsError.UNKNOWN_VALUE,
        IndicatorsError.BAD_FORMAT, IndicatorsError.BAD_FORMAT, IndicatorsError.BAD_FORMAT,
        IndicatorsError.BAD_FORMAT, IndicatorsError.BAD_FORMAT, IndicatorsError.BAD_FORMAT,
        IndicatorsError.BAD_FORMAT);
  }

  @Test
  void load_badTexts_reportLengthProblems() {
    ObjectNode doc = minimal();
    ((ObjectNode) doc.get("title")).put("nl", "   ");
    ((ObjectNode) doc.get("title")).put("fr", "x".repeat(201));
    ((ObjectNode) doc.get("title")).put("en", "bell\u0007");
    doc.putObject("description");
    firstIndicator(doc).putArray("observedBy");
    ((ObjectNode) firstIndicator(doc).get("description")).put("en", " padded");

    CatalogueFormatException e = draftFails(doc);

    assertThat(e.problems()).extracting(Problem::path).containsExactly("/title/nl", "/title/fr", "/title/en",
        "/description", "/indicators/0/description/en", "/indicators/0/observedBy");
    assertThat(e.problems()).extracting(Problem::error).containsOnly(IndicatorsError.BAD_LENGTH);
  }

  @Test
  void load_descriptionWithoutEnglish_reportsMissingEnglish() {
    ObjectNode doc = minimal();
    ObjectNode description = firstIndicator(doc).putObject("description");
    description.put("nl", "Alleen Nederlands.");

    assertSingle(draftFails(doc), "/indicators/0/description/en", IndicatorsError.MISSING_FIELD);
  }

  @Test
  void load_duplicateListValues_reportDuplicateValue() {
    ObjectNode doc = minimal();
    ((ArrayNode) firstIndicator(doc).get("observedBy")).add("permit-desk");
    ((ArrayNode) firstIndicator(doc).get("sources")).add("src-1");
    ((ArrayNode) doc.get("provenance").get("sources")).add(doc.get("provenance").get("sources").get(0).deepCopy());

    CatalogueFormatException e = draftFails(doc);

    assertThat(e.problems()).extracting(Problem::path).containsExactly("/provenance/sources/1/id",
        "/indicators/0/observedBy/2", "/indicators/0/sources/1");
    assertThat(e.problems()).extracting(Problem::error).containsOnly(IndicatorsError.DUPLICATE_VALUE);
  }

  @Test
  void load_unsafeKeys_areHiddenInPointer() {
    ObjectNode doc = minimal();
    doc.put("a/b~c", 1);
    firstIndicator(doc).put("85073003328", 1);

    CatalogueFormatException e = draftFails(doc);

    assertThat(e.problems()).extracting(Problem::path).containsExactly("/*", "/indicators/0/*");
    assertThat(e.getMessage()).doesNotContain("85073003328");
  }

  @Test
  void load_lintError_isRejectedButDraftLoads() {
    ObjectNode doc = minimal();
    ((ObjectNode) doc.get("title")).remove("fr");

    CatalogueFormatException e = catchThrowableOfType(CatalogueFormatException.class, () -> CatalogueDocs.load(doc));

    assertSingle(e, "/title", IndicatorsError.LINT_MISSING_LANGUAGE);
    assertThat(loadDraft(doc).title().languages()).containsExactly(Language.NL, Language.EN);
  }

  @Test
  void load_manyProblems_messageListsThemWithoutValues() {
    ObjectNode doc = minimal();
    for (int i = 0; i < 30; i++) {
      doc.put("unknown" + i, SENTINEL);
    }

    CatalogueFormatException e = draftFails(doc);

    assertThat(e.problems()).hasSize(30);
    assertThat(e.getMessage()).startsWith("BARRIER-IND-0004: invalid catalogue document, 30 problems")
        .contains("at '/*'").doesNotContain("unknown0").endsWith("; ...").doesNotContain(SENTINEL);
  }
}
