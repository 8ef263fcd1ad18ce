package eu.barrier.spark.linkage;

import eu.barrier.linkage.clk.ClkEncoder;
import eu.barrier.linkage.clk.InvalidRecordException;
import eu.barrier.linkage.clk.LinkageSecret;
import eu.barrier.linkage.clk.RecordProblem;
import eu.barrier.linkage.schema.LinkageSchema;
import eu.barrier.linkage.schema.LinkageSchemas;
import eu.barrier.privacy.InsecureSecretAccess;
import eu.barrier.spark.ExecutorCache;
import eu.barrier.spark.SecretFile;
import eu.barrier.spark.SparkError;
import eu.barrier.spark.SparkJobException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Encodes the records of a table into CLKs with the library's {@link ClkEncoder}: the same schema,
 * secret and values give the same CLK bytes as {@code barrier linkage encode} and clkhash 0.18.3.
 * No hardening (the CLKs stay byte-compatible with clkhash).
 *
 * <p>The table has one string column per feature identifier of the schema (ignored features
 * included; a {@code null} cell is the empty value) and an integer id column. The result has the
 * columns {@value #ID} (the id, as a {@code long}), {@value #CLK} (the CLK bytes, {@code null} for an
 * invalid record) and {@value #PROBLEMS} (each broken rule as {@link RecordProblem#describe()} gives
 * it, with the id as row: never a value). The encoder is compiled once per executor; the secret
 * reaches it as a {@link SecretFile}.
 */
public final class SparkClkEncoding {

  /** The column {@link #readCsv} adds: the record's 0-based position in its file. */
  public static final String ROW = "row";

  /** The id column of the result. */
  public static final String ID = "id";

  /** The CLK column of the result: the CLK's bytes as clkhash writes them (before base64). */
  public static final String CLK = "clk";

  /** The problems column of the result. */
  public static final String PROBLEMS = "problems";

  /** The schema of the result. */
  public static final StructType RESULT = new StructType()
      .add(ID, DataTypes.LongType, false)
      .add(CLK, DataTypes.BinaryType, true)
      .add(PROBLEMS, DataTypes.createArrayType(DataTypes.StringType, false), false);

  private SparkClkEncoding() {}

  /**
   * Encodes every record of a table.
   *
   * @param records the table
   * @param idColumn its integer ({@code int} or {@code long}) id column
   * @param schemaDocument the linkage schema document (clkhash v1, v2 or v3)
   * @param secret the linkage secret file (the file's bytes without one trailing line break)
   * @return the CLKs; lazy, as Spark tables are
   * @throws eu.barrier.linkage.schema.SchemaException if the schema is not valid (checked on the
   *     driver)
   * @throws SparkJobException ({@link SparkError#INPUT_COLUMNS}) if a feature or the id column is
   *     missing or of another type
   */
  public static Dataset<Row> encode(Dataset<Row> records, String idColumn, byte[] schemaDocument, SecretFile secret) {
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(idColumn, "idColumn");
    Objects.requireNonNull(secret, "secret");
    byte[] schemaBytes = Objects.requireNonNull(schemaDocument, "schemaDocument").clone();
    LinkageSchema schema = LinkageSchemas.parse(schemaBytes);
    List<String> names = Arrays.asList(records.columns());
    List<String> wanted = new ArrayList<>(schema.identifiers());
    for (String f : wanted) {
      if (!names.contains(f) || !records.schema().apply(f).dataType().equals(DataTypes.StringType)) {
        throw new SparkJobException(SparkError.INPUT_COLUMNS, "feature " + f + " is not a string column of the table");
      }
    }
    if (!names.contains(idColumn)) {
      throw new SparkJobException(SparkError.INPUT_COLUMNS, "the table has no column " + idColumn);
    }
    DataType idType = records.schema().apply(idColumn).dataType();
    if (!idType.equals(DataTypes.LongType) && !idType.equals(DataTypes.IntegerType)) {
      throw new SparkJobException(SparkError.INPUT_COLUMNS, "column " + idColumn + " is not an integer column");
    }
    if (secret.isCarried()) {
      encoder(secret, schemaBytes, schema.sha256());
    }
    List<String> select = new ArrayList<>();
    select.add(idColumn);
    select.addAll(wanted);
    Dataset<Row> input = records.selectExpr(select.stream().map(c -> "`" + c + "`").toArray(String[]::new));
    Broadcast<SecretFile> shipped = JavaSparkContext.fromSparkContext(records.sparkSession().sparkContext())
        .broadcast(secret);
    return input.mapPartitions(new EncodeRows(shipped, schemaBytes, schema.sha256()), Encoders.row(RESULT));
  }

