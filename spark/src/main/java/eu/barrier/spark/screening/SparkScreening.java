package eu.barrier.spark.screening;

import eu.barrier.core.Language;
import eu.barrier.core.establishment.Sector;
import eu.barrier.core.json.BarrierJson;
import eu.barrier.core.observation.Observation;
import eu.barrier.core.observation.SubjectKind;
import eu.barrier.core.observation.SubjectReference;
import eu.barrier.indicators.scoring.Outcome;
import eu.barrier.screening.ObservedEstablishment;
import eu.barrier.screening.ScreenedEstablishment;
import eu.barrier.screening.Screening;
import eu.barrier.screening.ScreeningResult;
import eu.barrier.screening.ScreeningResults;
import eu.barrier.spark.SparkError;
import eu.barrier.spark.SparkJobException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

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
 * ({@link ScreeningSpec#screening()}), fed from Spark's internal rows (the two columns are read as
 * they are stored, without converting each row to a {@link Row}). The observations travel as one
 * broadcast per export and Spark context, reused by later screenings against the same {@link
 * ObservationsFile}, and are parsed once per executor JVM. A batch keeps only the establishments at or above the kept
 * level; each kept establishment travels back to the driver as its entry of the results document
 * ({@link ScreeningResults#entry}, written on the executor in the run's language), its rank key
 * ({@link Screening#rankKey}) and its row of {@link Run#table}, packed by the task into chunks of
 * plain bytes (a task's result of byte arrays is sent as it is: no row format, no compression, no
 * conversion to rows on the driver). The driver adds up the counts and sorts by rank key, which
 * orders the entries as {@link Screening#ranking()} does. So every score, level and reason is the
 * library's, and so is the order; the number of partitions and any repartitioning do not change the
 * result (a test compares the document byte for byte with {@code screenAll}'s). The driver holds
 * the chunks, not objects: {@link Run#write} copies each entry into the document without reading it
 * back, and {@link Run#result()} reads the document when objects are wanted. The driver needs memory
 * for the kept entries (about 500 bytes each in the scaling run) and {@code
 * spark.driver.maxResultSize} must allow them. Set {@code spark.task.maxDirectResultSize} above a
 * task's result (for example {@code 128m}, as the jobs do): with Spark's default of 1 MiB every
 * task's entries take a second trip through the block manager, about a quarter of the time of the
 * tasks' part of a {@code local[2]} screening in a probe ({@code benchmarks/README.md}).
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
   * The outcome of a screening on Spark: the counts, the kept establishments' entries in ranking
   * order, and how the observations matched. Immutable.
   */
  public static final class Run {
    private final ScreeningResult summary;
    private final Language language;
    private final List<byte[]> entries;
    private final List<Object[]> rows;
    private final long observedSubjects;
    private final long matchedSubjects;

    private Run(ScreeningResult summary, Language language, List<byte[]> entries, List<Object[]> rows,
        long observedSubjects, long matchedSubjects) {
      this.summary = summary;
      this.language = language;
      this.entries = entries;
      this.rows = rows;
      this.observedSubjects = observedSubjects;
      this.matchedSubjects = matchedSubjects;
    }

    /**
     * Returns the result without its establishments: date, catalogues, model, kept level, counts
     * of every level and source.
     *
     * @return the summary; its {@code establishments()} is empty
     */
    public ScreeningResult summary() {
      return summary;
    }

    /**
     * Returns the number of kept establishments.
     *
     * @return the number of entries
     */
    public int kept() {
      return entries.size();
    }

    /**
     * Returns this run with the source the results document names.
     *
     * @param source the input's name and hashes
     * @return a run that writes that source
     */
    public Run withSource(ScreeningResult.Source source) {
      return new Run(summary.withSource(source), language, entries, rows, observedSubjects, matchedSubjects);
    }

    /**
     * Writes the results document: the same bytes as {@code ScreeningResults.write} of {@code
     * Screening.screenAll} on the same establishments, in the run's language.
     *
     * @param out where to write; flushed, not closed
     * @throws IOException if writing fails
     */
    public void write(OutputStream out) throws IOException {
      ScreeningResults.write(summary, language, entries, out);
    }

    /**
     * Reads the results document back into objects: equal to {@code Screening.screenAll} on the
     * same establishments. Costs a strict read of every kept establishment on the driver; {@link
     * #write} does not.
     *
     * @return the result
     */
    public ScreeningResult result() {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try {
        write(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return ScreeningResults.read(out.toByteArray());
    }

    /**
     * Returns the kept establishments, ranked, as a table of one partition with the columns {@code
     * rank}, {@code id}, {@code sector}, {@code level}, {@code leading_catalogue}, {@code
     * leading_score}, {@code reasons} (indicator ids), {@code last_observed} and {@code sha256}.
     *
     * @param spark the session
     * @return the table
     */
    public Dataset<Row> table(SparkSession spark) {
      List<Row> ranked = new ArrayList<>(rows.size());
      for (int i = 0; i < rows.size(); i++) {
        Object[] r = rows.get(i);
        Object[] values = new Object[r.length + 1];
        values[0] = i + 1;
        System.arraycopy(r, 0, values, 1, r.length);
        ranked.add(RowFactory.create(values));
      }
      return spark.createDataFrame(ranked, TABLE).coalesce(1);
    }

    /**
     * Returns the number of subject keys with observations in the export.
     *
     * @return the number
     */
    public long observedSubjects() {
      return observedSubjects;
    }

    /**
     * Returns how many observed subject keys were screened.
     *
     * @return the number
     */
    public long matchedSubjects() {
      return matchedSubjects;
    }

    /**
     * Returns how many observed subject keys are not in the table screened.
     *
     * @return {@code observedSubjects() - matchedSubjects()}
     */
    public long unmatchedSubjects() {
      return observedSubjects - matchedSubjects;
    }

    @Override
    public String toString() {
      return "SparkScreening.Run[" + summary.total() + " screened, " + entries.size() + " kept]";
    }
  }

  private static final StructType TABLE = new StructType()
      .add("rank", DataTypes.IntegerType, false)
      .add("id", DataTypes.StringType, false)
      .add("sector", DataTypes.StringType, false)
      .add("level", DataTypes.StringType, false)
      .add("leading_catalogue", DataTypes.StringType, true)
      .add("leading_score", DataTypes.createDecimalType(18, 3), true)
      .add("reasons", DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add("last_observed", DataTypes.DateType, true)
      .add("sha256", DataTypes.StringType, false);

  /**
   * Screens every row of the table.
   *
   * @param establishments the table, with string columns {@value #ID} and {@value #SECTOR}
   * @param observations the municipal observations, or {@code null} for none
   * @param asOf the reference date
   * @param language the language of the explanations in the results document
   * @return the result and the matching counts
   * @throws SparkJobException ({@link SparkError#INPUT_COLUMNS}) if a column is missing or not a
   *     string; a task fails with {@link SparkError#ESTABLISHMENT_ROW} on a row whose key or sector
   *     is not valid
   */
  public Run screen(Dataset<Row> establishments, ObservationsFile observations, LocalDate asOf, Language language) {
    Objects.requireNonNull(establishments, "establishments");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(language, "language");
    requireStrings(establishments, ID, SECTOR);
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(establishments.sparkSession().sparkContext());
    Broadcast<ObservationsFile> shipped = observations == null ? null : observations.broadcast(jsc);
    // Spark's internal rows, read column by column: no conversion of every row to a Row of objects
    List<byte[]> parts = establishments.select(ID, SECTOR).queryExecution().toRdd().toJavaRDD()
        .mapPartitions(new ScreenPartition(spec, shipped, asOf, language)).collect();
    ScreeningResult empty = screening.batch(asOf).result();
    long[] levelCounts = new long[Outcome.values().length];
    List<PartitionResults.Kept> kept = new ArrayList<>();
    long matched = 0;
    for (byte[] part : parts) {
      matched += PartitionResults.read(part, levelCounts, kept::add);
    }
    EnumMap<Outcome, Long> counts = new EnumMap<>(empty.counts());
    for (Outcome level : Outcome.values()) {
      if (levelCounts[level.ordinal()] != 0) {
        counts.merge(level, levelCounts[level.ordinal()], Long::sum);
      }
    }
    kept.sort(Comparator.comparing(PartitionResults.Kept::rankKey));
    PartitionResults.Kept[] ranked = kept.toArray(PartitionResults.Kept[]::new);
    // each entry is copied out of its chunk only while the document is written, and each table row
    // is decoded only when the table is asked for
    List<byte[]> entries = view(ranked.length, i -> ranked[i].entry());
    List<Object[]> rows = view(ranked.length, i -> ranked[i].row());
    ScreeningResult summary = new ScreeningResult(asOf, empty.modelId(), empty.catalogues(), empty.keptFrom(), counts,
        List.of(), empty.libraryVersion(), Optional.empty(), Optional.empty());
    long observed = observations == null ? 0 : observations.bySubject().size();
    return new Run(summary, language, entries, rows, observed, matched);
  }

  /** An unmodifiable list whose element i is {@code get.apply(i)}, computed on each call. */
  private static <T> List<T> view(int size, java.util.function.IntFunction<T> get) {
    return new java.util.AbstractList<>() {
      @Override
      public T get(int index) {
        Objects.checkIndex(index, size);
        return get.apply(index);
      }

      @Override
      public int size() {
        return size;
      }
    };
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

  /**
   * Screens one partition as one batch and sends the driver its counts and then its kept
   * establishments ({@link PartitionResults}), each entry written on the executor.
   */
  static final class ScreenPartition implements FlatMapFunction<Iterator<InternalRow>, byte[]> {
    private static final long serialVersionUID = 3L;
    private final ScreeningSpec spec;
    private final Broadcast<ObservationsFile> observations;
    private final LocalDate asOf;
    private final Language language;

    ScreenPartition(ScreeningSpec spec, Broadcast<ObservationsFile> observations, LocalDate asOf, Language language) {
      this.spec = spec;
      this.observations = observations;
      this.asOf = asOf;
      this.language = language;
    }

    @Override
    public Iterator<byte[]> call(Iterator<InternalRow> rows) {
      Screening screening = spec.screening();
      Map<String, List<Observation>> bySubject = observations == null ? Map.of() : observations.value().bySubject();
      Screening.Batch batch = screening.batch(asOf);
      long matched = 0;
      while (rows.hasNext()) {
        InternalRow row = rows.next();
        String id = text(row, 0);
        List<Observation> own = id == null ? List.of() : bySubject.getOrDefault(id, List.of());
        if (!own.isEmpty()) {
          matched++;
        }
        batch.add(new ObservedEstablishment(subject(id), sector(text(row, 1)), own));
      }
      ScreeningResult result = batch.result();
      long[] counts = new long[Outcome.values().length];
      result.counts().forEach((level, n) -> counts[level.ordinal()] = n);
      List<byte[]> out = new ArrayList<>();
      out.add(PartitionResults.head(counts, matched));
      PartitionResults.ChunkWriter chunk = new PartitionResults.ChunkWriter();
      for (ScreenedEstablishment e : result.establishments()) {
        ScreeningResults.Entry entry = ScreeningResults.entry(e, language);
        chunk.add(screening.rankKey(e), e, entry);
        if (chunk.full()) {
          out.add(chunk.toByteArray());
          chunk = new PartitionResults.ChunkWriter();
        }
      }
      if (!chunk.isEmpty()) {
        out.add(chunk.toByteArray());
      }
      return out.iterator();
    }

    @Override
    public String toString() {
      return "ScreenPartition[" + spec + ", asOf=" + asOf + "]";
    }
  }

  /** Column i of an internal row of string columns, or {@code null}. */
  private static String text(InternalRow row, int i) {
    return row.isNullAt(i) ? null : row.getUTF8String(i).toString();
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
