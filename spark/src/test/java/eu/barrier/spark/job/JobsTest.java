package eu.barrier.spark.job;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.core.Language;
import eu.barrier.core.id.IdentifierType;
import eu.barrier.core.id.NlBsn;
import eu.barrier.linkage.clk.Clk;
import eu.barrier.linkage.clk.ClkEncoder;
import eu.barrier.linkage.clk.ClkFiles;
import eu.barrier.linkage.clk.LinkageSecret;
import eu.barrier.linkage.match.CandidatePair;
import eu.barrier.linkage.match.CandidateSearch;
import eu.barrier.linkage.match.ClkSet;
import eu.barrier.linkage.match.GreedySolver;
import eu.barrier.linkage.schema.LinkageSchemas;
import eu.barrier.privacy.InsecureSecretAccess;
import eu.barrier.privacy.key.KeyFiles;
import eu.barrier.privacy.key.PartyKeyBundle;
import eu.barrier.privacy.pseudonym.PseudonymContext;
import eu.barrier.privacy.pseudonym.Pseudonymiser;
import eu.barrier.screening.Screening;
import eu.barrier.screening.ScreeningResult;
import eu.barrier.screening.ScreeningResults;
import eu.barrier.spark.LocalSpark;
import eu.barrier.spark.screening.SyntheticScreeningData;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The jobs, run as spark-submit runs their mains (without the exit), against the library. */
final class JobsTest {

  static final Path EXAMPLES = Path.of("..", "docs", "examples", "linkage");

  @TempDir static Path dir;

  @BeforeAll
  static void spark() {
    LocalSpark.session();
  }

  record Run(int status, String out, String err) {}

  static Run run(Object job, String... args) {
    CommandLine cli = Jobs.commandLine(job);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int status = cli.execute(args);
    return new Run(status, out.toString(), err.toString());
  }

  /** The establishments of synthetic data as a CSV file with the columns id and sector. */
  static Path establishmentsCsv(SyntheticScreeningData data, String name) throws java.io.IOException {
    StringBuilder csv = new StringBuilder("id,sector\n");
    data.establishments.forEach(e -> csv.append(e[0]).append(',').append(e[1]).append('\n'));
    return Files.writeString(dir.resolve(name), csv);
  }

  @Test
  void screen_establishmentsTable_writesTheLibrarysResultsDocument() throws Exception {
    SyntheticScreeningData data = SyntheticScreeningData.of(1500, 9);
    Path establishments = establishmentsCsv(data, "establishments.csv");
    Path observations = Files.write(dir.resolve("observations.csv"), data.observationsCsv);
    Path out = dir.resolve("screen");
    Run r = run(new ScreenJob(), "--establishments", establishments.toString(), "--observations",
        observations.toString(), "--as-of", "2026-06-30", "--lang", "nl", "--out", out.toString(), "--format", "json");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("1500 establishments screened");
    ScreeningResult expected = Screening.builder().build().screenAll(data.observed(), LocalDate.of(2026, 6, 30));
    ScreeningResult written = ScreeningResults.read(Files.readAllBytes(out.resolve("assessments.json")));
    assertThat(written.establishments()).isEqualTo(expected.establishments());
    assertThat(written.counts()).isEqualTo(expected.counts());
    byte[] expectedBytes = ScreeningResults.toBytes(expected.withSource(written.source().orElseThrow()), Language.NL);
    assertThat(Files.readAllBytes(out.resolve("assessments.json"))).isEqualTo(expectedBytes);
    List<Row> table = LocalSpark.session().read().json(out.resolve("establishments").toString()).orderBy("rank")
        .collectAsList();
    assertThat(table).hasSize(expected.establishments().size());
    assertThat(table.get(0).getAs("id").toString()).isEqualTo(expected.establishments().get(0).key());
  }

