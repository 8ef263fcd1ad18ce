package eu.barrier.spark.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.barrier.linkage.block.HammingLshBlocking;
import eu.barrier.linkage.clk.Clk;
import eu.barrier.linkage.clk.ClkEncoder;
import eu.barrier.linkage.clk.LinkageSecret;
import eu.barrier.linkage.match.CandidatePair;
import eu.barrier.linkage.match.CandidateSearch;
import eu.barrier.linkage.match.Candidates;
import eu.barrier.linkage.match.ClkSet;
import eu.barrier.linkage.match.GreedySolver;
import eu.barrier.linkage.quality.SyntheticPeople;
import eu.barrier.linkage.schema.LinkageSchemas;
import eu.barrier.privacy.InsecureSecretAccess;
import eu.barrier.spark.LocalSpark;
import eu.barrier.spark.SecretFile;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SparkLinkageTest {

  static final Path EXAMPLES = Path.of("..", "docs", "examples", "linkage");
  static final double THRESHOLD = 0.7;

  @TempDir static Path dir;
  static SparkSession spark;
  static byte[] schema;
  static byte[] secret;
  static Path fileA;
  static Path fileB;
  static List<Clk> clksA;
  static List<Clk> clksB;

  @BeforeAll
  static void encodeWithTheLibrary() throws Exception {
    spark = LocalSpark.session();
    schema = Files.readAllBytes(EXAMPLES.resolve("schema.json"));
    secret = Files.readAllBytes(EXAMPLES.resolve("secret.test-only.txt"));
    SyntheticPeople.Datasets people = SyntheticPeople.generate(800, 0.6, 1);
    fileA = dir.resolve("a.csv");
    fileB = dir.resolve("b.csv");
    Files.writeString(fileA, SyntheticPeople.toCsv(people.a()), StandardCharsets.UTF_8);
    Files.writeString(fileB, SyntheticPeople.toCsv(people.b()), StandardCharsets.UTF_8);
    ClkEncoder encoder = ClkEncoder.create(LinkageSchemas.parse(schema),
        LinkageSecret.fromFileContent(secret, InsecureSecretAccess.get()));
    clksA = encodeFile(encoder, fileA);
    clksB = encodeFile(encoder, fileB);
  }

  static List<Clk> encodeFile(ClkEncoder encoder, Path file) throws Exception {
    List<Clk> out = new ArrayList<>();
    encoder.encodeCsv(new ByteArrayInputStream(Files.readAllBytes(file)), (row, clk) -> out.add(clk));
    return out;
  }

  /** Encodes a file on Spark, read in several partitions, with a repartition before encoding. */
  static Dataset<Row> encodeOnSpark(Path file) {
    String before = spark.conf().get("spark.sql.files.maxPartitionBytes");
    spark.conf().set("spark.sql.files.maxPartitionBytes", "8192");
    try {
      Dataset<Row> records = SparkClkEncoding.readCsv(spark, file.toString());
      assertThat(records.rdd().getNumPartitions()).as("the file is read in several partitions").isGreaterThan(2);
      return SparkClkEncoding.encode(records.repartition(3), SparkClkEncoding.ROW, schema, SecretFile.carried(secret))
          .localCheckpoint();
    } finally {
      spark.conf().set("spark.sql.files.maxPartitionBytes", before);
    }
  }

  static Dataset<Row> clkTable(List<Clk> clks, int partitions) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < clks.size(); i++) {
      rows.add(RowFactory.create(i, clks.get(i).toBytes()));
    }
    return spark.createDataFrame(rows, new org.apache.spark.sql.types.StructType()
        .add("id", org.apache.spark.sql.types.DataTypes.IntegerType)
        .add("clk", org.apache.spark.sql.types.DataTypes.BinaryType)).repartition(partitions);
  }

  @Test
  void encode_fileInSeveralPartitions_sameClksInTheSameOrderAsTheLibrary() {
    Dataset<Row> encoded = encodeOnSpark(fileA);
    List<Row> rows = encoded.orderBy("id").collectAsList();
    assertThat(rows).hasSize(clksA.size());
    for (int i = 0; i < rows.size(); i++) {
      assertThat(rows.get(i).getLong(0)).isEqualTo(i);
      assertThat((byte[]) rows.get(i).get(1)).as("record %d", i).isEqualTo(clksA.get(i).toBytes());
      assertThat(rows.get(i).getList(2)).isEmpty();
    }
  }

  @Test
  void readCsv_recordsMovedBetweenCountingAndNumbering_failsWithTheCodeNotSilentlyWrongRows() throws Exception {
    Path changing = dir.resolve("changing.csv");
    Files.copy(fileA, changing, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    String before = spark.conf().get("spark.sql.files.maxPartitionBytes");
    spark.conf().set("spark.sql.files.maxPartitionBytes", "8192");
    Dataset<Row> records;
    try {
      records = SparkClkEncoding.readCsv(spark, changing.toString());
    } finally {
      spark.conf().set("spark.sql.files.maxPartitionBytes", before);
    }
    assertThat(records.rdd().getNumPartitions()).isGreaterThan(2);
    // The same number of bytes (so Spark reads the same splits without noticing), but the second
    // record becomes an empty record and a shortened one: the first split now holds one record more.
    String content = Files.readString(changing, StandardCharsets.UTF_8);
    int start = content.indexOf('\n', content.indexOf('\n') + 1) + 1;
    int end = content.indexOf('\n', start);
    String empty = ",".repeat(content.substring(0, content.indexOf('\n')).split(",", -1).length - 1);
    StringBuilder shorter = new StringBuilder(content.substring(start, end));
    int remove = empty.length() + 1;
    for (int i = shorter.length() - 1; i >= 0 && remove > 0; i--) {
      char c = shorter.charAt(i);
      if (c < 128 && Character.isLetterOrDigit(c)) {
        shorter.deleteCharAt(i);
        remove--;
      }
    }
    assertThat(remove).as("the record is long enough").isZero();
    String changed = content.substring(0, start) + empty + "\n" + shorter + content.substring(end);
    assertThat(changed.getBytes(StandardCharsets.UTF_8)).hasSameSizeAs(content.getBytes(StandardCharsets.UTF_8));
    Files.writeString(changing, changed, StandardCharsets.UTF_8);
    assertThatThrownBy(records::collectAsList).hasStackTraceContaining("BARRIER-SPK-0302");
  }

  @Test
  void encode_invalidRecord_hasNoClkAndNamesTheFieldNotTheValue() throws Exception {
    Dataset<Row> records = SparkClkEncoding.readCsv(spark, EXAMPLES.resolve("invalid.csv").toString());
    List<Row> rows = SparkClkEncoding.encode(records, SparkClkEncoding.ROW, schema, SecretFile.carried(secret))
        .orderBy("id").collectAsList();
    List<Row> invalid = rows.stream().filter(r -> r.isNullAt(1)).toList();
    assertThat(invalid).isNotEmpty();
    String csv = Files.readString(EXAMPLES.resolve("invalid.csv"));
    for (Row r : invalid) {
      assertThat(r.getList(2)).isNotEmpty();
      for (Object problem : r.getList(2)) {
        assertThat((String) problem).contains("BARRIER-LNK-01").contains("field '");
        for (String line : csv.substring(csv.indexOf('\n') + 1).split("\n")) {
          for (String value : line.split(",")) {
            if (value.length() > 3) {
              assertThat((String) problem).doesNotContain(value);
            }
          }
        }
      }
    }
  }

  @Test
  void candidates_withoutBlocking_sameCandidatesOrderAndMatchesAsTheLibrary() {
    Candidates expected = CandidateSearch.withThreshold(THRESHOLD).search(ClkSet.of(clksA), ClkSet.of(clksB));
    assertThat(expected.size()).isGreaterThan(300);
    Dataset<Row> pairs = SparkMatching.candidates(List.of(clkTable(clksA, 3), clkTable(clksB, 2)), THRESHOLD, null, 3);
    assertThat(SparkMatching.collect(pairs)).containsExactlyElementsOf(expected);
    List<CandidatePair> ordered = SparkMatching.ordered(pairs).collectAsList().stream()
        .map(r -> new CandidatePair(r.getInt(0), r.getInt(1), r.getInt(2), r.getInt(3), r.getDouble(4))).toList();
    assertThat(ordered).as("the distributed sort gives the library's order").containsExactlyElementsOf(expected);
    assertThat(SparkMatching.matches(pairs)).containsExactlyElementsOf(GreedySolver.matchedPairs(expected));
  }

  @Test
  void candidates_withHammingLsh_sameAsTheLibrarysBlocking() {
    HammingLshBlocking lsh = HammingLshBlocking.of(40, 16, 7);
    Candidates expected = lsh.search(List.of(ClkSet.of(clksA), ClkSet.of(clksB)), THRESHOLD).candidates();
    Dataset<Row> a = encodeOnSpark(fileA).select("id", "clk");
    Dataset<Row> pairs = SparkMatching.candidates(List.of(a, clkTable(clksB, 4)), THRESHOLD, HammingLshBlocking.of(40, 16, 7), 1);
    assertThat(SparkMatching.collect(pairs)).containsExactlyElementsOf(expected);
    assertThat(SparkMatching.matches(pairs)).containsExactlyElementsOf(GreedySolver.matchedPairs(expected));
  }

  @Test
  void candidates_threeDatasets_sameGroupsAsTheLibrary() {
    List<Clk> clksC = new ArrayList<>(clksB.subList(0, 300));
    clksC.addAll(clksA.subList(500, 800));
    List<ClkSet> sets = List.of(ClkSet.of(clksA), ClkSet.of(clksB), ClkSet.of(clksC));
    Candidates expected = CandidateSearch.withThreshold(THRESHOLD).search(sets);
    Dataset<Row> pairs = SparkMatching.candidates(List.of(clkTable(clksA, 2), clkTable(clksB, 3), clkTable(clksC, 2)),
        THRESHOLD, null, 2);
    assertThat(SparkMatching.collect(pairs)).containsExactlyElementsOf(expected);
    assertThat(SparkMatching.matches(pairs)).containsExactlyElementsOf(GreedySolver.matchedPairs(expected));
    Candidates blocked = HammingLshBlocking.of(30, 12, 3).search(sets, THRESHOLD).candidates();
    assertThat(SparkMatching.collect(SparkMatching.candidates(
        List.of(clkTable(clksA, 2), clkTable(clksB, 1), clkTable(clksC, 3)), THRESHOLD, HammingLshBlocking.of(30, 12, 3), 1)))
        .containsExactlyElementsOf(blocked);
  }

  @Test
  void candidates_oneTable_isRefused() {
    assertThatThrownBy(() -> SparkMatching.candidates(List.of(clkTable(clksA, 1)), THRESHOLD, null, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Arrays.asList(clkTable(clksA, 1).columns())).containsExactly("id", "clk");
  }
}
