package eu.barrier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.core.observation.Observation;
import eu.barrier.registers.observation.MunicipalObservations;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import eu.barrier.screening.ScreeningResult;
import eu.barrier.screening.ScreeningResults;
import org.junit.jupiter.api.BeforeAll;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class RegistersCommandTest {

  @TempDir static Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return BarrierCli.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  @BeforeAll
  static void sample() {
    int code = BarrierCli.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
        "registers", "kbo-sample", "--enterprises", "3000", "--out", dir.resolve("full").toString(),
        "--update", dir.resolve("update.zip").toString());
    assertThat(code).isZero();
  }

  @Test
  void kbo_postcodeArea_writesTheScreenInputAndScreenReadsIt() throws IOException {
    Path input = dir.resolve("screen-input");
    Files.createDirectories(input);

    int code = run("registers", "kbo", "--in", dir.resolve("full").toString(), "--postcode", "3600", "--out",
        input.resolve("establishments.json").toString(), "--quiet");

    assertThat(code).isZero();
    assertThat(out.toString()).contains("activity.csv", "establishment units written in 1 passes; 0 problems");
    Files.writeString(input.resolve("observations.json"), "{\"subjects\": []}");
    assertThat(run("screen", "--input", input.toString(), "--as-of", "2026-06-30", "--out",
        dir.resolve("screened").toString())).as("%s", err).isEqualTo(BarrierCli.OK);
  }

  @Test
  void screenKbo_withObservations_sameLevelsAsScreeningTheRegistersOutput() throws IOException {
    Path area = dir.resolve("area");
    Files.createDirectories(area);
    assertThat(run("registers", "kbo", "--in", dir.resolve("full").toString(), "--postcode", "3600", "--out",
        area.resolve("establishments.json").toString(), "--quiet")).isZero();
    JsonNode units = new tools.jackson.databind.json.JsonMapper().readTree(area.resolve("establishments.json").toFile())
        .get("establishments");
    assertThat(units.size()).isGreaterThan(1);
    String first = units.get(0).get("id").stringValue();
    String digits = first.substring(first.indexOf(':') + 1);
    String dotted = digits.charAt(0) + "." + digits.substring(1, 4) + "." + digits.substring(4, 7) + "."
        + digits.substring(7);
    Path csv = dir.resolve("observations.csv");
    Files.writeString(csv, "subject,indicator,observedOn,source,grading\n"
        + dotted + ",ADM-07,2026-06-12,permit-desk,\n"
        + first + ",ADM-10,2026-06-20,building-inspection,B2\n"
        + dotted + ",ADM-14,2026-06-20,permit-desk,\n"
        + "8.999.999.993,ADM-01,2026-06-01,permit-desk,\n");

    assertThat(run("screen", "--kbo", dir.resolve("full").toString(), "--postcode", "3600", "--observations",
        csv.toString(), "--as-of", "2026-06-30", "--keep", "none", "--quiet", "--out",
        dir.resolve("kbo-screen").toString())).as("%s", err).isEqualTo(BarrierCli.OK);
    assertThat(out.toString()).contains("establishment units read in postcodes 3600")
        .contains("1 observed subject(s) matched a unit; 1 did not");
    ScreeningResult viaKbo = ScreeningResults.read(Files.readAllBytes(dir.resolve("kbo-screen/assessments.json")));

    // the same units and observations through the screening input directory
    StringBuilder json = new StringBuilder("{\"subjects\":[{\"id\":\"" + first + "\",\"kind\":\"establishment\","
        + "\"observations\":[");
    json.append("{\"indicator\":\"ADM-07\",\"observedOn\":\"2026-06-12\",\"source\":\"permit-desk\"},")
        .append("{\"indicator\":\"ADM-10\",\"observedOn\":\"2026-06-20\",\"source\":\"building-inspection\","
            + "\"grading\":\"B2\"},")
        .append("{\"indicator\":\"ADM-14\",\"observedOn\":\"2026-06-20\",\"source\":\"permit-desk\"}]}]}");
    Files.writeString(area.resolve("observations.json"), json.toString());
    assertThat(run("screen", "--input", area.toString(), "--as-of", "2026-06-30", "--keep", "none", "--out",
        dir.resolve("dir-screen").toString())).as("%s", err).isEqualTo(BarrierCli.OK);
    ScreeningResult viaDir = ScreeningResults.read(Files.readAllBytes(dir.resolve("dir-screen/assessments.json")));
    assertThat(viaKbo.establishments()).isEqualTo(viaDir.establishments());
    assertThat(viaKbo.establishments().get(0).key()).isEqualTo(first);
    assertThat(viaKbo.establishments().get(0).reasons()).hasSize(3);
  }

  @Test
  void screenKbo_observationWithBadCheckDigits_invalidWithLineNotValue() throws IOException {
    Path csv = dir.resolve("bad-observations.csv");
    Files.writeString(csv, "subject,indicator,observedOn,source,grading\n8.999.999.985,ADM-01,2026-06-01,permit-desk,\n");
    assertThat(run("screen", "--kbo", dir.resolve("full").toString(), "--postcode", "3600", "--observations",
        csv.toString(), "--as-of", "2026-06-30", "--quiet", "--out", dir.resolve("bad").toString()))
        .isEqualTo(BarrierCli.INVALID);
    assertThat(err.toString()).contains("bad-observations.csv:2").contains("BARRIER-REG-").doesNotContain("999.985");
  }

  @Test
  void screenKbo_observationsWithoutKbo_usageError() {
    assertThat(run("screen", "--demo", "--observations", "x.csv", "--out", dir.resolve("u").toString()))
        .isEqualTo(BarrierCli.USAGE);
  }

  @Test
  void kbo_updateZipOnBase_appliesItAndTwiceChangesNothing() throws IOException {
    Path base = dir.resolve("base.json");
    assertThat(run("registers", "kbo", "--in", dir.resolve("full").toString(), "--out", base.toString(), "-q"))
        .isZero();
    Path once = dir.resolve("once.json");
    Path twice = dir.resolve("twice.json");
    assertThat(run("registers", "kbo", "--in", dir.resolve("update.zip").toString(), "--base", base.toString(),
        "--out", once.toString(), "-q")).isZero();
    assertThat(run("registers", "kbo", "--in", dir.resolve("update.zip").toString(), "--base", once.toString(),
        "--out", twice.toString(), "-q")).isZero();

    assertThat(Files.readAllBytes(twice)).isEqualTo(Files.readAllBytes(once)).isNotEqualTo(Files.readAllBytes(base));
    assertThat(out.toString()).contains("enterprise_insert.csv", "base:activity.csv");
  }

  @Test
  void kbo_updateWithoutBase_isInvalidInput() {
    assertThat(run("registers", "kbo", "--in", dir.resolve("update.zip").toString(), "--out",
        dir.resolve("x.json").toString())).isEqualTo(1);
    assertThat(err.toString()).contains("BARRIER-REG-0005");
  }

  @Test
  void kbo_postcodeAndNis_isUsageError() {
    assertThat(run("registers", "kbo", "--in", dir.resolve("full").toString(), "--postcode", "3600", "--nis", "71016",
        "--out", dir.resolve("y.json").toString())).isEqualTo(BarrierCli.USAGE);
  }

  @Test
  void observations_synthCityCsv_readsEveryRow() throws IOException {
    Path city = dir.resolve("city");
    assertThat(run("synth", "--seed", "7", "--establishments", "200", "--out", city.toString(), "-q")).isZero();

    List<Observation> read = MunicipalObservations.read(city.resolve("observations.csv"));

    assertThat(read).hasSize((int) Files.lines(city.resolve("observations.csv")).count() - 1).isNotEmpty();
    assertThat(read).allSatisfy(o -> assertThat(o.subject().key()).startsWith("be-establishment:"));
  }
}
