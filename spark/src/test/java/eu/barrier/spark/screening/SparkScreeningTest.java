package eu.barrier.spark.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.barrier.core.Language;
import eu.barrier.indicators.scoring.Outcome;
import eu.barrier.screening.Screening;
import eu.barrier.screening.ScreeningException;
import eu.barrier.screening.ScreeningResult;
import eu.barrier.screening.ScreeningResults;
import eu.barrier.spark.ExecutorCache;
import eu.barrier.spark.LocalSpark;
import eu.barrier.spark.SparkError;
import eu.barrier.spark.SparkJobException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

final class SparkScreeningTest {

  static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  static SparkSession spark;
  static SyntheticScreeningData data;
  static ObservationsFile observations;

  @BeforeAll
  static void start() {
    spark = LocalSpark.session();
    data = SyntheticScreeningData.of(4000, 2017);
    observations = ObservationsFile.of("observations.csv", data.observationsCsv);
  }

  static Dataset<Row> table(int partitions) {
    List<Row> rows = new ArrayList<>();
    for (String[] e : data.establishments) {
      rows.add(RowFactory.create(e[0], e[1], "ignored"));
    }
    StructType schema = new StructType().add("id", DataTypes.StringType).add("sector", DataTypes.StringType)
        .add("name", DataTypes.StringType);
    return spark.createDataFrame(rows, schema).repartition(partitions);
  }

  @Test
  void screen_severalPartitions_equalsScreenAllOfTheLibrary() {
    Screening library = Screening.builder().build();
    ScreeningResult expected = library.screenAll(data.observed(), AS_OF);
    assertThat(expected.establishments()).hasSizeGreaterThan(50);
    for (int partitions : new int[] {1, 3, 7}) {
      SparkScreening.Run run = SparkScreening.of(ScreeningSpec.defaults()).screen(table(partitions), observations, AS_OF,
          Language.NL);
      assertThat(run.result()).as("%d partitions", partitions).isEqualTo(expected);
      java.io.ByteArrayOutputStream written = new java.io.ByteArrayOutputStream();
      try {
        run.write(written);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      assertThat(written.toByteArray()).as("the document, byte for byte")
          .isEqualTo(ScreeningResults.toBytes(expected, Language.NL));
      assertThat(run.kept()).isEqualTo(expected.establishments().size());
      assertThat(run.summary().counts()).isEqualTo(expected.counts());
    }
  }

  @Test
  void screen_keepNoneWithARepartitionInTheMiddle_sameRankingAndScoresAsTheLibrary() {
    Screening library = Screening.builder().keep(Outcome.NONE).build();
    ScreeningResult expected = library.screenAll(data.observed(), AS_OF);
    Dataset<Row> shuffled = table(2).where("id IS NOT NULL").repartition(5).select("sector", "id");
    SparkScreening.Run run = SparkScreening.of(ScreeningSpec.defaults().withKeep(Outcome.NONE))
        .screen(shuffled, observations, AS_OF, Language.EN);
    assertThat(run.result().establishments()).hasSize(data.establishments.size());
    assertThat(run.result().establishments()).containsExactlyElementsOf(expected.establishments());
    List<Row> table = run.table(spark).collectAsList();
    assertThat(table).hasSize(expected.establishments().size());
    for (int i = 0; i < table.size(); i++) {
      assertThat(table.get(i).getInt(0)).isEqualTo(i + 1);
      assertThat(table.get(i).getString(1)).isEqualTo(expected.establishments().get(i).key());
      assertThat(table.get(i).getString(8)).isEqualTo(expected.establishments().get(i).sha256());
    }
    assertTableRowsMatch(table, expected);
    assertThat(run.result().counts()).isEqualTo(expected.counts());
    assertThat(run.observedSubjects()).isEqualTo(observations.bySubject().size());
    assertThat(run.matchedSubjects()).isEqualTo(run.observedSubjects());
  }

  @Test
  void screen_oneCatalogueFromADocument_equalsTheLibraryWithThatCatalogue() throws Exception {
    byte[] doc;
    try (var in = eu.barrier.indicators.catalogue.Catalogues.class
        .getResourceAsStream("/eu/barrier/indicators/catalogues/barrier-admin/1.0.0.json")) {
      doc = in == null ? null : in.readAllBytes();
    }
    assertThat(doc).as("the built-in document is a resource").isNotNull();
    Screening library = Screening.builder()
        .catalogue(eu.barrier.indicators.catalogue.Catalogues.loadHashed(doc)).build();
    ScreeningResult expected = library.screenAll(data.observed(), AS_OF);
    SparkScreening.Run run = SparkScreening.of(ScreeningSpec.defaults().withDocument(doc))
        .screen(table(3), observations, AS_OF, Language.EN);
    assertThat(run.result()).isEqualTo(expected);
  }

  @Test
  void screen_observationsOutsideTheTable_areCountedAsUnmatched() {
    Dataset<Row> half = table(2).limit(data.establishments.size() / 2);
    SparkScreening.Run run = SparkScreening.of(ScreeningSpec.defaults()).screen(half, observations, AS_OF, Language.EN);
    assertThat(run.unmatchedSubjects()).isPositive();
    assertThat(run.matchedSubjects() + run.unmatchedSubjects()).isEqualTo(observations.bySubject().size());
    assertThat(run.result().total()).isEqualTo(data.establishments.size() / 2);
  }

  @Test
  void screen_compilesTheScreeningOncePerJvm_notPerRowOrTask() {
    ScreeningSpec spec = ScreeningSpec.defaults().withBuiltIn("barrier-admin").withModel("weighted");
    SparkScreening screening = SparkScreening.of(spec);
    long before = ExecutorCache.builds();
    screening.screen(table(7), observations, AS_OF, Language.EN);
    screening.screen(table(3), observations, AS_OF, Language.EN);
    assertThat(ExecutorCache.builds() - before).as("one screening; the observations were parsed before").isEqualTo(1);
  }

  @Test
  void screen_unknownSector_failsTheTaskWithTheColumnNotTheValue() {
    StructType schema = new StructType().add("id", DataTypes.StringType).add("sector", DataTypes.StringType);
    Dataset<Row> bad = spark.createDataFrame(List.of(RowFactory.create("be-establishment:2999000171", "secret-sector")),
        schema);
    assertThatThrownBy(() -> SparkScreening.of(ScreeningSpec.defaults()).screen(bad, null, AS_OF, Language.EN))
        .hasMessageContaining(SparkError.ESTABLISHMENT_ROW.code()).hasMessageContaining("column sector")
        .hasMessageNotContaining("secret-sector");
  }

  @Test
  void broadcast_sameContextTwice_shipsTheExportOnce() {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    ObservationsFile export = ObservationsFile.of("observations.csv", data.observationsCsv);
    assertThat(export.broadcast(jsc)).isSameAs(export.broadcast(jsc));
    ObservationsFile same = ObservationsFile.of("observations.csv", data.observationsCsv);
    assertThat(same.broadcast(jsc)).as("one broadcast per object").isNotSameAs(export.broadcast(jsc));
  }

  @Test
  void latest_anExport_isTheLastDayAnyObservationCovers_alsoAfterSerialisation() throws Exception {
    LocalDate expected = eu.barrier.registers.observation.MunicipalObservations
        .readCsv(new java.io.ByteArrayInputStream(data.observationsCsv), "observations.csv").stream()
        .map(o -> o.period().to()).max(LocalDate::compareTo).orElseThrow();
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(observations);
    }
    ObservationsFile copy;
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
        new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (ObservationsFile) in.readObject();
    }

