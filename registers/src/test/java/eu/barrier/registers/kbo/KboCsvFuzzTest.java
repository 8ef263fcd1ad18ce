package eu.barrier.registers.kbo;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.core.testing.Fuzz;
import eu.barrier.registers.RegisterFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, point 7: the KBO reader, given a synthetic extract whose {@code enterprise.csv} or
 * {@code establishment.csv} is replaced by a mutation of the committed corpus ({@code fuzz/kbo-csv})
 * or of the clean file, arbitrary bytes, a byte-order mark or UTF-16, returns a report or throws
 * its one documented failure type, {@link RegisterFormatException}.
 */
final class KboCsvFuzzTest {

  private static final List<String> TOKENS = List.of("\"", ",", "\r\n", "\n", "\"\"", "0203.201.340", "2.999.000.072",
      "AC", "\u00ef\u00bb\u00bf", "\u0000", "\u00fe\u00ff", "31-12-2026", "99-99-9999", ",,,,,,,,");

  @TempDir Path dir;

  @Test
  void read_mutatedEnterpriseAndEstablishmentFiles_giveReportOrRegisterFormatException() throws IOException {
    Path clean = dir.resolve("clean");
    KboSyntheticExtract.of(8, 3).writeFull(clean);
    for (String file : List.of("enterprise.csv", "establishment.csv")) {
      List<byte[]> corpus = new ArrayList<>(Fuzz.corpus(KboCsvFuzzTest.class, "/fuzz/kbo-csv/" + file));
      corpus.add(Files.readAllBytes(clean.resolve(file)));
      Path copy = Files.createDirectory(dir.resolve("copy-" + file));
      try (var files = Files.list(clean)) {
        for (Path p : files.toList()) {
          Files.copy(p, copy.resolve(p.getFileName()));
        }
      }
      Fuzz.run("KboReader " + file, Fuzz.mutations(corpus, TOKENS), Fuzz.tries(150), bytes -> {
        try {
          Files.write(copy.resolve(file), bytes);
          KboReport report = KboReader.builder().area(KboArea.all()).build().read(copy, u -> { });
          assertThat(report.files()).isNotEmpty();
        } catch (RegisterFormatException e) {
          assertThat(e.code()).startsWith("BARRIER-REG-00");
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    }
  }

  @Test
  void read_enterpriseFileStartingWithNulOrByteOrderMark_refusedWithRegisterCode() throws IOException {
    // found by this fuzz test (issue 16): a NUL as the first byte escaped as core's InputException
    Path clean = dir.resolve("clean2");
    KboSyntheticExtract.of(4, 5).writeFull(clean);
    byte[] original = Files.readAllBytes(clean.resolve("enterprise.csv"));
    for (byte[] prefix : List.of(new byte[] {0}, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        new byte[] {(byte) 0xFF, (byte) 0xFE})) {
      byte[] bad = new byte[prefix.length + original.length];
      System.arraycopy(prefix, 0, bad, 0, prefix.length);
      System.arraycopy(original, 0, bad, prefix.length, original.length);
      Files.write(clean.resolve("enterprise.csv"), bad);
      RegisterFormatException e = org.assertj.core.api.Assertions.catchThrowableOfType(RegisterFormatException.class,
          () -> KboReader.builder().area(KboArea.all()).build().read(clean, u -> { }));
      assertThat(e).as("prefix %s", java.util.Arrays.toString(prefix)).isNotNull();
      assertThat(e.code()).startsWith("BARRIER-REG-00");
    }
  }
}
