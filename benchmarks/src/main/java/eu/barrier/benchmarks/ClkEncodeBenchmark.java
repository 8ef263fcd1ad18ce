package eu.barrier.benchmarks;

import eu.barrier.linkage.clk.ClkEncoder;
import eu.barrier.linkage.clk.LinkageSecret;
import eu.barrier.linkage.quality.LinkageQuality;
import eu.barrier.linkage.quality.Preparation;
import eu.barrier.linkage.quality.SyntheticPeople;
import eu.barrier.linkage.quality.SyntheticPerson;
import eu.barrier.linkage.schema.Feature;
import eu.barrier.linkage.schema.LinkageSchema;
import eu.barrier.privacy.InsecureSecretAccess;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.crypto.digests.Blake2bDigest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * CLK encoding in records per second, one thread, against the raw primitive in the same run: the
 * same number of keyed BLAKE2b-512 digests of the same token bytes.
 *
 * <ul>
 *   <li>{@link #encode}: {@code ClkEncoder.encode} of {@value #RECORDS} synthetic people with the
 *       example people schema ({@code blakeHash}, 2-grams of names, positional 1-grams of the birth
 *       date, sex; about 30 tokens per record): validation, date parsing, tokenisation, hashing,
 *       setting bits;
 *   <li>{@link #encodeCsv}: the same records as one CSV file through {@code ClkEncoder.encodeCsv}
 *       (what {@code barrier linkage encode} does): CSV parsing too, and the file's token cache, so
 *       repeated tokens (digits of dates, common names) are hashed once, as clkhash caches them;
 *   <li>{@link #baselineBlake2b}: for the same records, one keyed BLAKE2b-512 digest per token
 *       (every token of this schema needs one, as no token gets more than 32 bits), nothing else.
 * </ul>
 *
 * <p>Report {@code encode / baselineBlake2b} and {@code encodeCsv / baselineBlake2b}. The names
 * of the synthetic people are drawn from small lists, so the cache helps more here than on a real
 * register. Run (from the repository root):
 *
 * <pre>
 * ./mvnw -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar ClkEncodeBenchmark -f 1 -wi 5 -i 5
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ClkEncodeBenchmark {

  static final int RECORDS = 1000;

  /** The records, the encoder and the baseline's tokens. */
  @State(Scope.Thread)
  public static class Data {
    ClkEncoder encoder;
    List<List<String>> records = new ArrayList<>();
    List<byte[]> tokens = new ArrayList<>();
    Blake2bDigest keyed;
    byte[] csv;

    /** Generates people, prepares them and lists the tokens the encoder hashes. */
    @Setup
    public void setUp() {
      LinkageSchema schema = LinkageQuality.peopleSchema();
      encoder = ClkEncoder.create(schema, LinkageSecret.fromText("test-only benchmark secret",
          InsecureSecretAccess.get()));
      for (SyntheticPerson p : SyntheticPeople.generate(RECORDS, 0.5, 3).a()) {
        List<String> r = LinkageQuality.prepare(p, Preparation.LETTERS_ONLY);
        records.add(r);
        for (int j = 0; j < schema.features().size(); j++) {
          Feature f = schema.features().get(j);
          for (String t : f.tokens(r.get(j))) {
            tokens.add(t.getBytes(StandardCharsets.UTF_8));
          }
        }
      }
      StringBuilder text = new StringBuilder(String.join(",", SyntheticPerson.HEADER)).append('\n');
      for (List<String> r : records) {
        text.append(String.join(",", r)).append('\n');
      }
      csv = text.toString().getBytes(StandardCharsets.UTF_8);
      byte[] key = new byte[64];
      byte[] salt = new byte[16];
      salt[0] = '0';
      keyed = new Blake2bDigest(key, 64, salt, null);
    }
  }

  /**
   * Encodes every record.
   *
   * @param d the data
   * @return a checksum of the CLKs
   */
  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public int encode(Data d) {
    int sum = 0;
    for (List<String> r : d.records) {
      sum += d.encoder.encode(r).popcount();
    }
    return sum;
  }

  /**
   * Encodes the records as one CSV file.
   *
   * @param d the data
   * @return a checksum of the CLKs
   */
  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public int encodeCsv(Data d) {
    int[] sum = new int[1];
    d.encoder.encodeCsv(new java.io.ByteArrayInputStream(d.csv), (row, clk) -> sum[0] += clk.popcount());
    return sum[0];
  }

  /**
   * One keyed BLAKE2b-512 digest per token of the same records.
   *
   * @param d the data
   * @return a checksum of the digests
   */
  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public int baselineBlake2b(Data d) {
    byte[] out = new byte[64];
    int sum = 0;
    for (byte[] t : d.tokens) {
      Blake2bDigest digest = new Blake2bDigest(d.keyed);
      digest.update(t, 0, t.length);
      digest.doFinal(out, 0);
      sum += out[0];
    }
    return sum;
  }
}
