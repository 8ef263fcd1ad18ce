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
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

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
    int[] indexes = new int[columns.size()];
    for (int i = 0; i < columns.size(); i++) {
      int at = names.indexOf(columns.get(i));
      if (at < 0 || !table.schema().fields()[at].dataType().equals(DataTypes.StringType)) {
        throw new SparkJobException(SparkError.PSEUDONYMISE_COLUMN, "column " + columns.get(i)
            + " is missing or not a string column");
      }
      indexes[i] = at;
    }
    if (keys.isCarried()) {
      compile(keys, context.purpose(), context.recipient());
    }
    StructType out = new StructType();
    for (StructField f : table.schema().fields()) {
      out = out.add(columns.contains(f.name()) ? new StructField(f.name(), DataTypes.StringType, true, f.metadata()) : f);
    }
    out = out.add(INVALID, DataTypes.createArrayType(DataTypes.StringType, false), false);
    Broadcast<SecretFile> shipped = JavaSparkContext.fromSparkContext(table.sparkSession().sparkContext())
        .broadcast(keys);
    return table.mapPartitions(new PseudonymiseRows(shipped, context.purpose(), context.recipient(), type.id(),
        List.copyOf(columns), indexes), Encoders.row(out));
  }

  /** The pseudonymiser of a keys file and context, compiled once per JVM. */
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

  /** Pseudonymises the listed cells of each row. Shows no secret in plans or logs. */
  static final class PseudonymiseRows implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<SecretFile> keys;
    private final String purpose;
    private final String recipient;
    private final String type;
    private final List<String> columns;
    private final int[] indexes;

    PseudonymiseRows(Broadcast<SecretFile> keys, String purpose, String recipient, String type, List<String> columns,
        int[] indexes) {
      this.keys = keys;
      this.purpose = purpose;
      this.recipient = recipient;
      this.type = type;
      this.columns = columns;
      this.indexes = indexes;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      Pseudonymiser pseudonymiser = compile(keys.value(), purpose, recipient);
      IdentifierType t = IdentifierType.fromId(type);
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Row next() {
          Row r = rows.next();
          Object[] values = new Object[r.length() + 1];
          for (int i = 0; i < r.length(); i++) {
            values[i] = r.get(i);
          }
          List<String> invalid = new ArrayList<>(0);
          for (int c = 0; c < indexes.length; c++) {
            String v = (String) values[indexes[c]];
            if (v == null) {
              continue;
            }
            try {
              values[indexes[c]] = pseudonymiser.pseudonymise(t, v).format();
            } catch (InvalidIdentifierException e) {
              values[indexes[c]] = null;
              invalid.add(columns.get(c));
            }
          }
          values[r.length()] = invalid.toArray(String[]::new);
          return RowFactory.create(values);
        }
      };
    }

    @Override
    public String toString() {
      return "PseudonymiseRows[purpose=" + purpose + ", recipient=" + recipient + ", type=" + type + ", columns="
          + columns + ", keys redacted]";
    }
  }
}
