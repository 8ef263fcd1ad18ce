package eu.barrier.spark.kbo;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;

import eu.barrier.core.id.BeEnterpriseNumber;
import eu.barrier.core.id.BeEstablishmentUnitNumber;
import eu.barrier.core.json.BarrierJson;
import eu.barrier.core.observation.SubjectReference;
import eu.barrier.registers.kbo.KboActivity;
import eu.barrier.registers.kbo.KboSector;
import eu.barrier.registers.sector.SectorMapping;
import eu.barrier.spark.SparkError;
import eu.barrier.spark.SparkJobException;
import eu.barrier.spark.screening.SparkScreening;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Reads the establishment units of a KBO Open Data full extract (a folder with the cookbook's CSV
 * files) with Spark's CSV reader, and gives each its screening key and derived sector: a table for
 * {@link SparkScreening} ({@value SparkScreening#ID}, {@value SparkScreening#SECTOR}) with what the
 * sector was derived from.
 *
 * <p>Only the three files the sector needs are read: {@code establishment.csv}, {@code
 * enterprise.csv} (which enterprises exist) and the {@code MAIN} rows of {@code activity.csv}. The
 * domain rules are the library's, none is repeated here: numbers are checked by core's {@link
 * BeEstablishmentUnitNumber} and {@link BeEnterpriseNumber}, activity rows by {@link
 * KboActivity#parse}, and the sector by {@link KboSector#derive} with {@link
 * SectorMapping#bundled()}, exactly as {@code KboReader} derives it. So on a well-formed extract the
 * table holds the units and sectors that {@code KboReader} gives (a test checks it on the synthetic
 * extract).
 *
 * <p>What {@code KboReader} does and this does not: it reports every malformed, duplicate or
 * dangling row with its line (run {@code barrier registers kbo} for that report), keeps the last of
 * duplicate rows, checks the other columns of each row, and reads zipped extracts and update
 * extracts. Here a row whose numbers fail their check is left out and counted ({@link
 * #skippedUnits}); unzip the extract first.
 */
public final class KboUnits {

  /** The header of {@code establishment.csv}. */
  public static final List<String> ESTABLISHMENT_HEADER = List.of("EstablishmentNumber", "StartDate",
      "EnterpriseNumber");

  /** The header of {@code enterprise.csv}. */
  public static final List<String> ENTERPRISE_HEADER = List.of("EnterpriseNumber", "Status", "JuridicalSituation",
      "TypeOfEnterprise", "JuridicalForm", "JuridicalFormCAC", "StartDate");

  /** The header of {@code activity.csv}. */
  public static final List<String> ACTIVITY_HEADER = List.of("EntityNumber", "ActivityGroup", "NaceVersion",
      "NaceCode", "Classification");

  /** The columns of the table, after {@value SparkScreening#ID} and {@value SparkScreening#SECTOR}. */
  public static final List<String> BASIS_COLUMNS = List.of("sector_level", "sector_code_list", "sector_code",
      "sector_verified");

  private static final StructType UNITS = new StructType()
      .add(SparkScreening.ID, DataTypes.StringType, false)
      .add(SparkScreening.SECTOR, DataTypes.StringType, false)
      .add("sector_level", DataTypes.StringType, false)
      .add("sector_code_list", DataTypes.StringType, true)
      .add("sector_code", DataTypes.StringType, true)
      .add("sector_verified", DataTypes.BooleanType, false);

  private static final UserDefinedFunction UNIT = functions.udf(new UnitNumber(), DataTypes.StringType);
  private static final UserDefinedFunction ENTERPRISE = functions.udf(new EnterpriseNumber(), DataTypes.StringType);

  private KboUnits() {}

  /**
   * Reads the units of an extract with their derived sectors.
   *
   * @param spark the session
   * @param extract the folder of the unzipped full extract (any path Spark reads: local, HDFS, S3)
   * @return the table: {@code id} ({@code be-establishment:<10 digits>}), {@code sector} and {@link
   *     #BASIS_COLUMNS}, one row per unit with valid numbers
   * @throws SparkJobException ({@link SparkError#KBO_FILE}) if a file is missing or its header is
   *     not the cookbook's
   */
  public static Dataset<Row> read(SparkSession spark, String extract) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(extract, "extract");
    Dataset<Row> units = csv(spark, extract, "establishment.csv", ESTABLISHMENT_HEADER)
        .select(UNIT.apply(col("EstablishmentNumber")).as("unit"),
            ENTERPRISE.apply(col("EnterpriseNumber")).as("enterprise"))
        .where(col("unit").isNotNull().and(col("enterprise").isNotNull()));
    Dataset<Row> enterprises = csv(spark, extract, "enterprise.csv", ENTERPRISE_HEADER)
        .select(ENTERPRISE.apply(col("EnterpriseNumber")).as("present_enterprise"))
        .where(col("present_enterprise").isNotNull()).distinct();
    Dataset<Row> main = csv(spark, extract, "activity.csv", ACTIVITY_HEADER)
        .where(col("Classification").equalTo(lit("MAIN")))
        .select(col("EntityNumber"), struct(col("ActivityGroup"), col("NaceVersion"), col("NaceCode"),
            col("Classification")).as("activity"));
    Dataset<Row> unitMain = main.select(UNIT.apply(col("EntityNumber")).as("activity_unit"), col("activity"))
        .where(col("activity_unit").isNotNull())
        .groupBy("activity_unit").agg(collect_list("activity").as("unit_activities"));
    Dataset<Row> enterpriseMain = main
        .select(ENTERPRISE.apply(col("EntityNumber")).as("activity_enterprise"), col("activity"))
        .where(col("activity_enterprise").isNotNull())
        .groupBy("activity_enterprise").agg(collect_list("activity").as("enterprise_activities"));
    Dataset<Row> joined = units
        .join(unitMain, units.col("unit").equalTo(unitMain.col("activity_unit")), "left")
        .join(enterprises, units.col("enterprise").equalTo(enterprises.col("present_enterprise")), "left")
        .join(enterpriseMain, units.col("enterprise").equalTo(enterpriseMain.col("activity_enterprise")), "left")
        .select(col("unit"), col("present_enterprise").isNotNull().as("present"), col("unit_activities"),
            col("enterprise_activities"));
    return joined.mapPartitions(new DeriveSector(), Encoders.row(UNITS));
  }

  /**
   * Counts the rows of {@code establishment.csv} left out because a number fails its check.
   *
   * @param spark the session
   * @param extract the folder of the extract
   * @return the count
   */
  public static long skippedUnits(SparkSession spark, String extract) {
    return csv(spark, extract, "establishment.csv", ESTABLISHMENT_HEADER)
        .where(UNIT.apply(col("EstablishmentNumber")).isNull()
            .or(ENTERPRISE.apply(col("EnterpriseNumber")).isNull()))
        .count();
  }

  private static Dataset<Row> csv(SparkSession spark, String extract, String file, List<String> header) {
    String path = extract.endsWith("/") ? extract + file : extract + "/" + file;
    Dataset<Row> table;
    try {
      table = spark.read().option("header", "true").option("quote", "\"").option("escape", "\"")
          .option("encoding", "UTF-8").option("mode", "PERMISSIVE").csv(path);
    } catch (Exception e) {
      if (e instanceof AnalysisException) {
        throw new SparkJobException(SparkError.KBO_FILE, file + " is missing");
      }
      throw e;
    }
    List<String> columns = new ArrayList<>(Arrays.asList(table.columns()));
    if (!columns.isEmpty() && columns.get(0).startsWith("\uFEFF")) {
      columns.set(0, columns.get(0).substring(1));
      table = table.toDF(columns.toArray(String[]::new));
    }
    if (!columns.equals(header)) {
      throw new SparkJobException(SparkError.KBO_FILE, file + " must have the header " + String.join(",", header));
    }
    return table;
  }

  /** The 10 digits of a valid establishment unit number, else {@code null}. */
  static final class UnitNumber implements UDF1<String, String> {
    private static final long serialVersionUID = 1L;

    @Override
    public String call(String text) {
      return text != null && BeEstablishmentUnitNumber.isValid(text) ? BeEstablishmentUnitNumber.parse(text).canonical()
          : null;
    }
  }

  /** The 10 digits of a valid enterprise number, else {@code null}. */
  static final class EnterpriseNumber implements UDF1<String, String> {
    private static final long serialVersionUID = 1L;

    @Override
    public String call(String text) {
      return text != null && BeEnterpriseNumber.isValid(text) ? BeEnterpriseNumber.parse(text).canonical() : null;
    }
  }

  /** Derives each unit's sector with the library's rule and table. */
  static final class DeriveSector implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      SectorMapping mapping = SectorMapping.bundled();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Row next() {
          Row r = rows.next();
          boolean present = r.getBoolean(1);
          KboSector s = KboSector.derive(activities(r, 2), present ? activities(r, 3) : List.of(), mapping);
          return RowFactory.create(SubjectReference.of(BeEstablishmentUnitNumber.parse(r.getString(0))).key(), BarrierJson.enumId(s.sector()),
              BarrierJson.enumId(s.level()), s.codeList() == null ? null : BarrierJson.enumId(s.codeList()),
              s.code(), s.verified());
        }
      };
    }

    private static List<KboActivity> activities(Row r, int column) {
      if (r.isNullAt(column)) {
        return List.of();
      }
      List<Row> list = r.getList(column);
      List<KboActivity> out = new ArrayList<>(list.size());
      for (Row a : list) {
        KboActivity.parse(a.getString(0), a.getString(1), a.getString(2), a.getString(3)).ifPresent(out::add);
      }
      return out;
    }
  }
}
