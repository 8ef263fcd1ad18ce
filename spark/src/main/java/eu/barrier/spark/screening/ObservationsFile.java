package eu.barrier.spark.screening;

import eu.barrier.core.input.InputFiles;
import eu.barrier.core.observation.Observation;
import eu.barrier.registers.observation.MunicipalObservations;
import eu.barrier.spark.ExecutorCache;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

/**
 * A municipal observations export (CSV or JSON, as {@link MunicipalObservations} reads it) as the
 * executors get it: its bytes travel inside a broadcast, and each executor parses them once, with
 * the library's reader, into the observations of each subject key. So the rules, limits and
 * problems are exactly those of {@code barrier screen --observations} (at most {@value
 * MunicipalObservations#MAX_ROWS} observations, 64 MiB).
 *
 * <p>Immutable and serializable (on the driver it remembers the broadcast it travels in: a second
 * screening against the same export in the same Spark context ships nothing again). {@link
 * #toString()} shows the file name only.
 */
public final class ObservationsFile implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The largest export read, in bytes (as {@code MunicipalObservations} reads JSON). */
  public static final long MAX_BYTES = 64L << 20;

  private final String name;
  private final byte[] content;
  private final String sha256;
  // the last day any observation covers, found while the bytes are checked (null: none)
  private final LocalDate latest;
  // the driver's broadcast of this export and its context; Spark's context cleaner removes the
  // broadcast from the executors once this object is garbage collected
  private transient SparkContext shippedIn;
  private transient Broadcast<ObservationsFile> shipped;

  private ObservationsFile(String name, byte[] content) {
    this.name = name;
    this.content = content;
    this.sha256 = sha256(content);
    LocalDate last = null;
    for (Observation o : parse()) {
      last = last == null || o.period().to().isAfter(last) ? o.period().to() : last;
    }
    this.latest = last;
  }

  /**
   * Reads an export on the driver and checks it with the library's reader.
   *
   * @param file the file: {@code .json} is the JSON form, anything else CSV
   * @return the export
   * @throws eu.barrier.registers.RegisterFormatException with every broken rule, as the library
   *     reports it
   * @throws eu.barrier.core.input.InputException if the file is missing, not a regular file (a FIFO,
   *     a device), larger than 64 MiB or fails while read
   */
  public static ObservationsFile read(Path file) {
    Objects.requireNonNull(file, "file");
    return of(String.valueOf(file.getFileName()), InputFiles.read(file, MAX_BYTES, "observations file"));
  }

  /**
   * Returns an export from its bytes, checked with the library's reader.
   *
   * @param name the file name: a name ending in {@code .json} is the JSON form, anything else CSV
   * @param content the bytes; copied
   * @return the export
   * @throws eu.barrier.registers.RegisterFormatException with every broken rule
   */
  public static ObservationsFile of(String name, byte[] content) {
    return new ObservationsFile(Objects.requireNonNull(name, "name"),
        Objects.requireNonNull(content, "content").clone());
  }

  /**
   * Returns the file name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the SHA-256 of the bytes, as the results document names its inputs.
   *
   * @return 64 hexadecimal digits
   */
  public String sha256() {
    return sha256;
  }

  /**
   * Returns the observations of each subject key, in file order; parsed once per JVM.
   *
   * @return an unmodifiable map
   */
  @SuppressWarnings("unchecked")
  public Map<String, List<Observation>> bySubject() {
    return ExecutorCache.get(Map.class, "observations:" + sha256, this::group);
  }

  /**
   * Returns the last day any observation covers: the default reference date of a screening.
   *
   * @return the date, or empty without observations
   */
  public Optional<LocalDate> latest() {
    return Optional.ofNullable(latest);
  }

  /**
   * Returns this export as a broadcast of the given context: made by the first call, reused while
   * the context runs.
   */
  synchronized Broadcast<ObservationsFile> broadcast(JavaSparkContext context) {
    if (shipped == null || shippedIn != context.sc() || shippedIn.isStopped()) {
      shipped = context.broadcast(this);
      shippedIn = context.sc();
    }
    return shipped;
  }

  private Map<String, List<Observation>> group() {
    Map<String, List<Observation>> byKey = new HashMap<>();
    for (Observation o : parse()) {
      byKey.computeIfAbsent(o.subject().key(), k -> new ArrayList<>()).add(o);
    }
    byKey.replaceAll((k, v) -> List.copyOf(v));
    return Map.copyOf(byKey);
  }

  private List<Observation> parse() {
    if (name.toLowerCase(Locale.ROOT).endsWith(".json")) {
      return MunicipalObservations.readJson(content, name);
    }
    return MunicipalObservations.readCsv(new ByteArrayInputStream(content), name);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required on every Java platform", e);
    }
  }

  /**
   * Names the file; never an observation.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "ObservationsFile[" + name + ", redacted]";
  }
}
