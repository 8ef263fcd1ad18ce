package eu.barrier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code barrier ariec picture} end to end through {@link BarrierCli#run}, as in docs/ariec-picture.md. */
final class AriecCommandTest {

  private static final Path EXAMPLE = Path.of("../docs/examples/signal-report.json");

  @TempDir Path dir;

  private final CliRun cli = new CliRun();

  private int run(String... args) {
    return cli.run(args);
  }

  private String f(String name) {
    return dir.resolve(name).toString();
  }

  @Test
  void picture_demo_writesJsonSchemaAndHtmlWithThePlantedOperator() throws IOException {
    assertThat(run("ariec", "picture", "--demo", "--out", f("demo"), "--lang", "nl")).as(cli.err()).isZero();
    String json = Files.readString(dir.resolve("demo/picture.json"));
    assertThat(json).contains("\"demo\":true").contains("\"kind\":\"several-areas\"").contains("\"language\":\"nl\"");
    assertThat(Files.readString(dir.resolve("demo/picture.html"))).contains("<svg").contains("DEMO");
    assertThat(Files.exists(dir.resolve("demo/picture-v1.schema.json"))).isTrue();
    assertThat(cli.out()).contains("TLP:AMBER+STRICT").contains("not used: genk-002-copy.json: BARRIER-PRIV-0407")
        .contains("removed after retention (2026-11-20): hasselt-old.json");
  }

  @Test
  void picture_sealedReportInAFolder_usedAuditedAndRemovedAfterRetention() throws IOException {
    assertThat(run("keys", "generate", "--party", "gemeente-genk", "--out", f("genk.keys.json"))).isZero();
    assertThat(run("keys", "generate", "--party", "ariec-limburg", "--out", f("ariec.keys.json"))).isZero();
    assertThat(run("keys", "public", "--in", f("genk.keys.json"), "--out", f("genk.public.json"))).isZero();
    assertThat(run("keys", "public", "--in", f("ariec.keys.json"), "--out", f("ariec.public.json"))).isZero();
    assertThat(run("envelope", "seal", "--keys", f("genk.keys.json"), "--to", f("ariec.public.json"), "--purpose",
        "thb-signal", "--legal-basis", "Samenwerkingsprotocol ARIEC Limburg 2026", "--tlp", "AMBER+STRICT", "--in",
        EXAMPLE.toString(), "--out", f("in/genk-001.json"))).as(cli.err()).isZero();

    assertThat(run("ariec", "picture", "--keys", f("ariec.keys.json"), "--trust", f("genk.public.json"), "--in",
        f("in"), "--audit", f("ariec.audit.jsonl"), "--out", f("out"))).as(cli.err()).isZero();
    String json = Files.readString(dir.resolve("out/picture.json"));
    assertThat(json).contains("\"reporters\":[\"gemeente-genk\"]").contains("\"tlp\":\"AMBER+STRICT\"");
    assertThat(Files.readString(dir.resolve("ariec.audit.jsonl"), StandardCharsets.UTF_8)).contains("\"OPEN\"")
        .contains("\"COMPILE\"");

    assertThat(run("ariec", "picture", "--keys", f("ariec.keys.json"), "--trust", f("genk.public.json"), "--in",
        f("in"), "--audit", f("ariec.audit.jsonl"), "--out", f("later"), "--as-of", "2099-01-01")).isZero();
    assertThat(cli.out()).contains("removed after retention");
    assertThat(Files.exists(dir.resolve("in/genk-001.json"))).isFalse();
    assertThat(Files.readString(dir.resolve("ariec.audit.jsonl"), StandardCharsets.UTF_8)).contains("\"PURGE\"");
  }

  @Test
  void picture_badUsage_exitTwo() {
    assertThat(run("ariec", "picture")).isEqualTo(2);
    assertThat(run("ariec", "picture", "--demo", "--keys", f("x.json"))).isEqualTo(2);
    assertThat(run("ariec", "picture", "--demo", "--as-of", "30-11-2026")).isEqualTo(2);
    assertThat(run("ariec", "picture", "--demo", "--lang", "de")).isEqualTo(2);
  }

  @Test
  void picture_invalidKeysFile_exitOne() throws IOException {
    Files.writeString(dir.resolve("bad.keys.json"), "{}");
    Files.writeString(dir.resolve("bad.public.json"), "{}");
    Files.createDirectories(dir.resolve("in"));
    assertThat(run("ariec", "picture", "--keys", f("bad.keys.json"), "--trust", f("bad.public.json"), "--in", f("in"),
        "--audit", f("a.jsonl"), "--out", f("out"))).isEqualTo(1);
  }
}
