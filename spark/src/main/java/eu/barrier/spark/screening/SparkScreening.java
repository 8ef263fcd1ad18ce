package eu.barrier.spark.screening;

import eu.barrier.core.Language;
import eu.barrier.core.establishment.Sector;
import eu.barrier.core.json.BarrierJson;
import eu.barrier.core.observation.Observation;
import eu.barrier.core.observation.SubjectKind;
import eu.barrier.core.observation.SubjectReference;
import eu.barrier.indicators.scoring.Outcome;
import eu.barrier.screening.ObservedEstablishment;
import eu.barrier.screening.Screening;
import eu.barrier.screening.ScreeningResult;
import eu.barrier.screening.ScreeningResults;
import eu.barrier.spark.SparkError;
import eu.barrier.spark.SparkJobException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * Screens a table of establishments on Spark with the library's {@link Screening}, and gives the
 * same {@link ScreeningResult} as {@link Screening#screenAll} on one machine.
 *
 * <p>The table has a string column {@value #ID} (the subject key: {@code be-establishment:<10
 * digits>}, {@code nl-establishment:<12 digits>} or a host's own key) and a string column {@value
 * #SECTOR} (a sector id of {@link Sector}: {@code carwash}, {@code horeca}, …); other columns are
 * never read. Observations come from a municipal export ({@link ObservationsFile}), matched by
 * subject key.
 *
 * <p>How: each partition is one {@link Screening.Batch} of the screening compiled once per executor
 * ({@link ScreeningSpec#screening()}). A batch keeps only the establishments at or above the kept
 * level, and its partial result travels back to the driver as a results document ({@link
 * ScreeningResults}, strict JSON, read back to an equal result); the driver adds up the counts and
 * sorts the kept establishments with {@link Screening#ranking()}. So every score, level and reason
 * is the library's, and so is the order; the number of partitions and any repartitioning do not
 * change the result (a test checks it). The driver holds the kept establishments, as {@code
 * screenAll} does.
 *
 * <p>Immutable and thread-safe.
 */
public final class SparkScreening {

  /** The column of the subject key. */
  public static final String ID = "id";

  /** The column of the sector id. */
  public static final String SECTOR = "sector";

  private final ScreeningSpec spec;
  private final Screening screening;

  private SparkScreening(ScreeningSpec spec) {
    this.spec = spec;
    this.screening = spec.build();
  }

  /**
   * Compiles the specification on the driver (so that a refused catalogue fails before any task
   * runs).
   *
   * @param spec the catalogues, model and kept level
   * @return the screening on Spark
   * @throws eu.barrier.screening.ScreeningException as {@code Screening.Builder} does
   */
  public static SparkScreening of(ScreeningSpec spec) {
    return new SparkScreening(Objects.requireNonNull(spec, "spec"));
  }

  /**
   * Returns the screening as the driver compiled it: its catalogues, model and {@link
   * Screening#ranking()}.
   *
   * @return the screening
   */
  public Screening screening() {
    return screening;
  }

  /**
   * The outcome of a screening on Spark.
   *
   * @param result the result, equal to {@code Screening.screenAll} on the same establishments
   * @param observedSubjects the number of subject keys with observations in the export
   * @param matchedSubjects how many of those were screened (the others are outside the table)
   */
  public record Run(ScreeningResult result, long observedSubjects, long matchedSubjects) {

    /**
     * Returns the observed subjects that matched no establishment of the table: counted, never
     * dropped silently.
     *
     * @return the count
     */
    public long unmatchedSubjects() {
      return observedSubjects - matchedSubjects;
    }
  }

  /**
   * Screens every row of the table.
   *
   * @param establishments the table, with string columns {@value #ID} and {@value #SECTOR}
   * @param observations the municipal observations, or {@code null} for none
   * @param asOf the reference date
   * @return the result and the matching counts
   * @throws SparkJobException ({@link SparkError#INPUT_COLUMNS}) if a column is missing or not a
   *     string; a task fails with {@link SparkError#ESTABLISHMENT_ROW} on a row whose key or sector
   *     is not valid
   */
  public Run screen(Dataset<Row> establishments, ObservationsFile observations, LocalDate asOf) {
    Objects.requireNonNull(establishments, "establishments");
    Objects.requireNonNull(asOf, "asOf");
    requireStrings(establishments, ID, SECTOR);
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(establishments.sparkSession().sparkContext());
    Broadcast<ObservationsFile> shipped = observations == null ? null : jsc.broadcast(observations);
    List<Partial> partials;
    try {
      partials = establishments.select(ID, SECTOR).toJavaRDD()
          .mapPartitions(new ScreenPartition(spec, shipped, asOf)).collect();
    } finally {
      if (shipped != null) {
        shipped.destroy();
      }
    }
    ScreeningResult empty = screening.batch(asOf).result();
    EnumMap<Outcome, Long> counts = new EnumMap<>(empty.counts());
    List<eu.barrier.screening.ScreenedEstablishment> kept = new ArrayList<>();
    long matched = 0;
    for (Partial p : partials) {
      ScreeningResult r = ScreeningResults.read(p.document);
      r.counts().forEach((level, n) -> counts.merge(level, n, Long::sum));
      kept.addAll(r.establishments());
      matched += p.matched;
    }
    kept.sort(screening.ranking());
    ScreeningResult result = new ScreeningResult(asOf, empty.modelId(), empty.catalogues(), empty.keptFrom(), counts,
        kept, empty.libraryVersion(), Optional.empty(), Optional.empty());
    long observed = observations == null ? 0 : observations.bySubject().size();
    return new Run(result, observed, matched);
  }

  static void requireStrings(Dataset<Row> table, String... columns) {
    List<String> names = Arrays.asList(table.columns());
    for (String c : columns) {
      if (!names.contains(c)) {
        throw new SparkJobException(SparkError.INPUT_COLUMNS, "the table has no column " + c);
      }
      StructField f = table.schema().apply(c);
      if (!f.dataType().equals(DataTypes.StringType)) {
        throw new SparkJobException(SparkError.INPUT_COLUMNS, "column " + c + " is not a string column");
      }
    }
  }

  /** One partition's result: a results document of its kept establishments, and its matches. */
  static final class Partial implements Serializable {
    private static final long serialVersionUID = 1L;
    final byte[] document;
    final long matched;

    Partial(byte[] document, long matched) {
      this.document = document;
      this.matched = matched;
    }
  }

  /** Screens one partition as one batch. Holds no data; named so that plans never show a closure. */
  static final class ScreenPartition implements FlatMapFunction<Iterator<Row>, Partial> {
    private static final long serialVersionUID = 1L;
    private final ScreeningSpec spec;
    private final Broadcast<ObservationsFile> observations;
    private final LocalDate asOf;

    ScreenPartition(ScreeningSpec spec, Broadcast<ObservationsFile> observations, LocalDate asOf) {
      this.spec = spec;
      this.observations = observations;
      this.asOf = asOf;
    }

    @Override
    public Iterator<Partial> call(Iterator<Row> rows) {
      Screening screening = spec.screening();
      Map<String, List<Observation>> bySubject = observations == null ? Map.of() : observations.value().bySubject();
      Screening.Batch batch = screening.batch(asOf);
      long matched = 0;
      while (rows.hasNext()) {
        Row row = rows.next();
        String id = row.getString(0);
        List<Observation> own = id == null ? List.of() : bySubject.getOrDefault(id, List.of());
        if (!own.isEmpty()) {
          matched++;
        }
        batch.add(new ObservedEstablishment(subject(id), sector(row.getString(1)), own));
      }
      return List.of(new Partial(ScreeningResults.toBytes(batch.result(), Language.EN), matched)).iterator();
    }

    @Override
    public String toString() {
      return "ScreenPartition[" + spec + ", asOf=" + asOf + "]";
    }
  }

  static SubjectReference subject(String id) {
    if (id == null) {
      throw new SparkJobException(SparkError.ESTABLISHMENT_ROW, "column " + ID + " is null");
    }
    try {
      return SubjectReference.of(SubjectKind.ESTABLISHMENT, id);
    } catch (IllegalArgumentException e) {
      throw new SparkJobException(SparkError.ESTABLISHMENT_ROW, "column " + ID + " is not a subject key");
    }
  }

  static Sector sector(String id) {
    return BarrierJson.enumFromId(Sector.class, id == null ? "" : id).orElseThrow(
        () -> new SparkJobException(SparkError.ESTABLISHMENT_ROW, "column " + SECTOR + " is not a sector id"));
  }

  @Override
  public String toString() {
    return "SparkScreening[" + screening + "]";
  }
}
