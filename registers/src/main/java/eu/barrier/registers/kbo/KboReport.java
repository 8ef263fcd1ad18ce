package eu.barrier.registers.kbo;

import eu.barrier.registers.RegisterProblem;
import eu.barrier.registers.RegistersError;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * What a read did with each file: rows read, kept, outside the area, skipped by reason; and the
 * first problems with file and line. Nothing is dropped silently: every row read is kept, outside
 * the area, or skipped with a reason. Holds no data values.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class KboReport {

  /** At most this many problems are listed; all are counted. */
  public static final int MAX_LISTED_PROBLEMS = 1000;

  private final Map<String, FileCount> files = new LinkedHashMap<>();
  private final List<RegisterProblem> problems = new ArrayList<>();
  private long problemCount;
  private long enterprises;
  private long units;
  private int passes;
  private KboMeta meta;
  private KboCodes codes = KboCodes.EMPTY;

  void codes(KboCodes codes) {
    this.codes = codes;
  }

  /**
   * Returns the code descriptions of the extract (code.csv).
   *
   * @return the codes
   */
  public KboCodes codes() {
    return codes;
  }

  KboReport() {}

  void meta(KboMeta meta) {
    this.meta = meta;
  }

  /**
   * Returns the metadata of the extract that was read (for an update: of the update).
   *
   * @return the metadata
   */
  public KboMeta meta() {
    return meta;
  }

  /**
   * The counts of one file.
   */
  public static final class FileCount {
    private final String file;
    private long read;
    private long kept;
    private final Map<RegistersError, Long> skipped = new EnumMap<>(RegistersError.class);
    private long warnings;
    private boolean counted;

    FileCount(String file) {
      this.file = file;
    }

    /**
     * Returns the file name.
     *
     * @return the name, for example {@code activity.csv}
     */
    public String file() {
      return file;
    }

    /**
     * Returns the data rows read (the header not counted).
     *
     * @return the count
     */
    public long read() {
      return read;
    }

    /**
     * Returns the rows kept in the result.
     *
     * @return the count
     */
    public long kept() {
      return kept;
    }

    /**
     * Returns the rows skipped, by reason.
     *
     * @return the counts
     */
    public Map<RegistersError, Long> skipped() {
      return Collections.unmodifiableMap(skipped);
    }

    /**
     * Returns the rows read but neither kept nor skipped: outside the area, or not needed (an
     * enterprise without a kept unit, a contact detail).
     *
     * @return the count
     */
    public long notKept() {
      return read - kept - skipped.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Returns the rows kept with a warning (an unknown code, a unit whose enterprise is absent).
     *
     * @return the count
     */
    public long warnings() {
      return warnings;
    }

    boolean counted() {
      return counted;
    }

    void markCounted() {
      counted = true;
    }

    void addRead() {
      read++;
    }

    void addRead(long n) {
      read += n;
    }

    void addKept() {
      kept++;
    }

    void skip(RegistersError reason) {
      skipped.merge(reason, 1L, Long::sum);
    }

    void warn() {
      warnings++;
    }
  }

  FileCount file(String name) {
    return files.computeIfAbsent(name, FileCount::new);
  }

  void problem(RegisterProblem problem) {
    problemCount++;
    if (problems.size() < MAX_LISTED_PROBLEMS) {
      problems.add(problem);
    }
  }

  void emitted(boolean enterprise) {
    if (enterprise) {
      enterprises++;
    } else {
      units++;
    }
  }

  void passes(int passes) {
    this.passes = passes;
  }

  /**
   * Returns the counts per file, in the order the files were read.
   *
   * @return the counts
   */
  public List<FileCount> files() {
    return List.copyOf(files.values());
  }

  /**
   * Returns the first {@value #MAX_LISTED_PROBLEMS} problems, in the order found.
   *
   * @return the problems
   */
  public List<RegisterProblem> problems() {
    return Collections.unmodifiableList(problems);
  }

  /**
   * Returns how many problems were found, listed or not.
   *
   * @return the count
   */
  public long problemCount() {
    return problemCount;
  }

  /**
   * Returns how many enterprises were streamed.
   *
   * @return the count
   */
  public long enterprises() {
    return enterprises;
  }

  /**
   * Returns how many establishment units were streamed.
   *
   * @return the count
   */
  public long units() {
    return units;
  }

  /**
   * Returns how many passes over the files the read took (more than one when memory is short).
   *
   * @return the count
   */
  public int passes() {
    return passes;
  }
}
