package eu.barrier.registers.kbo;

import eu.barrier.registers.RegisterFormatException;
import eu.barrier.registers.sector.SectorMapping;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Streams the establishment units of a KBO Open Data extract, with their enterprises, names,
 * addresses, activities and derived sectors. Specification: the FOD Economie's <em>Cookbook KBO
 * Open Data</em> (version R018.00); see {@code docs/registers.md}.
 *
 * <pre>{@code
 * KboReader reader = KboReader.builder().area(KboArea.postcodes(List.of("3600"))).build();
 * KboReport report = reader.read(Path.of("KboOpenData_0140_2025_10_05_Full.zip"), unit -> …);
 * }</pre>
 *
 * <p><strong>Memory.</strong> The files are never held whole. A first pass indexes the numbers
 * (about 30 bytes per enterprise, unit and branch, in primitive arrays); then each pass keeps the
 * rows of one range of enterprise numbers, assembles them and streams them out. With an area the
 * kept rows are few and one pass suffices; the whole country takes as many passes as the memory
 * budget requires (by default half the heap). Output order does not depend on the number of
 * passes.
 *
 * <p><strong>Bad rows.</strong> Rows that refer to an absent entity, duplicate rows (the last one
 * wins) and malformed rows are counted and listed in the {@link KboReport} with file and line,
 * never fatal and never silent. Rows outside the area are checked for their key and field count
 * only. What cannot be read at all (a missing file, a wrong header, a broken archive) throws the one
 * failure type, {@link RegisterFormatException}.
 *
 * <p><strong>Personal data.</strong> The names and addresses of natural persons' enterprises and
 * their units are personal data; the objects say so ({@code personalData()}) and redact their
 * {@code toString()}; reports and progress carry files, lines and counts only.
 *
 * <p>A reader is immutable and may be reused; one read is single-threaded.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class KboReader {

  private final KboArea area;
  private final SectorMapping mapping;
  private final KboProgress progress;
  private final long memoryBudget;
  private final int passes;

  private KboReader(Builder b) {
    this.area = b.area;
    this.mapping = b.mapping;
    this.progress = b.progress;
    this.memoryBudget = b.memoryBudget;
    this.passes = b.passes;
  }

  /**
   * Returns a builder: whole extract, bundled sector table, no progress, half the heap.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the area this reader keeps.
   *
   * @return the area
   */
  public KboArea area() {
    return area;
  }

  /**
   * Reads a full extract.
   *
   * @param extract the extract: its zip file or the folder it was unpacked into
   * @param sink receives the enterprises and units
   * @return what was read, kept and skipped per file, and the problems
   * @throws RegisterFormatException if the extract cannot be read as a whole (code {@code 0001} to
   *     {@code 0005}, {@code 0011})
   */
  public KboReport read(Path extract, KboSink sink) {
    Objects.requireNonNull(extract, "extract");
    Objects.requireNonNull(sink, "sink");
    try (Source source = Source.full(Extract.open(extract))) {
      return new Engine(source, area, mapping, progress, budget(), passes).run(sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads an update extract applied to a base extract: for each file, the base rows whose key the
   * update's {@code <file>_delete.csv} lists are dropped, then the rows of {@code <file>_insert.csv}
   * are added. Applying the same update twice gives the same result as applying it once.
   *
   * <p>To apply an update to a document this module wrote, open it with {@link
   * KboDocument#openBase(Path, Path)} and pass its {@code extract()} here.
   *
   * @param baseExtract the base, a full extract (zip or folder)
   * @param update the update extract (zip or folder)
   * @param sink receives the enterprises and units
   * @return the report; its metadata is the update's
   */
  public KboReport update(Path baseExtract, Path update, KboSink sink) {
    Objects.requireNonNull(baseExtract, "baseExtract");
    Objects.requireNonNull(update, "update");
    Objects.requireNonNull(sink, "sink");
    KboReport report = new KboReport();
    try (Source source = Source.update(Extract.open(baseExtract), "base", Extract.open(update), report)) {
      return new Engine(source, area, mapping, progress, budget(), passes, report).run(sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private long budget() {
    if (memoryBudget > 0) {
      return memoryBudget;
    }
    Runtime rt = Runtime.getRuntime();
    return rt.maxMemory() / 2;
  }

  /** Configures a {@link KboReader}. */
  public static final class Builder {
    private KboArea area = KboArea.all();
    private SectorMapping mapping;
    private KboProgress progress = KboProgress.NONE;
    private long memoryBudget;
    private int passes;

    private Builder() {}

    /**
     * Keeps only the establishment units of an area (and what they refer to).
     *
     * @param area the area
     * @return this builder
     */
    public Builder area(KboArea area) {
      this.area = Objects.requireNonNull(area, "area");
      return this;
    }

    /**
     * Uses another activity-to-sector table than the bundled one.
     *
     * @param mapping the table
     * @return this builder
     */
    public Builder mapping(SectorMapping mapping) {
      this.mapping = Objects.requireNonNull(mapping, "mapping");
      return this;
    }

    /**
     * Reports progress.
     *
     * @param progress the listener
     * @return this builder
     */
    public Builder progress(KboProgress progress) {
      this.progress = Objects.requireNonNull(progress, "progress");
      return this;
    }

    /**
     * Sets how much memory the rows of one pass may take; the number of passes follows.
     *
     * @param bytes the budget, positive
     * @return this builder
     */
    public Builder memoryBudget(long bytes) {
      if (bytes <= 0) {
        throw new IllegalArgumentException("memory budget must be positive");
      }
      this.memoryBudget = bytes;
      return this;
    }

    /**
     * Fixes the number of passes after the index pass, instead of deriving it from the budget.
     *
     * @param passes at least 1
     * @return this builder
     */
    public Builder passes(int passes) {
      if (passes < 1) {
        throw new IllegalArgumentException("passes must be at least 1");
      }
      this.passes = passes;
      return this;
    }

    /**
     * Builds the reader.
     *
     * @return the reader
     */
    public KboReader build() {
      if (mapping == null) {
        mapping = SectorMapping.bundled();
      }
      return new KboReader(this);
    }
  }
}