  /**
   * Reads a records file (UTF-8 CSV with a header, as {@code barrier linkage encode} and clkhash
   * read it) with Spark's CSV reader, every column a string, and adds the column {@value #ROW}: each
   * record's 0-based position in the file, the index its CLK has in a CLK file. Fields are quoted
   * with {@code "} and {@code ""}; a field may not span lines (so the file splits into partitions);
   * an empty field is the empty value; a malformed line fails the job.
   *
   * @param spark the session
   * @param path one CSV file
   * @return the records with {@value #ROW}
   */
  public static Dataset<Row> readCsv(SparkSession spark, String path) {
    Dataset<Row> csv = spark.read().option("header", "true").option("quote", "\"").option("escape", "\"")
        .option("multiLine", "false").option("mode", "FAILFAST").option("encoding", "UTF-8").csv(path);
    StructType schema = csv.schema().add(ROW, DataTypes.LongType, false);
    // Both passes are planned here, under the same settings, so they read the same splits of the
    // file. The first counts the records of each split without reading a column (Spark then parses
    // no field); the second numbers them and checks the counts still hold.
    JavaRDD<Row> records = csv.toJavaRDD();
    List<Long> sizes = csv.select().toJavaRDD().mapPartitions(new CountRecords()).collect();
    if (sizes.size() != records.getNumPartitions()) {
      throw new SparkJobException(SparkError.RECORDS_CHANGED, "the records file was split in two ways");
    }
    long[] offsets = new long[sizes.size() + 1];
    for (int i = 0; i < sizes.size(); i++) {
      offsets[i + 1] = offsets[i] + sizes.get(i);
    }
    return spark.createDataFrame(records.mapPartitionsWithIndex(new Numbered(offsets), true), schema);
  }

  /** Counts the rows of a partition. */
  static final class CountRecords implements FlatMapFunction<Iterator<Row>, Long> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Long> call(Iterator<Row> rows) {
      long n = 0;
      while (rows.hasNext()) {
        rows.next();
        n++;
      }
      return List.of(n).iterator();
    }
  }

  /**
   * Appends to each row its position in the file: the partition's offset plus the position in the
   * partition; fails the task if the partition holds another number of records than counted.
   */
  static final class Numbered implements Function2<Integer, Iterator<Row>, Iterator<Row>> {
    private static final long serialVersionUID = 2L;
    private final long[] offsets;

    Numbered(long[] offsets) {
      this.offsets = offsets;
    }

    @Override
    public Iterator<Row> call(Integer partition, Iterator<Row> rows) {
      long first = offsets[partition];
      long end = offsets[partition + 1];
      return new Iterator<>() {
        private long next = first;

        @Override
        public boolean hasNext() {
          boolean more = rows.hasNext();
          if (more ? next >= end : next != end) {
            throw new SparkJobException(SparkError.RECORDS_CHANGED, "the records file changed while it was read");
          }
          return more;
        }

        @Override
        public Row next() {
          if (!hasNext()) {
            throw new java.util.NoSuchElementException();
          }
          Row r = rows.next();
          Object[] values = new Object[r.length() + 1];
          for (int i = 0; i < r.length(); i++) {
            values[i] = r.get(i);
          }
          values[values.length - 1] = next++;
          return RowFactory.create(values);
        }
      };
    }
  }

  /** The encoder of a secret and schema, compiled once per JVM. */
  static ClkEncoder encoder(SecretFile secret, byte[] schema, String schemaSha256) {
    return ExecutorCache.get(ClkEncoder.class, secret.id() + "|" + schemaSha256, () -> {
      byte[] bytes = secret.content(InsecureSecretAccess.get());
      try {
        return ClkEncoder.create(LinkageSchemas.parse(schema),
            LinkageSecret.fromFileContent(bytes, InsecureSecretAccess.get()));
      } finally {
        Arrays.fill(bytes, (byte) 0);
      }
    });
  }

  /** Encodes each record of a partition. Shows no secret in plans or logs. */
  static final class EncodeRows implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<SecretFile> secret;
    private final byte[] schema;
    private final String schemaSha256;

    EncodeRows(Broadcast<SecretFile> secret, byte[] schema, String schemaSha256) {
      this.secret = secret;
      this.schema = schema;
      this.schemaSha256 = schemaSha256;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      ClkEncoder.Batch encoder = encoder(secret.value(), schema, schemaSha256).batch();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Row next() {
          Row r = rows.next();
          long id = ((Number) r.get(0)).longValue();
          List<String> record = new ArrayList<>(r.length() - 1);
          for (int i = 1; i < r.length(); i++) {
            record.add(r.isNullAt(i) ? "" : r.getString(i));
          }
          try {
            return RowFactory.create(id, encoder.encode(record).toBytes(), new String[0]);
          } catch (InvalidRecordException e) {
            List<String> problems = new ArrayList<>();
            for (RecordProblem p : e.problems()) {
              problems.add(new RecordProblem(id, 0, p.field(), p.identifier(), p.error()).describe());
            }
            return RowFactory.create(id, null, problems.toArray(String[]::new));
          }
        }
      };
    }

    @Override
    public String toString() {
      return "EncodeRows[schema sha256 " + schemaSha256.substring(0, 16) + ", secret redacted]";
    }
  }
}