    assertThat(observations.latest()).contains(expected);
    assertThat(copy.latest()).contains(expected);
    assertThat(ObservationsFile.of("empty.csv", (String.join(",", eu.barrier.registers.observation.MunicipalObservations.HEADER) + "\n")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .latest()).isEmpty();
  }

  @Test
  void screen_nullKey_failsTheTaskWithTheColumn() {
    StructType schema = new StructType().add("id", DataTypes.StringType).add("sector", DataTypes.StringType);
    Dataset<Row> bad = spark.createDataFrame(List.of(RowFactory.create(null, "carwash")), schema);
    assertThatThrownBy(() -> SparkScreening.of(ScreeningSpec.defaults()).screen(bad, null, AS_OF, Language.EN))
        .hasMessageContaining(SparkError.ESTABLISHMENT_ROW.code()).hasMessageContaining("column id is null");
  }

  @Test
  void screen_missingColumn_isATypedError() {
    Dataset<Row> noSector = table(1).select("id");
    assertThatThrownBy(() -> SparkScreening.of(ScreeningSpec.defaults()).screen(noSector, null, AS_OF, Language.EN))
        .isInstanceOf(SparkJobException.class).hasMessageContaining("BARRIER-SPK-0002");
  }

  @Test
  void of_personLevelCatalogue_isRefusedOnTheDriver() {
    assertThatThrownBy(() -> SparkScreening.of(ScreeningSpec.defaults().withBuiltIn("ilo-2009-adult-labour")))
        .isInstanceOf(ScreeningException.class).hasMessageContaining("BARRIER-SCR-000");
  }

  /** Every column of the ranked table holds what the library's result says of that establishment. */
  static void assertTableRowsMatch(List<Row> table, ScreeningResult expected) {
    for (int i = 0; i < table.size(); i++) {
      Row row = table.get(i);
      eu.barrier.screening.ScreenedEstablishment e = expected.establishments().get(i);
      assertThat(row.getString(2)).isEqualTo(eu.barrier.core.json.BarrierJson.enumId(e.sector()));
      assertThat(row.getString(3)).isEqualTo(e.level().id());
      assertThat(row.isNullAt(4) ? null : row.getString(4))
          .isEqualTo(e.leading().map(a -> a.provenance().catalogueId()).orElse(null));
      assertThat(row.isNullAt(5) ? null : row.getDecimal(5))
          .isEqualTo(e.leading().map(a -> java.math.BigDecimal.valueOf(a.scoreMilli(), 3)).orElse(null));
      assertThat(row.getList(6)).containsExactlyElementsOf(
          e.reasons().stream().map(eu.barrier.screening.Reason::indicatorId).toList());
      assertThat(row.isNullAt(7) ? null : row.getDate(7).toLocalDate()).isEqualTo(e.lastObserved().orElse(null));
    }
  }
}
