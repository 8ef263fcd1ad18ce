package eu.barrier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code barrier linkage} end to end through {@link BarrierCli#run}, on the linkage test vectors and docs examples. */
final class LinkageCommandTest {

  private static final Path CLKHASH = Path.of("../linkage/src/test/resources/vectors/clkhash");
  private static final Path ANONLINK = Path.of("../linkage/src/test/resources/vectors/anonlink");
  private static final Path EXAMPLES = Path.of("../docs/examples/linkage");

  @TempDir Path dir;

  private final CliRun cli = new CliRun();

  private int run(String... args) {
    return cli.run(args);
  }

  private String f(String name) {
    return dir.resolve(name).toString();
  }

  @Test
  void encode_clkhashVector_writesClkhashBytes() throws IOException {
    for (String name : List.of("v3-blake-names", "v2-double-mixed", "v1-clkhash-regression")) {
      Path v = CLKHASH.resolve(name);
      assertThat(run("linkage", "encode", "--schema", v.resolve("schema.json").toString(), "--secret-file",
          v.resolve("secret.test-only.txt").toString(), "--in", v.resolve("records.csv").toString(), "--out",
          f(name + ".json"))).as(cli.err()).isZero();
      assertThat(Files.readString(dir.resolve(name + ".json")).strip())
          .isEqualTo(Files.readString(v.resolve("clks.json")).strip());
    }
  }

  @Test
  void encode_invalidRows_namesEachRowWritesNothingAndExitsOne() throws IOException {
    Path v = CLKHASH.resolve("v3-invalid-rows");
    assertThat(run("linkage", "encode", "--schema", v.resolve("schema.json").toString(), "--secret-file",
        v.resolve("secret.test-only.txt").toString(), "--in", v.resolve("records.csv").toString(), "--out",
        f("out.json"))).isEqualTo(1);
    assertThat(Files.exists(dir.resolve("out.json"))).isFalse();
    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
    List<String> lines = cli.err().lines().toList();
    assertThat(lines).hasSize(8).last().isEqualTo("3 of 5 records are invalid; nothing written");
    assertThat(lines.get(0)).isEqualTo("invalid row 2 (line 3), field 'name': BARRIER-LNK-0109: a value must be in"
        + " its field's case");
    String records = Files.readString(v.resolve("records.csv"));
    for (String value : records.lines().skip(1).flatMap(l -> List.of(l.split(",")).stream()).toList()) {
      if (value.length() > 2) {
        assertThat(cli.err()).as("value %s", value).doesNotContain(value);
      }
    }
  }

  @Test
  void encode_badSecretOrSchema_exitsOneWithCode() throws IOException {
    Files.writeString(dir.resolve("empty.txt"), "\n");
    assertThat(run("linkage", "encode", "--schema", EXAMPLES.resolve("schema.json").toString(), "--secret-file",
        f("empty.txt"), "--in", EXAMPLES.resolve("gemeente.csv").toString(), "--out", f("o.json"))).isEqualTo(1);
    assertThat(cli.err()).contains("BARRIER-LNK-0401");
    Files.writeString(dir.resolve("schema.json"), "{\"version\": 3, \"clkConfig\": {\"l\": 0}}");
    assertThat(run("linkage", "encode", "--schema", f("schema.json"), "--secret-file",
        EXAMPLES.resolve("secret.test-only.txt").toString(), "--in", EXAMPLES.resolve("gemeente.csv").toString(),
        "--out", f("o.json"))).isEqualTo(1);
    assertThat(cli.err()).contains("BARRIER-LNK-0001").contains("error /clkConfig/l: BARRIER-LNK-0006")
        .contains("error /clkConfig/kdf: BARRIER-LNK-0004").contains("error /features: BARRIER-LNK-0004");
  }

  @Test
  void match_anonlinkVectors_writeAnonlinksCandidatesAndMatches() throws IOException {
    for (String name : List.of("two-256", "three-256")) {
      Path v = ANONLINK.resolve(name);
      List<String> files = new ArrayList<>();
      for (int i = 0; Files.exists(v.resolve("dataset-" + i + ".json")); i++) {
        files.add(v.resolve("dataset-" + i + ".json").toString());
      }
      // c.csv is written again and again: the output policy of issue 16 replaces it only with --force
      List<String> args = new ArrayList<>(List.of("linkage", "match", "--threshold", "0.6", "--force", "--out",
          f("c.csv")));
      args.addAll(files);
      assertThat(run(args.toArray(String[]::new))).as(cli.err()).isZero();
      List<String> expected = Files.readAllLines(v.resolve("candidates.csv"));
      List<String> actual = Files.readAllLines(dir.resolve("c.csv"));
      if (files.size() == 2) {
        expected = expected.stream().map(l -> {
          String[] c = l.split(",");
          return c[0].equals("dataset_a") ? "a,b,dice" : c[1] + "," + c[3] + "," + c[4];
        }).toList();
      }
      assertThat(actual).isEqualTo(expected);

      args.add(2, "--solve");
      assertThat(run(args.toArray(String[]::new))).isZero();
      long groups = Files.readAllLines(v.resolve("greedy.csv")).stream().skip(1).map(l -> l.split(",")[0])
          .distinct().count();
      List<String> matched = Files.readAllLines(dir.resolve("c.csv"));
      assertThat(matched.size() - 1).isGreaterThanOrEqualTo((int) groups);
      if (files.size() == 2) {
        assertThat(matched.size() - 1).isEqualTo((int) groups);
      }
    }
  }

  @Test
  void match_badUsageOrFiles_exitTwoOrOne() throws IOException {
    Path a = ANONLINK.resolve("two-64/dataset-0.json");
    Path b = ANONLINK.resolve("two-1024/dataset-0.json");
    assertThat(run("linkage", "match", "--threshold", "1.5", "--out", f("o.csv"), a.toString(), a.toString()))
        .isEqualTo(2);
    assertThat(run("linkage", "match", "--threshold", "0.5", "--out", f("o.csv"), a.toString())).isEqualTo(2);
    assertThat(run("linkage", "match", "--threshold", "0.5", "--out", f("o.csv"), a.toString(), b.toString()))
        .isEqualTo(1);
    assertThat(cli.err()).contains("BARRIER-LNK-0301");
    Files.writeString(dir.resolve("bad.json"), "{\"clks\": [\"AA=\"]}");
    assertThat(run("linkage", "match", "--threshold", "0.5", "--out", f("o.csv"), a.toString(), f("bad.json")))
        .isEqualTo(1);
    assertThat(cli.err()).contains("invalid CLK file #2").contains("BARRIER-LNK-0202");
  }

  @Test
  void match_lshBlocking_findsTheSameMatchesOnTheExample() throws IOException {
    Path secret = EXAMPLES.resolve("secret.test-only.txt");
    for (String party : List.of("gemeente", "inspectie")) {
      assertThat(run("linkage", "encode", "--schema", EXAMPLES.resolve("schema.json").toString(), "--secret-file",
          secret.toString(), "--in", EXAMPLES.resolve(party + ".csv").toString(), "--out", f(party + ".json")))
          .isZero();
    }
    assertThat(run("linkage", "match", "--threshold", "0.7", "--solve", "--out", f("full.csv"), f("gemeente.json"),
        f("inspectie.json"))).isZero();
    assertThat(run("linkage", "match", "--threshold", "0.7", "--solve", "--lsh", "64x8", "--out", f("lsh.csv"),
        f("gemeente.json"), f("inspectie.json"))).isZero();
    assertThat(Files.readAllLines(dir.resolve("lsh.csv"))).isEqualTo(Files.readAllLines(dir.resolve("full.csv")))
        .contains("0,0,0.8315629742033384").hasSize(7);
  }

  @Test
  void schemaLint_validAndInvalid_exitZeroAndOne() throws IOException {
    assertThat(run("linkage", "schema", "lint", EXAMPLES.resolve("schema.json").toString())).isZero();
    assertThat(cli.out()).startsWith("valid: LinkageSchema[v3, l 1024, 5 features]");
    Files.writeString(dir.resolve("s.json"), Files.readString(EXAMPLES.resolve("schema.json"))
        .replace("\"l\": 1024,", "\"l\": 1024, \"xorFolds\": 1,"));
    assertThat(run("linkage", "schema", "lint", f("s.json"))).isEqualTo(1);
    assertThat(cli.out()).contains("error   /clkConfig/xorFolds: BARRIER-LNK-0010");
  }

  @Test
  void secret_generate_writesAnOwnerOnlyTextSecret() throws IOException {
    assertThat(run("linkage", "secret", "--out", f("s.txt"))).isZero();
    String text = Files.readString(dir.resolve("s.txt"), StandardCharsets.US_ASCII);
    assertThat(text).matches("[A-Za-z0-9_-]{43}\n");
    assertThat(cli.out()).doesNotContain(text.strip());
    assertThat(run("linkage", "secret", "--out", f("s.txt"))).isEqualTo(2);
  }

  @Test
  void quality_compare_printsATableForEveryHardening() {
    assertThat(run("linkage", "quality", "--size", "200", "--compare", "--lsh", "40x16", "--out", f("q.json")))
        .as(cli.err()).isZero();
    assertThat(cli.out()).contains("| none |").contains("| balance |").contains("| salt + balance |")
        .contains("blocking HammingLshBlocking[40 bands of 16 bits] at 0.8: reduction ratio");
    assertThat(dir.resolve("q.json")).content().startsWith("{\"reports\":[{\"size\":200,").contains("\"blocking\":");
  }
}
