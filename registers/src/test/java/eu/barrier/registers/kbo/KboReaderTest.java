package eu.barrier.registers.kbo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.barrier.core.establishment.Sector;
import eu.barrier.registers.RegisterFormatException;
import eu.barrier.registers.RegistersError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class KboReaderTest {

  @TempDir Path dir;

  private static final class Collect implements KboSink {
    final List<KboEnterprise> enterprises = new ArrayList<>();
    final List<KboEstablishmentUnit> units = new ArrayList<>();

    @Override
    public void enterprise(KboEnterprise enterprise) {
      enterprises.add(enterprise);
    }

    @Override
    public void unit(KboEstablishmentUnit unit) {
      units.add(unit);
    }
  }

  @Test
  void read_syntheticExtract_everyRowIsKeptNotKeptOrSkipped() throws IOException {
    Path full = dir.resolve("full");
    KboSyntheticExtract.of(400, 7).writeFull(full);
    Collect sink = new Collect();

    KboReport report = KboReader.builder().build().read(full, sink);

    long units = Files.lines(full.resolve("establishment.csv")).count() - 1;
    assertThat(sink.units).hasSize((int) units);
    assertThat(report.problemCount()).isZero();
    for (KboReport.FileCount f : report.files()) {
      assertThat(f.read()).as(f.file()).isEqualTo(Files.lines(full.resolve(f.file())).count() - 1);
      assertThat(f.kept() + f.notKept()).as(f.file()).isEqualTo(f.read());
    }
    assertThat(sink.units).allSatisfy(u -> assertThat(u.number().canonical().charAt(0)).isBetween('2', '8'));
    assertThat(sink.enterprises).anySatisfy(e -> assertThat(e.number().canonical()).startsWith("1"));
    assertThat(sink.enterprises).anySatisfy(e -> assertThat(e.naturalPerson()).isTrue());
  }

  @Test
  void read_postcodeArea_keepsOnlyUnitsWithTheirOwnAddressInTheArea() throws IOException {
    Path full = dir.resolve("full");
    KboSyntheticExtract.of(3000, 3).writeFull(full);
    Collect sink = new Collect();

    KboReader.builder().area(KboArea.postcodes(List.of("3600"))).build().read(full, sink);

    long expected = Files.lines(full.resolve("address.csv")).filter(l -> l.contains("\"BAET\",,,\"3600\"")).count();
    assertThat(sink.units).hasSize((int) expected).isNotEmpty();
    assertThat(sink.units).allSatisfy(u -> assertThat(u.address().orElseThrow().zipcode()).isEqualTo("3600"));
    assertThat(sink.enterprises).extracting(e -> e.number())
        .containsExactlyInAnyOrderElementsOf(sink.units.stream().map(KboEstablishmentUnit::enterpriseNumber).distinct().toList());
  }

  @Test
  void read_morePasses_givesTheSameDocument() throws IOException {
    Path full = dir.resolve("full");
    KboSyntheticExtract.of(500, 11).writeFull(full);

    byte[] one = document(KboReader.builder().passes(1).build(), full, "one.json");
    byte[] five = document(KboReader.builder().passes(5).build(), full, "five.json");

    assertThat(five).isEqualTo(one);
  }

  @Test
  void read_areaInOnePassOrSeveral_givesTheSameDocument() throws IOException {
    Path full = dir.resolve("full");
    KboSyntheticExtract.of(3000, 13).writeFull(full);
    KboArea area = KboArea.postcodes(List.of("3600", "1000", "2000"));

    byte[] one = document(KboReader.builder().area(area).build(), full, "one.json");
    byte[] three = document(KboReader.builder().area(area).passes(3).build(), full, "three.json");

    assertThat(three).isEqualTo(one);
    assertThat(new String(one, StandardCharsets.UTF_8)).contains("\"zipcode\":\"1000\"");
  }

  @Test
  void read_zipAndFolder_giveTheSameDocument() throws IOException {
    KboSyntheticExtract sample = KboSyntheticExtract.of(300, 5);
    sample.writeFull(dir.resolve("full"));
    sample.writeFull(dir.resolve("full.zip"));

    assertThat(document(KboReader.builder().build(), dir.resolve("full.zip"), "z.json"))
        .isEqualTo(document(KboReader.builder().build(), dir.resolve("full"), "d.json"));
  }

  @Test
  void update_appliedToDocumentOfFullExtract_equalsReadingTheNextFullExtract() throws IOException {
    KboSyntheticExtract sample = KboSyntheticExtract.of(800, 21);
    sample.writeFull(dir.resolve("full"));
    sample.writeUpdate(dir.resolve("update"), dir.resolve("after"));
    KboReader reader = KboReader.builder().build();

    Path base = write(reader, dir.resolve("full"), "base.json");
    Path once = update(reader, base, dir.resolve("update"), "once.json");
    Path twice = update(reader, once, dir.resolve("update"), "twice.json");
    Path after = write(reader, dir.resolve("after"), "after.json");

    assertThat(body(once)).isEqualTo(body(after));
    assertThat(Files.readAllBytes(twice)).isEqualTo(Files.readAllBytes(once));
  }

  @Test
  void read_rowsWithProblems_areCountedAndListedWithFileAndLineNeverFatal() throws IOException {
    Path full = dir.resolve("bad");
    KboSyntheticExtract.of(50, 2).writeFull(full);
    String unit = Files.readAllLines(full.resolve("establishment.csv")).get(1);
    String unitNumber = unit.substring(1, unit.indexOf('"', 1));
    append(full.resolve("establishment.csv"), unit + "\n");                                     // duplicate
    append(full.resolve("activity.csv"), "\"2.999.999.999\",\"001\",\"2025\",\"56101\",\"MAIN\"\n"); // malformed number
    String absent = KboDocument.display(Long.toString(KboSyntheticExtract.checked(29_999_999L)), false);
    append(full.resolve("activity.csv"), "\"" + absent + "\",\"001\",\"2025\",\"56101\",\"MAIN\"\n"); // no such unit
    append(full.resolve("activity.csv"), "\"" + unitNumber + "\",\"001\",\"2025\",\"5610\",\"MAIN\"\n"); // 4-digit code
    Collect sink = new Collect();

    KboReport report = KboReader.builder().build().read(full, sink);

    KboReport.FileCount activity = report.files().stream().filter(f -> f.file().equals("activity.csv")).findFirst().orElseThrow();
    KboReport.FileCount establishment = report.files().stream().filter(f -> f.file().equals("establishment.csv")).findFirst().orElseThrow();
    assertThat(establishment.skipped()).containsEntry(RegistersError.KBO_DUPLICATE, 1L);
    assertThat(activity.skipped()).containsEntry(RegistersError.KBO_ROW_MALFORMED, 2L)
        .containsEntry(RegistersError.KBO_ENTITY_ABSENT, 1L);
    assertThat(report.problems()).extracting(p -> p.file() + ":" + p.error().code())
        .contains("establishment.csv:BARRIER-REG-0008", "activity.csv:BARRIER-REG-0006", "activity.csv:BARRIER-REG-0007");
    assertThat(report.problems()).allSatisfy(p -> assertThat(p.toString()).doesNotContain(unitNumber));
  }

  @Test
  void read_headerNotTheCookbooks_throwsWithCode0003() throws IOException {
    Path full = dir.resolve("full");
    KboSyntheticExtract.of(10, 1).writeFull(full);
    List<String> lines = new ArrayList<>(Files.readAllLines(full.resolve("activity.csv")));
    lines.set(0, "\"EntityNumber\",\"ActivityGroup\",\"NaceCode\",\"NaceVersion\",\"Classification\"");
    Files.write(full.resolve("activity.csv"), lines);

    assertThatThrownBy(() -> KboReader.builder().build().read(full, u -> {}))
        .isInstanceOf(RegisterFormatException.class).hasMessageStartingWith("BARRIER-REG-0003: activity.csv:1");
  }

  @Test
  void read_updateExtractWithoutBase_throwsWithCode0005() throws IOException {
    KboSyntheticExtract.of(10, 1).writeUpdate(dir.resolve("update"), null);

    assertThatThrownBy(() -> KboReader.builder().build().read(dir.resolve("update"), u -> {}))
        .isInstanceOf(RegisterFormatException.class).hasMessageStartingWith("BARRIER-REG-0005");
  }

  @Test
  void sector_issueExamples_mapFromMainActivityNewestVersionFirst() {
    KboActivity carwash2025 = new KboActivity("001", NaceVersion.NACE_2025, "95316", KboClassification.MAIN);
    KboActivity nails2008 = new KboActivity("001", NaceVersion.NACE_2008, "9602203", KboClassification.MAIN);
    KboActivity grocery = new KboActivity("001", NaceVersion.NACE_2025, "47110", KboClassification.MAIN);
    KboActivity massageSecondary = new KboActivity("001", NaceVersion.NACE_2025, "96230", KboClassification.SECO);
    var mapping = eu.barrier.registers.sector.SectorMapping.bundled();

    assertThat(Engine.sector(List.of(nails2008, carwash2025), null, mapping).sector()).isEqualTo(Sector.CARWASH);
    assertThat(Engine.sector(List.of(nails2008), null, mapping).sector()).isEqualTo(Sector.NAIL_AND_BEAUTY_SALON);
    assertThat(Engine.sector(List.of(grocery), null, mapping).sector()).isEqualTo(Sector.OTHER);
    assertThat(Engine.sector(List.of(massageSecondary), null, mapping).level()).isEqualTo(KboSector.Level.NONE);
  }

  private static void append(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
  }

  private byte[] document(KboReader reader, Path extract, String name) throws IOException {
    return Files.readAllBytes(write(reader, extract, name));
  }

  private Path write(KboReader reader, Path extract, String name) throws IOException {
    Path out = dir.resolve(name);
    try (KboDocument.DocumentWriter w = KboDocument.writer(out)) {
      KboReport report = reader.read(extract, w);
      w.finish(KboDocument.Header.of(report.meta(), reader.area()), report);
    }
    return out;
  }

  private Path update(KboReader reader, Path base, Path update, String name) throws IOException {
    Path out = dir.resolve(name);
    try (KboDocument.Base b = KboDocument.openBase(base, dir); KboDocument.DocumentWriter w = KboDocument.writer(out)) {
      KboReport report = reader.update(b.extract(), update, w);
      w.finish(b.header().with(report.meta()), report);
    }
    return out;
  }

  /** The document without its source header. */
  private static String body(Path doc) throws IOException {
    String s = Files.readString(doc);
    return s.substring(s.indexOf("\"enterprises\""));
  }
}
