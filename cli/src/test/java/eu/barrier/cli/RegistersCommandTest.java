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
import org.junit.jupiter.api.BeforeAll;
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
