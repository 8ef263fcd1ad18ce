package eu.barrier.spark.kbo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.barrier.core.json.BarrierJson;
import eu.barrier.core.observation.Observation;
import eu.barrier.core.observation.SubjectReference;
import eu.barrier.registers.kbo.KboEstablishmentUnit;
import eu.barrier.registers.kbo.KboReader;
import eu.barrier.registers.kbo.KboSector;
import eu.barrier.registers.kbo.KboSyntheticExtract;
import eu.barrier.registers.observation.MunicipalObservations;
import eu.barrier.screening.ObservedEstablishment;
import eu.barrier.screening.Screening;
import eu.barrier.screening.ScreeningResult;
import eu.barrier.spark.LocalSpark;
import eu.barrier.spark.SparkJobException;
import eu.barrier.spark.screening.ObservationsFile;
import eu.barrier.spark.screening.ScreeningSpec;
import eu.barrier.spark.screening.SparkScreening;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class KboUnitsTest {

  static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  @TempDir static Path dir;
  static Path extract;
  static SparkSession spark;
  static List<KboEstablishmentUnit> units = new ArrayList<>();
  static byte[] observations;

  @BeforeAll
  static void write() throws Exception {
    spark = LocalSpark.session();
    extract = dir.resolve("full");
    KboSyntheticExtract.of(3000, 140).writeFull(extract);
    KboReader.builder().build().read(extract, units::add);
    StringBuilder csv = new StringBuilder(String.join(",", MunicipalObservations.HEADER)).append('\n');
    String[] indicators = {"ADM-01", "ADM-05", "ADM-07", "ADM-10", "SEC-MS-01", "SEC-CW-01", "SEC-HN-01"};
    for (int i = 0; i < units.size(); i += 9) {
      KboEstablishmentUnit u = units.get(i);
      for (int k = 0; k <= i % 4; k++) {
        csv.append(u.number().canonical()).append(',').append(indicators[(i + k) % indicators.length]).append(',')
            .append(LocalDate.of(2026, 1 + k, 3 + i % 20)).append(",local-police,").append(k % 2 == 0 ? "B2" : "")
            .append('\n');
      }
    }
    csv.append("be-establishment:2999000171,ADM-01,2026-05-01,permit-desk,\n"); // outside the extract
    observations = csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void read_syntheticExtract_sameUnitsAndSectorsAsKboReader() {
    assertThat(units).hasSizeGreaterThan(1000);
    Map<String, List<Object>> expected = new TreeMap<>();
    for (KboEstablishmentUnit u : units) {
      KboSector s = u.sector();
      expected.put(u.key(), java.util.Arrays.asList(BarrierJson.enumId(s.sector()), BarrierJson.enumId(s.level()),
          s.codeList() == null ? null : BarrierJson.enumId(s.codeList()), s.code(), s.verified()));
    }
    Map<String, List<Object>> actual = new TreeMap<>();
    for (Row r : KboUnits.read(spark, extract.toString()).collectAsList()) {
      actual.put(r.getString(0), java.util.Arrays.asList(r.getString(1), r.getString(2), r.getString(3),
          r.getString(4), r.getBoolean(5)));
    }
    assertThat(actual).isEqualTo(expected);
    assertThat(actual.values().stream().map(v -> v.get(0)).distinct().count()).as("several sectors").isGreaterThan(5);
    assertThat(KboUnits.skippedUnits(spark, extract.toString())).isZero();
  }

  @Test
  void screen_wholeExtract_equalsTheLibraryFedByKboReader() {
    Map<String, List<Observation>> byKey = new HashMap<>();
    for (Observation o : MunicipalObservations.readCsv(new ByteArrayInputStream(observations), "o.csv")) {
      byKey.computeIfAbsent(o.subject().key(), k -> new ArrayList<>()).add(o);
    }
    Screening screening = Screening.builder().build();
    Screening.Batch batch = screening.batch(AS_OF);
    for (KboEstablishmentUnit u : units) {
      batch.add(new ObservedEstablishment(SubjectReference.of(u.number()), u.sector().sector(),
          byKey.getOrDefault(u.key(), List.of())));
    }
    ScreeningResult expected = batch.result();
    assertThat(expected.establishments()).isNotEmpty();

    Dataset<Row> table = KboUnits.read(spark, extract.toString()).repartition(3);
    SparkScreening.Run run = SparkScreening.of(ScreeningSpec.defaults())
        .screen(table, ObservationsFile.of("observations.csv", observations), AS_OF, eu.barrier.core.Language.EN);
    assertThat(run.result()).isEqualTo(expected);
    assertThat(run.unmatchedSubjects()).isEqualTo(1);
  }

  @Test
  void read_missingFile_isATypedError() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertThatThrownBy(() -> KboUnits.read(spark, empty.toString())).isInstanceOf(SparkJobException.class)
        .hasMessageContaining("BARRIER-SPK-0101").hasMessageContaining("establishment.csv");
  }

  @Test
  void read_wrongHeader_isATypedError() throws Exception {
    Path bad = Files.createDirectories(dir.resolve("bad"));
    for (String f : new String[] {"enterprise.csv", "activity.csv"}) {
      Files.copy(extract.resolve(f), bad.resolve(f));
    }
    Files.writeString(bad.resolve("establishment.csv"), "EstablishmentNumber,EnterpriseNumber\n2.999.000.171,0200.000.000\n");
    assertThatThrownBy(() -> KboUnits.read(spark, bad.toString())).isInstanceOf(SparkJobException.class)
        .hasMessageContaining("BARRIER-SPK-0101").hasMessageContaining("EstablishmentNumber,StartDate,EnterpriseNumber");
  }
}
