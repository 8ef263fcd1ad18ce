package eu.barrier.registers.kbo;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.registers.RegisterFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Garbage rows never crash a read: they are reported, or the file is refused with the one failure type. */
final class KboHostileProperties {

  private static Path dir;

  @BeforeContainer
  static void extract() throws IOException {
    dir = Files.createTempDirectory("kbo-hostile");
    KboSyntheticExtract.of(30, 9).writeFull(dir.resolve("clean"));
  }

  @AfterContainer
  static void cleanUp() throws IOException {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Provide
  Arbitrary<String> rows() {
    return Arbitraries.strings().withChars("\"\n,0123456789.-ABCEINOST \r\u00e9").ofMaxLength(200);
  }

  @Property(tries = 60)
  void read_garbageAppendedToAnyFile_isReportedNeverThrownOtherwise(@ForAll("rows") String garbage,
      @ForAll("files") String file, @ForAll boolean area) throws IOException {
    Path copy = Files.createTempDirectory(dir, "x");
    try (var files = Files.list(dir.resolve("clean"))) {
      for (Path p : files.toList()) {
        Files.copy(p, copy.resolve(p.getFileName()));
      }
    }
    Files.writeString(copy.resolve(file), garbage, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    KboReader reader = KboReader.builder().area(area ? KboArea.postcodes(List.of("3600")) : KboArea.all()).build();
    try {
      KboReport report = reader.read(copy, u -> {});
      assertThat(report.files()).allSatisfy(f -> assertThat(f.notKept()).isGreaterThanOrEqualTo(0));
    } catch (RegisterFormatException e) {
      assertThat(e.code()).startsWith("BARRIER-REG-00");
    }
  }

  @Provide
  Arbitrary<String> files() {
    return Arbitraries.of("enterprise.csv", "establishment.csv", "denomination.csv", "address.csv", "activity.csv",
        "contact.csv", "branch.csv", "code.csv", "meta.csv");
  }
}