  @Test
  void screen_observationsFromAFifo_exit1WithTheInputCodeInsteadOfWaitingForever() throws Exception {
    Path fifo = dir.resolve("observations.fifo");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is available");
    Run r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
        () -> run(new ScreenJob(), "--establishments", "x.csv", "--observations", fifo.toString(), "--as-of",
            "2026-06-30", "--out", dir.resolve("fifo").toString()));
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("BARRIER-CORE-04").doesNotContain("Exception");
  }

  @Test
  void screen_sameOutTwice_secondRefusedWithoutForceAndLeavesTheFirstOutputs() throws Exception {
    SyntheticScreeningData data = SyntheticScreeningData.of(300, 11);
    Path establishments = establishmentsCsv(data, "twice.csv");
    Path out = dir.resolve("twice");
    String[] args = {"--establishments", establishments.toString(), "--as-of", "2026-06-30", "--out", out.toString(),
        "--format", "json"};
    assertThat(run(new ScreenJob(), args).status()).isZero();
    byte[] first = Files.readAllBytes(out.resolve("assessments.json"));
    Run again = run(new ScreenJob(), args);
    assertThat(again.status()).isEqualTo(1);
    assertThat(again.err()).contains("BARRIER-CORE-0502").doesNotContain(out.toString());
    assertThat(Files.readAllBytes(out.resolve("assessments.json"))).isEqualTo(first);
    String[] forced = java.util.Arrays.copyOf(args, args.length + 1);
    forced[args.length] = "--force";
    assertThat(run(new ScreenJob(), forced).status()).isZero();
  }

  @Test
  void pseudonymise_outIsAFolderWithOtherFiles_refusedAndTheFilesKept() throws Exception {
    PartyKeyBundle bundle = PartyKeyBundle.generate("municipality-test", new SecureRandom());
    Path keys = Files.writeString(dir.resolve("keys-kept.json"), KeyFiles.write(bundle, InsecureSecretAccess.get()));
    Path in = Files.write(dir.resolve("kept-values.txt"), List.of("111222333"));
    Path home = Files.createDirectories(dir.resolve("someones-folder"));
    Path precious = Files.writeString(home.resolve("notes.txt"), "not Barrier's");
    Run r = run(new PseudonymiseJob(), "--keys", keys.toString(), "--purpose", "thb-research", "--recipient",
        "university-example", "--type", "nl-bsn", "--in", in.toString(), "--out", home.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("BARRIER-CORE-0502").contains("--force");
    assertThat(Files.readString(precious)).isEqualTo("not Barrier's");
  }

  @Test
  void screen_refusedCatalogue_isAUsageError() {
    Run r = run(new ScreenJob(), "--establishments", "x.csv", "--as-of", "2026-06-30", "--catalogue",
        "ilo-2009-adult-labour", "--out", dir.resolve("refused").toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("BARRIER-SCR-000");
  }

  @Test
  void pseudonymise_textFile_samePseudonymsAsTheLibraryAndExit1ForAnInvalidValue() throws Exception {
    PartyKeyBundle bundle = PartyKeyBundle.generate("municipality-test", new SecureRandom());
    Path keys = Files.writeString(dir.resolve("keys.json"), KeyFiles.write(bundle, InsecureSecretAccess.get()));
    List<String> values = new ArrayList<>();
    for (long n = 111_222_000L; values.size() < 50; n++) {
      if (NlBsn.isValid(Long.toString(n))) {
        values.add(Long.toString(n));
      }
    }
    values.add("111222333x");
    Path in = Files.write(dir.resolve("values.txt"), values);
    Path out = dir.resolve("pseudonyms");
    Run r = run(new PseudonymiseJob(), "--keys", keys.toString(), "--purpose", "thb-research", "--recipient",
        "university-example", "--type", "nl-bsn", "--in", in.toString(), "--out", out.toString(), "--format", "json");
    assertThat(r.status()).as(r.err()).isEqualTo(1);
    assertThat(r.err()).contains("invalid nl-bsn in column value: 1 value(s)").doesNotContain("111222333x");
    Pseudonymiser library = Pseudonymiser.create(bundle.keySet(), PseudonymContext.of("thb-research",
        "university-example"));
    List<String> expected = new ArrayList<>();
    for (String v : values.subList(0, 50)) {
      expected.add(library.pseudonymise(IdentifierType.NL_BSN, v).format());
    }
    List<String> written = LocalSpark.session().read().json(out.toString()).where("value IS NOT NULL")
        .collectAsList().stream().map(x -> x.<String>getAs("value")).toList();
    assertThat(written).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void link_encodeThenMatch_sameClkFileAndMatchesAsTheLibrary() throws Exception {
    byte[] schema = Files.readAllBytes(EXAMPLES.resolve("schema.json"));
    byte[] secret = Files.readAllBytes(EXAMPLES.resolve("secret.test-only.txt"));
    ClkEncoder encoder = ClkEncoder.create(LinkageSchemas.parse(schema),
        LinkageSecret.fromFileContent(secret, InsecureSecretAccess.get()));
    Map<String, List<Clk>> library = new TreeMap<>();
    for (String party : new String[] {"gemeente", "inspectie"}) {
      List<Clk> clks = new ArrayList<>();
      encoder.encodeCsv(new ByteArrayInputStream(Files.readAllBytes(EXAMPLES.resolve(party + ".csv"))),
          (row, clk) -> clks.add(clk));
      library.put(party, clks);
      Path out = dir.resolve(party);
      Run r = run(new LinkJob(), "encode", "--schema", EXAMPLES.resolve("schema.json").toString(), "--secret-file",
          EXAMPLES.resolve("secret.test-only.txt").toString(), "--in", EXAMPLES.resolve(party + ".csv").toString(),
          "--out", out.toString(), "--format", "clkhash");
      assertThat(r.status()).as(r.err()).isZero();
      assertThat(Files.readAllBytes(out.resolve("clks.json"))).isEqualTo(ClkFiles.write(clks));
    }
    Path out = dir.resolve("matches");
    Run r = run(new LinkJob(), "match", "--threshold", "0.7", "--solve", "--out", out.toString(),
        dir.resolve("gemeente").resolve("clks.json").toString(), dir.resolve("inspectie").resolve("clks.json").toString());
    assertThat(r.status()).as(r.err()).isZero();
    List<CandidatePair> expected = GreedySolver.matchedPairs(CandidateSearch.withThreshold(0.7)
        .search(ClkSet.of(library.get("gemeente")), ClkSet.of(library.get("inspectie"))));
    StringBuilder csv = new StringBuilder("a,b,dice\n");
    expected.forEach(p -> csv.append(p.a()).append(',').append(p.b()).append(',').append(p.diceText()).append('\n'));
    assertThat(expected).hasSize(6);
    assertThat(Files.readString(out.resolve("matches.csv"), StandardCharsets.UTF_8)).isEqualTo(csv.toString());
  }

  @Test
  void link_encodeInvalidRecords_exit1NothingWrittenNoValues() throws Exception {
    Path out = dir.resolve("invalid");
    Run r = run(new LinkJob(), "encode", "--schema", EXAMPLES.resolve("schema.json").toString(), "--secret-file",
        EXAMPLES.resolve("secret.test-only.txt").toString(), "--in", EXAMPLES.resolve("invalid.csv").toString(),
        "--out", out.toString(), "--format", "clkhash");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("invalid row ").contains("nothing written");
    assertThat(out).doesNotExist();
  }

  @Test
  void link_matchBadThreshold_isAUsageError() {
    Run r = run(new LinkJob(), "match", "--threshold", "1.5", "--out", dir.resolve("x").toString(), "a.json", "b.json");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--threshold must be in (0, 1]");
  }
}
