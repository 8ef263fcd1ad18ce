package eu.barrier.spark.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.barrier.core.id.IdentifierType;
import eu.barrier.core.id.NlBsn;
import eu.barrier.privacy.InsecureSecretAccess;
import eu.barrier.privacy.key.KeyFiles;
import eu.barrier.privacy.key.PartyKeyBundle;
import eu.barrier.privacy.pseudonym.PseudonymContext;
import eu.barrier.privacy.pseudonym.Pseudonymiser;
import eu.barrier.spark.LocalSpark;
import eu.barrier.spark.SecretFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SparkPseudonymisationTest {

  static final PseudonymContext CONTEXT = PseudonymContext.of("thb-research", "university-example");

  @TempDir static Path dir;
  static SparkSession spark;
  static PartyKeyBundle bundle;
  static byte[] keysFile;
  static List<String> values = new ArrayList<>();

  @BeforeAll
  static void keys() {
    spark = LocalSpark.session();
    bundle = PartyKeyBundle.generate("municipality-test", new SecureRandom());
    keysFile = KeyFiles.write(bundle, InsecureSecretAccess.get()).getBytes(StandardCharsets.UTF_8);
    for (long n = 100_000_000L; values.size() < 3000; n++) {
      String s = Long.toString(n);
      if (NlBsn.isValid(s)) {
        values.add(values.size() % 3 == 0 ? s.substring(0, 4) + "." + s.substring(4) : s);
      }
    }
    values.add("123456789"); // fails the 11-test
    values.add(null);
  }

  static Dataset<Row> table(int partitions) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      rows.add(RowFactory.create((long) i, values.get(i), "kept-" + i));
    }
    StructType schema = new StructType().add("row", DataTypes.LongType).add("bsn", DataTypes.StringType)
        .add("note", DataTypes.StringType);
    return spark.createDataFrame(rows, schema).repartition(partitions);
  }

  static Map<Long, Row> byRow(Dataset<Row> out) {
    Map<Long, Row> map = new HashMap<>();
    for (Row r : out.collectAsList()) {
      map.put(r.getLong(0), r);
    }
    return map;
  }

  @Test
  void pseudonymise_severalPartitionsAndARepartition_samePseudonymsAsTheLibrary() {
    Pseudonymiser library = Pseudonymiser.create(bundle.keySet(), CONTEXT);
    Dataset<Row> in = table(3).repartition(5);
    Map<Long, Row> out = byRow(SparkPseudonymisation.pseudonymise(in, SecretFile.carried(keysFile), CONTEXT,
        IdentifierType.NL_BSN, List.of("bsn")));
    assertThat(out).hasSize(values.size());
    for (int i = 0; i < values.size() - 2; i++) {
      Row r = out.get((long) i);
      assertThat(r.getString(1)).isEqualTo(library.pseudonymise(IdentifierType.NL_BSN, values.get(i)).format());
      assertThat(r.getString(2)).isEqualTo("kept-" + i);
      assertThat(r.getList(3)).isEmpty();
    }
    Row invalid = out.get((long) values.size() - 2);
    assertThat(invalid.isNullAt(1)).isTrue();
    assertThat(invalid.getList(3)).containsExactly("bsn");
    Row missing = out.get((long) values.size() - 1);
    assertThat(missing.isNullAt(1)).isTrue();
    assertThat(missing.getList(3)).isEmpty();
  }

  @Test
  void pseudonymise_twoColumns_listsEachInvalidColumnInOrder() {
    String valid = values.get(1);
    List<Row> rows = List.of(RowFactory.create(0L, valid, valid), RowFactory.create(1L, "123456789", valid),
        RowFactory.create(2L, valid, "123456789"), RowFactory.create(3L, "123456789", "123456789"),
        RowFactory.create(4L, null, "123456789"));
    StructType schema = new StructType().add("row", DataTypes.LongType).add("a", DataTypes.StringType)
        .add("b", DataTypes.StringType);
    Map<Long, Row> out = byRow(SparkPseudonymisation.pseudonymise(spark.createDataFrame(rows, schema).repartition(2),
        SecretFile.carried(keysFile), CONTEXT, IdentifierType.NL_BSN, List.of("b", "a")));
    String pseudonym = Pseudonymiser.create(bundle.keySet(), CONTEXT).pseudonymise(IdentifierType.NL_BSN, valid).format();
    assertThat(out.get(0L).getString(1)).isEqualTo(pseudonym);
    assertThat(out.get(0L).getString(2)).isEqualTo(pseudonym);
    assertThat(out.get(0L).getList(3)).isEmpty();
    assertThat(out.get(1L).getList(3)).containsExactly("a");
    assertThat(out.get(2L).getList(3)).containsExactly("b");
    assertThat(out.get(3L).getList(3)).containsExactly("b", "a");
    assertThat(out.get(4L).getList(3)).containsExactly("b");
  }

  @Test
  void pseudonymise_keysReadOnTheExecutor_sameAsCarried() throws Exception {
    Path file = dir.resolve("municipality.keys.json");
    Files.write(file, keysFile);
    Map<Long, Row> carried = byRow(SparkPseudonymisation.pseudonymise(table(2), SecretFile.carried(keysFile), CONTEXT,
        IdentifierType.NL_BSN, List.of("bsn")));
    Map<Long, Row> read = byRow(SparkPseudonymisation.pseudonymise(table(4),
        SecretFile.onExecutor(file.toAbsolutePath().toString()), CONTEXT, IdentifierType.NL_BSN, List.of("bsn")));
    assertThat(read).isEqualTo(carried);
  }

  @Test
  void pseudonymise_keyMaterial_neverInThePlanTheConfigurationOrTheEventLog() throws Exception {
    List<String> secrets = new ArrayList<>();
    Matcher m = Pattern.compile("[A-Za-z0-9_+/=-]{40,}").matcher(new String(keysFile, StandardCharsets.UTF_8));
    while (m.find()) {
      secrets.add(m.group());
    }
    assertThat(secrets).as("the keys file holds key material to look for").isNotEmpty();
    SecretFile keys = SecretFile.carried(keysFile);
    Dataset<Row> out = SparkPseudonymisation.pseudonymise(table(2), keys, CONTEXT, IdentifierType.NL_BSN,
        List.of("bsn"));
    assertThat(out.count()).isEqualTo(values.size());
    String plan = out.queryExecution().toString();
    assertThat(plan).contains("UDF(").contains("barrier_invalid");
    StringBuilder seen = new StringBuilder(plan).append(keys).append(spark.conf().getAll().toString());
    try (Stream<Path> logs = Files.walk(eu.barrier.spark.LocalSpark.EVENT_LOG)) {
      String app = spark.sparkContext().applicationId();
      for (Path log : logs.filter(Files::isRegularFile).filter(p -> p.toString().contains(app)).toList()) {
        seen.append(Files.readString(log, StandardCharsets.UTF_8));
      }
    }
    assertThat(seen.toString()).as("the event log covers this job").contains("barrier_invalid");
    for (String secret : secrets) {
      assertThat(seen.toString()).doesNotContain(secret);
    }
  }

  @Test
  void pseudonymise_missingColumn_isATypedError() {
    assertThatThrownBy(() -> SparkPseudonymisation.pseudonymise(table(1), SecretFile.carried(keysFile), CONTEXT,
        IdentifierType.NL_BSN, List.of("nationalNumber")))
        .hasMessageContaining("BARRIER-SPK-0201").hasMessageContaining("nationalNumber");
  }

  @Test
  void secretFile_toString_neverShowsContentOrPath() {
    assertThat(SecretFile.carried(keysFile).toString()).isEqualTo("SecretFile[carried, redacted]");
    assertThat(SecretFile.onExecutor("/secret/path/keys.json").toString())
        .isEqualTo("SecretFile[read on executor, redacted]");
  }
}
