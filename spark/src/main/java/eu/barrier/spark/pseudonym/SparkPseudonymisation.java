package eu.barrier.spark.pseudonym;

import eu.barrier.core.id.IdentifierType;
import eu.barrier.core.id.InvalidIdentifierException;
import eu.barrier.privacy.InsecureSecretAccess;
import eu.barrier.privacy.key.KeyFiles;
import eu.barrier.privacy.key.PartyKeyBundle;
import eu.barrier.privacy.pseudonym.PseudonymContext;
import eu.barrier.privacy.pseudonym.Pseudonymiser;
import eu.barrier.spark.ExecutorCache;
import eu.barrier.spark.SecretFile;
import eu.barrier.spark.SparkError;
import eu.barrier.spark.SparkJobException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * Replaces identifier columns of a table with their keyed pseudonyms ({@code pk1.<kid>.<tag>}), as
 * {@code barrier pseudonymise} and {@link Pseudonymiser#pseudonymise(IdentifierType, CharSequence)}
 * give them: the same keys file, purpose, recipient and value give the same pseudonym on Spark and
 * on one machine.
 *
 * <p>An invalid identifier is never hashed: its cell becomes {@code null} and the column's name is
 * listed in the added column {@value #INVALID}, so no row is dropped silently; a {@code null} cell
 * stays {@code null} and is not listed. Other columns pass through unchanged.
 *
 * <p>The keys file reaches the executors as a {@link SecretFile} inside a broadcast, never in the
 * Spark configuration, a job description or the query plan (the function that runs on each
 * partition shows only the purpose, recipient, type and columns). Each executor parses it and
 * derives the pseudonym keys once per JVM ({@link ExecutorCache}).
 */
public final class SparkPseudonymisation {

  /** The added column: the names of the columns whose value was not a valid identifier. */
  public static final String INVALID = "barrier_invalid";

  private SparkPseudonymisation() {}

  /**
   * Pseudonymises columns of a table.
   *
   * @param table the table
   * @param keys the {@code barrier-keys/1} file of the party that pseudonymises
   * @param context the purpose and recipient domain
   * @param type the identifier type of every listed column
   * @param columns the string columns to pseudonymise
   * @return the table with those columns replaced and {@value #INVALID} added; lazy, as Spark
   *     tables are
   * @throws SparkJobException ({@link SparkError#PSEUDONYMISE_COLUMN}) if a column is missing or not
   *     a string
   * @throws eu.barrier.privacy.key.KeySetException if a carried keys file is not valid (checked on
   *     the driver before any task runs)
   */
  public static Dataset<Row> pseudonymise(Dataset<Row> table, SecretFile keys, PseudonymContext context,
      IdentifierType type, List<String> columns) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(keys, "keys");
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(type, "type");
    if (columns.isEmpty()) {
      throw new SparkJobException(SparkError.PSEUDONYMISE_COLUMN, "name at least one column");
    }
    List<String> names = Arrays.asList(table.columns());
    List<String> listed = List.copyOf(new LinkedHashSet<>(columns));
    for (String c : listed) {
      int at = names.indexOf(c);
      if (at < 0 || !table.schema().fields()[at].dataType().equals(DataTypes.StringType)) {
        throw new SparkJobException(SparkError.PSEUDONYMISE_COLUMN, "column " + c + " is missing or not a string column");
      }
    }
    if (keys.isCarried()) {
      compile(keys, context.purpose(), context.recipient());
    }
    Broadcast<SecretFile> shipped = JavaSparkContext.fromSparkContext(table.sparkSession().sparkContext())
        .broadcast(keys);
    UserDefinedFunction pseudonym = functions.udf(
        new PseudonymiseValue(shipped, context.purpose(), context.recipient(), type.id()), DataTypes.StringType);
    // first every column and each listed column's pseudonym, then the pseudonyms in their columns'
    // places and the list of invalid cells: the function runs once per cell (Spark does not merge
    // the two projections, as that would evaluate it twice)
    String prefix = "barrier_pseudonym_";
    while (startsWithAny(names, prefix)) {
      prefix = "_" + prefix;
    }
    List<Column> first = new ArrayList<>();
    for (String n : names) {
      first.add(table.col(quote(n)));
    }
    for (int i = 0; i < listed.size(); i++) {
      first.add(pseudonym.apply(table.col(quote(listed.get(i)))).as(prefix + i));
    }
    Dataset<Row> step = table.select(first.toArray(Column[]::new));
    List<Column> second = new ArrayList<>();
    for (StructField f : table.schema().fields()) {
      int i = listed.indexOf(f.name());
      second.add(i < 0 ? step.col(quote(f.name())) : step.col(prefix + i).as(f.name(), f.metadata()));
    }
    // per column a constant array (its name, or none), joined: Spark generates code for these,
    // while array_compact (a higher-order function) would be interpreted on every row
    Column none = functions.lit(new String[0]);
    Column[] flags = new Column[listed.size()];
    for (int i = 0; i < listed.size(); i++) {
      flags[i] = functions.when(step.col(quote(listed.get(i))).isNotNull().and(step.col(prefix + i).isNull()),
          functions.lit(new String[] {listed.get(i)})).otherwise(none);
    }
    second.add((flags.length == 1 ? flags[0] : functions.concat(flags)).as(INVALID));
    return step.select(second.toArray(Column[]::new));
  }

  private static boolean startsWithAny(List<String> names, String prefix) {
    return names.stream().anyMatch(n -> n.startsWith(prefix));
  }

  /** A column name as Spark's column resolution reads it, dots and back-ticks included. */
  private static String quote(String name) {
    return "`" + name.replace("`", "``") + "`";
  }

  static Pseudonymiser compile(SecretFile keys, String purpose, String recipient) {
    return ExecutorCache.get(Pseudonymiser.class, keys.id() + "|" + purpose + "|" + recipient, () -> {
      byte[] bytes = keys.content(InsecureSecretAccess.get());
      try {
        PartyKeyBundle bundle = KeyFiles.parse(new String(bytes, StandardCharsets.UTF_8), InsecureSecretAccess.get());
        return Pseudonymiser.create(bundle.keySet(), PseudonymContext.of(purpose, recipient));
      } finally {
        Arrays.fill(bytes, (byte) 0);
      }
    });
  }

  /**
   * The pseudonym of one cell, or {@code null} for a {@code null} or invalid one. Spark deserialises
   * it once per task; the pseudonymiser is compiled once per executor JVM.
   */
  static final class PseudonymiseValue implements UDF1<String, String> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<SecretFile> keys;
    private final String purpose;
    private final String recipient;
    private final String type;
    private transient Pseudonymiser pseudonymiser;
    private transient IdentifierType identifierType;

    PseudonymiseValue(Broadcast<SecretFile> keys, String purpose, String recipient, String type) {
      this.keys = keys;
      this.purpose = purpose;
      this.recipient = recipient;
      this.type = type;
    }

    @Override
    public String call(String value) {
      if (value == null) {
        return null;
      }
      if (pseudonymiser == null) {
        pseudonymiser = compile(keys.value(), purpose, recipient);
        identifierType = IdentifierType.fromId(type);
      }
      try {
        return pseudonymiser.pseudonymise(identifierType, value).format();
      } catch (InvalidIdentifierException e) {
        return null;
      }
    }

    @Override
    public String toString() {
      return "PseudonymiseValue[purpose=" + purpose + ", recipient=" + recipient + ", type=" + type + ", keys redacted]";
    }
  }
}
