package eu.barrier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.cli.screen.DemoKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, the outputs that kept their own rules until now: the sealed reports and demo keys of
 * {@code screen --exchange-to}/{@code --demo}, the extracts of {@code registers kbo-sample} and the
 * folder of {@code case demo} are replaced only with {@code --force}, written through a temporary
 * file that is renamed into place, and the demo ARIEC keys file is owner-only. Before this change
 * each of them replaced what was there without {@code --force} (the exchange folder's earlier
 * reports were deleted), and the demo keys file was readable by everyone.
 */
final class OutputPolicyOtherCommandsTest {

  @TempDir Path dir;

  private final CliRun cli = new CliRun();

  private int run(String... args) {
    return cli.run(args);
  }

  /** Every file under {@code root} with its bytes, to see that a refusal changed nothing. */
  private static Map<String, String> snapshot(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString(), java.util.HexFormat.of().formatHex(
            java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
      }
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return files;
  }

  private void assertNoTemporaryFiles() throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      assertThat(all.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.endsWith(".tmp") || n.startsWith(".kbo-sample-"));
    }
  }

  @Test
  void screenExchange_sealedReportsAndDemoKeysPresent_refusedWithoutForce_replacedWithForce() throws IOException {
    Path demo = dir.resolve("demo");
    assertThat(run("screen", "--demo", "--out", demo.toString(), "--quiet")).as(cli.err()).isZero();
    try (Stream<Path> reports = Files.list(demo.resolve("exchange"))) {
      assertThat(reports.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("signal-report-"));
    }
    Path ariecKeys = demo.resolve("demo-keys").resolve("DEMO-ONLY-" + DemoKeys.ARIEC + ".keys.json");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(ariecKeys))).isEqualTo("rw-------");
    // the result files have their own check already; take them away so that only the exchange outputs remain
    for (String f : new String[] {"assessments.json", "report.html"}) {
      Files.delete(demo.resolve(f));
    }
    try (Stream<Path> input = Files.walk(demo.resolve("input"))) {
      for (Path p : input.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
    Map<String, String> before = snapshot(demo.resolve("exchange"));

    assertThat(run("screen", "--demo", "--out", demo.toString(), "--quiet")).isEqualTo(BarrierCli.USAGE);

    assertThat(cli.err()).contains("BARRIER-CORE-0502").contains("--force");
    assertThat(snapshot(demo.resolve("exchange"))).isEqualTo(before);
    assertThat(run("screen", "--demo", "--out", demo.toString(), "--quiet", "--force")).as(cli.err()).isZero();
    assertThat(snapshot(demo.resolve("exchange")).keySet()).isEqualTo(before.keySet());
    assertNoTemporaryFiles();
  }

  @Test
  void kboSample_existingFolderOrZip_refusedWithoutForce_replacedWithForce() throws IOException {
    Path folder = dir.resolve("kbo");
    Path zip = dir.resolve("kbo.zip");
    assertThat(run("registers", "kbo-sample", "--enterprises", "20", "--out", folder.toString())).isZero();
    assertThat(run("registers", "kbo-sample", "--enterprises", "20", "--out", zip.toString())).isZero();
    Map<String, String> folderBefore = snapshot(folder);
    byte[] zipBefore = Files.readAllBytes(zip);
    assertThat(folderBefore).containsKey("meta.csv");

    assertThat(run("registers", "kbo-sample", "--enterprises", "20", "--seed", "2", "--out", folder.toString()))
        .isEqualTo(BarrierCli.USAGE);
    assertThat(cli.err()).contains("BARRIER-CORE-0502");
    assertThat(run("registers", "kbo-sample", "--enterprises", "20", "--seed", "2", "--out", zip.toString()))
        .isEqualTo(BarrierCli.USAGE);
    assertThat(cli.err()).contains("BARRIER-CORE-0502");
    assertThat(snapshot(folder)).isEqualTo(folderBefore);
    assertThat(Files.readAllBytes(zip)).isEqualTo(zipBefore);

    assertThat(run("registers", "kbo-sample", "--enterprises", "20", "--seed", "2", "--out", folder.toString(),
        "--force")).isZero();
    assertThat(run("registers", "kbo-sample", "--enterprises", "20", "--seed", "2", "--out", zip.toString(),
        "--force")).isZero();
    assertThat(snapshot(folder)).isNotEqualTo(folderBefore).containsOnlyKeys(folderBefore.keySet());
    assertThat(Files.readAllBytes(zip)).isNotEqualTo(zipBefore);
    assertNoTemporaryFiles();
  }

  @Test
  void kboSample_outIsAFileOrTheSameAsUpdate_refusedBeforeWriting() throws IOException {
    Path file = Files.writeString(dir.resolve("notes.txt"), "keep me");
    assertThat(run("registers", "kbo-sample", "--enterprises", "20", "--out", file.toString(), "--force"))
        .isEqualTo(BarrierCli.USAGE);
    assertThat(cli.err()).contains("BARRIER-CORE-0503");
    assertThat(Files.readString(file)).isEqualTo("keep me");
    assertThat(run("registers", "kbo-sample", "--enterprises", "20", "--out", dir.resolve("x").toString(),
        "--update", dir.resolve("x").toString())).isEqualTo(BarrierCli.USAGE);
    assertThat(dir.resolve("x")).doesNotExist();
  }

  @Test
  void caseDemo_secondRun_refusedWithoutForce_replacedWithForce() throws IOException {
    Path demo = dir.resolve("cases-demo");
    assertThat(run("case", "demo", "--dir", demo.toString())).as(cli.err()).isZero();
    Map<String, String> before = snapshot(demo);

    assertThat(run("case", "demo", "--dir", demo.toString())).isEqualTo(BarrierCli.USAGE);

    assertThat(cli.err()).contains("BARRIER-CORE-0502").contains("--force");
    assertThat(snapshot(demo)).isEqualTo(before);
    assertThat(run("case", "demo", "--dir", demo.toString(), "--force")).as(cli.err()).isZero();
    assertThat(demo.resolve("DEMO-ONLY")).exists();
  }
}
