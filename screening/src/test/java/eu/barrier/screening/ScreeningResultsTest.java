package eu.barrier.screening;

import static eu.barrier.screening.Fixtures.AS_OF;
import static eu.barrier.screening.Fixtures.beKey;
import static eu.barrier.screening.Fixtures.establishment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import eu.barrier.core.Language;
import eu.barrier.core.establishment.Sector;
import eu.barrier.core.observation.Agency;
import eu.barrier.core.observation.Grading;
import eu.barrier.core.observation.GradingScheme;
import eu.barrier.indicators.scoring.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class ScreeningResultsTest {

  private static final Screening SCREENING = Screening.builder().build();

  private static ScreeningResult sample() {
    return SCREENING.screenAll(List.of(
        establishment(beKey(1), Sector.CARWASH, "ADM-01", "ADM-03", "ADM-05", "ADM-07", "SEC-CW-02"),
        establishment(beKey(2), Sector.MASSAGE, "ADM-02", "SEC-MS-01"),
        establishment(beKey(3), Sector.HAIRDRESSER, "ADM-04", "SEC-CW-01"),
        establishment(beKey(4), Sector.CARWASH)), AS_OF)
        .withSource(new ScreeningResult.Source("city-2026", new java.util.TreeMap<>(Map.of("establishments.json",
            "a".repeat(64)))));
  }

  private static String text(ScreeningResult r) {
    return new String(ScreeningResults.toBytes(r, Language.EN), StandardCharsets.UTF_8);
  }

  private static ScreeningException readError(String document) {
    return (ScreeningException) org.assertj.core.api.Assertions.catchThrowable(
        () -> ScreeningResults.read(document.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void schema_inJarAndInDocs_areByteIdentical() throws IOException {
    try (InputStream in = ScreeningResults.openSchema()) {
      assertThat(Files.readAllBytes(Path.of("../docs/schemas/screening-results-v1.schema.json")))
          .isEqualTo(in.readAllBytes());
    }
  }

  @Test
  void write_sample_validAgainstThePublishedSchema() throws IOException {
    Schema schema;
    try (InputStream in = ScreeningResults.openSchema()) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
    for (Language language : Language.values()) {
      for (ScreeningResult r : List.of(sample(), sample().withDemoLabel("DEMO DATA — synthetic"))) {
        String doc = new String(ScreeningResults.toBytes(r, language), StandardCharsets.UTF_8);
        assertThat(schema.validate(doc, com.networknt.schema.InputFormat.JSON)).as(language.id()).isEmpty();
      }
    }
  }

  @Test
  void write_gradingsOfEveryScheme_validAgainstThePublishedSchemaAndReadBack() throws IOException {
    Schema schema;
    try (InputStream in = ScreeningResults.openSchema()) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
    List<Grading> gradings = List.of(
        Grading.of(GradingScheme.ADMIRALTY_6X6, "F", "6"),
        Grading.of(GradingScheme.UK_3X5X2, "2", "B", "C"));
    for (Grading g : gradings) {
      String key = beKey(20);
      ScreeningResult r = Screening.builder().keep(Outcome.NONE).build().screenAll(List.of(new ObservedEstablishment(Fixtures.ref(key), Sector.CARWASH,
          List.of(Fixtures.graded(key, "SEC-CW-01", AS_OF, Agency.SOCIAL_INSPECTION, g)))),
          AS_OF);
      assertThat(r.establishments().get(0).strongestGrading()).contains(g);
      String doc = text(r);
      assertThat(schema.validate(doc, com.networknt.schema.InputFormat.JSON)).as(g.scheme().name()).isEmpty();
      assertThat(ScreeningResults.read(doc.getBytes(StandardCharsets.UTF_8))).isEqualTo(r);
    }
  }

  @Test
  void write_sample_oneEstablishmentPerLineAndCountsOfEveryLevel() {
    String doc = text(sample());
    assertThat(doc).startsWith("{\"format\":\"barrier.screening-results/1\"");
    assertThat(doc.lines().filter(l -> l.startsWith("{\"subject\":"))).hasSize(3);
    assertThat(doc).contains("\"summary\":{\"establishments\":4,\"high\":0,\"medium\":1,\"low\":2,\"none\":1}");
    assertThat(doc).contains("\"combining\":\"highest-level/1\"");
  }

  @Test
  void write_summaryWithEstablishmentsOrTooManyEntries_refused() {
    ScreeningResult r = sample();
    List<byte[]> entries = r.establishments().stream().map(e -> ScreeningResults.entry(e, Language.EN).bytes()).toList();
    ScreeningResult summary = new ScreeningResult(r.asOf(), r.modelId(), r.catalogues(), r.keptFrom(), r.counts(),
        List.of(), r.libraryVersion(), r.source(), r.demoLabel());
    java.io.OutputStream sink = java.io.OutputStream.nullOutputStream();
    assertThatThrownBy(() -> ScreeningResults.write(r, Language.EN, entries, sink))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no establishments");
    List<byte[]> tooMany = new java.util.ArrayList<>(entries);
    tooMany.add(entries.get(0));
    assertThatThrownBy(() -> ScreeningResults.write(summary, Language.EN, tooMany, sink))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more entries");
  }

  @Test
  void read_written_equalsOriginal() {
    ScreeningResult r = sample().withDemoLabel("DEMO");
    assertThat(ScreeningResults.read(ScreeningResults.toBytes(r, Language.FR))).isEqualTo(r);
  }

  @Test
  void sha256_independentOfLanguage_changesWithContent() {
    ScreenedEstablishment e = sample().establishments().get(0);
    ScreeningResult nl = ScreeningResults.read(ScreeningResults.toBytes(sample(), Language.NL));
    assertThat(nl.establishments().get(0).sha256()).isEqualTo(e.sha256()).matches("[0-9a-f]{64}");
    assertThat(sample().establishments().get(1).sha256()).isNotEqualTo(e.sha256());
  }

  @Test
  void read_levelRaisedByHand_inconsistentWithItsAssessments() {
    String doc = text(sample()).replaceFirst("\"level\":\"low\"", "\"level\":\"high\"");
    ScreeningException e = readError(doc);
    assertThat(e.problems()).extracting(ScreeningException.Problem::error)
        .contains(ScreeningError.RESULTS_INCONSISTENT);
  }

  @Test
  void read_pointsChangedByHand_hashMismatch() {
    String doc = text(sample());
    int at = doc.indexOf("\"ageDays\":0");
    String changed = doc.substring(0, at) + "\"ageDays\":1" + doc.substring(at + "\"ageDays\":0".length());
    ScreeningException e = readError(changed);
    assertThat(e.error()).isEqualTo(ScreeningError.RESULTS_HASH_MISMATCH);
    assertThat(e.problems().get(0).where()).startsWith("/establishments/0");
  }

  @Test
  void read_rankingSwapped_inconsistent() {
    String doc = text(sample());
    List<String> lines = new java.util.ArrayList<>(doc.lines().toList());
    int first = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("{\"subject\":")) {
        first = i;
        break;
      }
    }
    String a = lines.get(first);
    String b = lines.get(first + 1);
    lines.set(first, b);
    lines.set(first + 1, a);
    ScreeningException e = readError(String.join("\n", lines) + "\n");
    assertThat(e.error()).isEqualTo(ScreeningError.RESULTS_INCONSISTENT);
  }

  @Test
  void read_countsBelowKept_inconsistent() {
    String doc = text(sample()).replace("\"medium\":1,", "\"medium\":0,").replace("\"establishments\":4,",
        "\"establishments\":3,");
    assertThat(readError(doc).error()).isEqualTo(ScreeningError.RESULTS_INCONSISTENT);
  }

  @Test
  void read_unknownField_malformedWithPointerAndNoValue() {
    String doc = text(sample()).replaceFirst("\\{\"subject\":", "{\"name\":\"Carwash Janssens\",\"subject\":");
    ScreeningException e = readError(doc);
    assertThat(e.error()).isEqualTo(ScreeningError.RESULTS_MALFORMED);
    assertThat(e.getMessage()).doesNotContain("Janssens");
    assertThat(e.problems().toString()).doesNotContain("Janssens");
  }

  @Test
  void read_laterFormatVersion_versionError() {
    String doc = text(sample()).replace("barrier.screening-results/1", "barrier.screening-results/2");
    assertThat(readError(doc).error()).isEqualTo(ScreeningError.RESULTS_VERSION);
  }

  @Test
  void read_integerScores_acceptedAsTheSchemaAllows() {
    String doc = text(sample());
    assertThat(doc).contains("\"decay\":1.0");
    ScreeningResult back = ScreeningResults.read(doc.getBytes(StandardCharsets.UTF_8));
    assertThat(back).isEqualTo(sample());
  }

  @Test
  void read_notJson_malformed() {
    assertThat(readError("{\"format\":").error()).isEqualTo(ScreeningError.RESULTS_MALFORMED);
    assertThat(readError("[]").error()).isEqualTo(ScreeningError.RESULTS_MALFORMED);
    assertThat(readError("").error()).isEqualTo(ScreeningError.RESULTS_MALFORMED);
  }

  @Test
  void result_keptBelowKeptFrom_refused() {
    ScreeningResult r = sample();
    assertThatThrownBy(() -> new ScreeningResult(r.asOf(), r.modelId(), r.catalogues(),
        eu.barrier.indicators.scoring.Outcome.HIGH, r.counts(), r.establishments(), r.libraryVersion(),
        Optional.empty(), Optional.empty())).isInstanceOf(IllegalArgumentException.class);
  }
}
