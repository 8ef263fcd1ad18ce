package eu.barrier.benchmarks;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import eu.barrier.registers.kbo.KboSyntheticExtract;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Which CSV parser to read KBO Open Data with: FastCSV 4.3.1 or Jackson 3's CSV module 3.3.0, on
 * the same bytes in the same run, against a plain {@code BufferedReader.readLine} loop.
 *
 * <p>The input ({@code @Param file}) is a synthetic {@code activity.csv} (5 quoted fields per row,
 * about 45 bytes, the shape of the largest real file) or {@code address.csv} (13 fields, empty
 * values as {@code ,,} and {@code ""}), written by {@link KboSyntheticExtract} for 20,000
 * enterprises in {@code @Setup} and held in memory as one string (about 16 MB and 2 MB), so the
 * figures are parsing only, not I/O. Each benchmark reads every row and every field's length.
 *
 * <ul>
 *   <li>{@code readLine}: the baseline, lines only, no field splitting;
 *   <li>{@code fastCsvRecord}: FastCSV's {@code CsvRecord} (a {@code String} per field);
 *   <li>{@code fastCsvCallback}: FastCSV with a callback handler that sees each field's characters
 *       without creating a string (what {@code barrier-registers} does);
 *   <li>{@code jacksonStringArray}: Jackson's {@code CsvMapper} reading {@code String[]} rows;
 *   <li>{@code jacksonTokens}: Jackson's streaming {@code CsvParser}, text of each token without a
 *       string ({@code getStringCharacters}).
 * </ul>
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar CsvParser -f 1 -wi 3 -w 1 -i 5 -r 1}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class CsvParserBenchmark {

  /** Which synthetic file to parse. */
  @Param({"activity.csv", "address.csv"})
  public String file;

  private String text;
  private final CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

  /**
   * Writes the synthetic extract and loads the file.
   *
   * @throws IOException if writing fails
   */
  @Setup
  public void setUp() throws IOException {
    Path dir = Files.createTempDirectory("csv-bench");
    KboSyntheticExtract.of(20_000, 1).writeFull(dir);
    text = Files.readString(dir.resolve(file));
    try (var files = Files.list(dir)) {
      for (Path p : files.toList()) {
        Files.delete(p);
      }
    }
    Files.delete(dir);
    long a = fastCsvRecord();
    long b = fastCsvCallback();
    long c = jacksonStringArray();
    if (a != b || a != c) {
      throw new IllegalStateException("parsers disagree: " + a + " " + b + " " + c);
    }
  }

  /**
   * Baseline: lines only.
   *
   * @return a checksum
   * @throws IOException never
   */
  @Benchmark
  public long readLine() throws IOException {
    long n = 0;
    try (BufferedReader r = new BufferedReader(new StringReader(text), 1 << 16)) {
      String line;
      while ((line = r.readLine()) != null) {
        n += line.length();
      }
    }
    return n;
  }

  /**
   * FastCSV, a {@code String} per field.
   *
   * @return a checksum: the sum of field lengths
   */
  @Benchmark
  public long fastCsvRecord() {
    long n = 0;
    for (CsvRecord rec : CsvReader.builder().ofCsvRecord(new StringReader(text))) {
      for (int i = 0; i < rec.getFieldCount(); i++) {
        n += rec.getField(i).length();
      }
    }
    return n;
  }

  /**
   * FastCSV with a callback handler: no string per field.
   *
   * @return a checksum: the sum of field lengths
   */
  @Benchmark
  public long fastCsvCallback() {
    Sum handler = new Sum();
    for (Sum ignored : CsvReader.builder().build(handler, new StringReader(text))) {
      // the handler sums as it goes
    }
    return handler.total;
  }

  /**
   * Jackson 3 CSV, a {@code String[]} per row.
   *
   * @return a checksum: the sum of field lengths
   */
  @Benchmark
  public long jacksonStringArray() {
    long n = 0;
    try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(new StringReader(text))) {
      while (it.hasNext()) {
        for (String f : it.next()) {
          n += f.length();
        }
      }
    }
    return n;
  }

  /**
   * Jackson 3 CSV, streaming tokens, text without a string.
   *
   * @return a checksum: the sum of field lengths
   */
  @Benchmark
  public long jacksonTokens() {
    long n = 0;
    try (tools.jackson.core.JsonParser p = mapper.createParser(new StringReader(text))) {
      tools.jackson.core.JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == tools.jackson.core.JsonToken.VALUE_STRING) {
          n += p.getStringLength();
        }
      }
    }
    return n;
  }

  /** Sums field lengths. */
  static final class Sum extends AbstractBaseCsvCallbackHandler<Sum> {
    long total;

    @Override
    protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
      total += len;
    }

    @Override
    protected Sum buildRecord() {
      return this;
    }
  }
}
