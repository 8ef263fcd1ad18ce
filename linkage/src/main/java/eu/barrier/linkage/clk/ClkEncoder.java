package eu.barrier.linkage.clk;

import eu.barrier.linkage.LinkageError;
import eu.barrier.linkage.record.CsvFormatException;
import eu.barrier.linkage.record.CsvRecordReader;
import eu.barrier.linkage.record.CsvRow;
import eu.barrier.linkage.schema.BlakeHash;
import eu.barrier.linkage.schema.DoubleHash;
import eu.barrier.linkage.schema.Feature;
import eu.barrier.linkage.schema.FeatureHashing;
import eu.barrier.linkage.schema.KdfHash;
import eu.barrier.linkage.schema.LinkageSchema;
import eu.barrier.linkage.schema.TextEncoding;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.bouncycastle.crypto.digests.Blake2bDigest;
import org.bouncycastle.crypto.digests.MD5Digest;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Encodes records into CLKs as clkhash 0.18.3 does, byte for byte (with {@link Hardening#none()}).
 *
 * <p>For each hashed feature the value is checked and formatted by its {@link Feature}, cut into
 * tokens, and each token (in the feature's encoding) sets bit positions with {@code blakeHash} or
 * {@code doubleHash} under the feature's derived keys; all features set bits in one filter of {@code
 * l x 2^xor_folds} bits, which is then XOR-folded to {@code l} bits.
 *
 * <p>An encoder is immutable and thread-safe (a BLIP random source must then be thread-safe too).
 * It holds keys derived from the secret and never prints them.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ClkEncoder {

  /** The most problems {@link #encodeCsv} lists; it counts all of them. */
  public static final int MAX_REPORTED_PROBLEMS = 10_000;

  private final LinkageSchema schema;
  private final List<Feature> features;
  private final Hardening hardening;
  private final byte[][] keys;
  private final int keySize;
  private final int clkLength;
  private final int folds;
  private final int hashLength;
  private final Blake2bDigest[][] blakeTemplates;
  private final int saltIndex;
  private final boolean[] salted;
  private final int[] permutation;

  private ClkEncoder(LinkageSchema schema, LinkageSecret secret, Hardening hardening) {
    this.schema = schema;
    this.features = schema.features();
    this.hardening = hardening;
    this.keys = secret.deriveKeys(schema.kdf(), features.size());
    this.keySize = schema.kdf().keySize();
    this.clkLength = schema.clkLength();
    this.folds = schema.xorFolds() + hardening.xorFolds();
    if (hardening.xorFolds() > 0 && schema.xorFolds() > 0) {
      throw new IllegalArgumentException("hardening folds only a schema without xor_folds");
    }
    long length = (long) clkLength << folds;
    if (length > Integer.MAX_VALUE / 2) {
      throw new IllegalArgumentException("l x 2^folds is too large");
    }
    this.hashLength = (int) length;
    boolean blake = features.stream().anyMatch(f -> f.hashing().map(h -> h.hash() instanceof BlakeHash).orElse(false));
    if (blake && Long.bitCount(hashLength) != 1) {
      throw new IllegalArgumentException("blakeHash needs a power-of-two filter length");
    }
    this.salted = new boolean[features.size()];
    int salt = -1;
    if (hardening.saltFeature().isPresent()) {
      salt = indexOf(hardening.saltFeature().get());
      for (String name : hardening.saltedFeatures()) {
        int i = indexOf(name);
        if (features.get(i).ignored()) {
          throw new IllegalArgumentException("a salted feature must be hashed");
        }
        salted[i] = true;
      }
    }
    this.saltIndex = salt;
    this.blakeTemplates = new Blake2bDigest[features.size()][];
    for (int j = 0; j < features.size(); j++) {
      if (!salted[j]) {
        blakeTemplates[j] = templatesFor(features.get(j), keys[2 * j]);
      }
    }
    this.permutation = hardening.balance() ? permutation(secret, 2 * clkLength) : null;
  }

  private int indexOf(String identifier) {
    for (int i = 0; i < features.size(); i++) {
      if (features.get(i).identifier().equals(identifier)) {
        return i;
      }
    }
    throw new IllegalArgumentException("the schema has no feature of this identifier");
  }

  /**
   * Creates an encoder without hardening: CLKs byte-identical to clkhash's.
   *
   * @param schema the linkage schema
   * @param secret the linkage secret
   * @return the encoder
   */
  public static ClkEncoder create(LinkageSchema schema, LinkageSecret secret) {
    return create(schema, secret, Hardening.none());
  }

  /**
   * Creates an encoder with hardening.
   *
   * @param schema the linkage schema
   * @param secret the linkage secret
   * @param hardening the hardening; all parties of a project must use the same
   * @return the encoder
   * @throws IllegalArgumentException if the hardening names features the schema does not have or
   *     does not hash, or folds a schema that already folds
   */
  public static ClkEncoder create(LinkageSchema schema, LinkageSecret secret, Hardening hardening) {
    return new ClkEncoder(Objects.requireNonNull(schema, "schema"), Objects.requireNonNull(secret, "secret"),
        Objects.requireNonNull(hardening, "hardening"));
  }

  /**
   * Returns the schema.
   *
   * @return the schema
   */
  public LinkageSchema schema() {
    return schema;
  }

  /**
   * Returns the hardening.
   *
   * @return the hardening
   */
  public Hardening hardening() {
    return hardening;
  }

  /**
   * Returns the length of the CLKs this encoder writes: {@code l}, or {@code 2l} when balanced.
   *
   * @return the length in bits
   */
  public int clkLength() {
    return hardening.balance() ? 2 * clkLength : clkLength;
  }

  /**
   * Checks a record without encoding it.
   *
   * @param record one value per feature, in schema order
   * @return every problem (with row 0 and line 0), empty if the record is valid
   */
  public List<RecordProblem> check(List<String> record) {
    return check(record, 0, 0);
  }

  private List<RecordProblem> check(List<String> record, long row, long line) {
    List<RecordProblem> problems = new ArrayList<>();
    if (record.size() != features.size()) {
      problems.add(new RecordProblem(row, line, -1, "", LinkageError.RECORD_FIELD_COUNT));
      return problems;
    }
    for (int j = 0; j < features.size(); j++) {
      Feature f = features.get(j);
      Optional<LinkageError> error = f.check(Objects.requireNonNull(record.get(j), "value"));
      if (error.isPresent()) {
        problems.add(new RecordProblem(row, line, j, f.identifier(), error.get()));
      } else if (j == saltIndex && saltOf(record).isEmpty()) {
        problems.add(new RecordProblem(row, line, j, f.identifier(), LinkageError.RECORD_SALT));
      }
    }
    return problems;
  }

  /**
   * Encodes one record.
   *
   * @param record one value per feature, in schema order
   * @return the CLK
   * @throws InvalidRecordException if the record is not valid for the schema
   */
  public Clk encode(List<String> record) {
    List<RecordProblem> problems = check(Objects.requireNonNull(record, "record"));
    if (!problems.isEmpty()) {
      throw new InvalidRecordException(problems);
    }
    return encodeValid(record, new Session());
  }

  /**
   * Returns an encoder for many records in a row on one thread, as {@link #encodeCsv} encodes a
   * file: it keeps its MACs and remembers the bit positions of the tokens it has hashed, so names
   * and dates that repeat cost less. Its CLKs are those of {@link #encode}.
   *
   * @return a new batch; not thread-safe, use one per thread
   */
  public Batch batch() {
    return new Batch(new Session());
  }

  /**
   * Encodes records one after the other with the state of {@link #batch()}. Not thread-safe.
   */
  public final class Batch {
    private final Session session;

    private Batch(Session session) {
      this.session = session;
    }

    /**
     * Encodes one record, as {@link ClkEncoder#encode} does.
     *
     * @param record one value per feature, in schema order
     * @return the CLK
     * @throws InvalidRecordException if the record is not valid for the schema
     */
    public Clk encode(List<String> record) {
      List<RecordProblem> problems = check(Objects.requireNonNull(record, "record"));
      if (!problems.isEmpty()) {
        throw new InvalidRecordException(problems);
      }
      return encodeValid(record, session);
    }

    @Override
    public String toString() {
      return "ClkEncoder.Batch[" + features.size() + " features]";
    }
  }

  /** Receives the CLK of each valid record of a file. */
  @FunctionalInterface
  public interface ClkSink {
    /**
     * Accepts one CLK.
     *
     * @param row the record number, from 1
     * @param clk the CLK
     */
    void accept(long row, Clk clk);
  }

  /**
   * Encodes a CSV file with a header, as clkhash's {@code generate_clk_from_csv}: the header must
   * be the feature identifiers in order (ignored features included), and every record is checked.
   * The CLK of each valid record goes to {@code sink}; the report lists the problems of the
   * invalid ones by row and field, never their values. The file is read as a stream.
   *
   * @param csv UTF-8 CSV, read as {@link CsvRecordReader} describes; not closed
   * @param sink receives the CLKs of valid records in file order
   * @return the report
   * @throws CsvFormatException if the file is not CSV of the documented dialect, or its header is
   *     not the schema's ({@link LinkageError#CSV_HEADER})
   */
  public EncodingReport encodeCsv(InputStream csv, ClkSink sink) {
    Objects.requireNonNull(sink, "sink");
    CsvRecordReader reader = CsvRecordReader.open(Objects.requireNonNull(csv, "csv"));
    Optional<CsvRow> header = reader.next();
    if (header.isEmpty() || !header.get().values().equals(schema.identifiers())) {
      throw new CsvFormatException(LinkageError.CSV_HEADER, 1, "the header must be: "
          + String.join(",", schema.identifiers()), null);
    }
    Session session = new Session();
    List<RecordProblem> problems = new ArrayList<>();
    long problemCount = 0;
    long records = 0;
    long encoded = 0;
    Optional<CsvRow> row;
    while ((row = reader.next()).isPresent()) {
      CsvRow r = row.get();
      records++;
      List<RecordProblem> p = check(r.values(), r.number(), r.line());
      if (p.isEmpty()) {
        sink.accept(r.number(), encodeValid(r.values(), session));
        encoded++;
      } else {
        problemCount += p.size();
        for (RecordProblem one : p) {
          if (problems.size() < MAX_REPORTED_PROBLEMS) {
            problems.add(one);
          }
        }
      }
    }
    return new EncodingReport(records, encoded, problems, problemCount);
  }

  // ------------------------------------------------------------------ encoding

  /** The most token positions a session remembers per feature before it forgets them all. */
  private static final int TOKEN_CACHE_SIZE = 1 << 15;

  /**
   * Per-call state: MACs are not thread-safe, so each call (or file) has its own. It remembers the
   * bit positions of the tokens it has hashed (per feature, for tokens of at most 64 positions,
   * never for salted features), as clkhash's {@code lru_cache} does: names and dates repeat.
   */
  private final class Session {
    private final HMac[] sha1 = new HMac[features.size()];
    private final HMac[] md5 = new HMac[features.size()];
    private final List<java.util.Map<String, int[]>> positions = new ArrayList<>();

    Session() {
      for (int j = 0; j < features.size(); j++) {
        positions.add(new java.util.HashMap<>());
      }
    }

    int[] cached(int j, String token, int k) {
      java.util.Map<String, int[]> m = positions.get(j);
      int[] p = m.get(token);
      return p != null && p.length == k ? p : null;
    }

    void remember(int j, String token, int[] p) {
      java.util.Map<String, int[]> m = positions.get(j);
      if (m.size() >= TOKEN_CACHE_SIZE) {
        m.clear();
      }
      m.put(token, p);
    }

    HMac sha1(int j, byte[] key) {
      if (key != keys[2 * j] || sha1[j] == null) {
        HMac mac = new HMac(new SHA1Digest());
        mac.init(new KeyParameter(key));
        if (key != keys[2 * j]) {
          return mac;
        }
        sha1[j] = mac;
      }
      return sha1[j];
    }

    HMac md5(int j, byte[] key) {
      if (key != keys[2 * j + 1] || md5[j] == null) {
        HMac mac = new HMac(new MD5Digest());
        mac.init(new KeyParameter(key));
        if (key != keys[2 * j + 1]) {
          return mac;
        }
        md5[j] = mac;
      }
      return md5[j];
    }
  }

  private Clk encodeValid(List<String> record, Session session) {
    byte[] filter = new byte[(hashLength + 7) / 8];
    String salt = saltIndex >= 0 ? saltOf(record).orElseThrow() : null;
    for (int j = 0; j < features.size(); j++) {
      Feature f = features.get(j);
      if (f.ignored()) {
        continue;
      }
      List<String> tokens = f.tokens(record.get(j));
      if (tokens.isEmpty()) {
        continue;
      }
      FeatureHashing h = f.hashing().orElseThrow();
      int[] ks = h.strategy().bitsPerToken(tokens.size());
      TextEncoding encoding = f.encoding();
      byte[] key0 = keys[2 * j];
      byte[] key1 = keys[2 * j + 1];
      Blake2bDigest[] templates = blakeTemplates[j];
      if (salted[j]) {
        byte[][] saltedKeys = saltedKeys(j, salt);
        key0 = saltedKeys[0];
        key1 = saltedKeys[1];
        templates = templatesFor(f, key0);
      }
      boolean cache = !salted[j];
      for (int t = 0; t < tokens.size(); t++) {
        int k = ks[t];
        if (k == 0) {
          continue;
        }
        String text = tokens.get(t);
        int[] positions = cache && k <= 64 ? session.cached(j, text, k) : null;
        if (positions == null) {
          byte[] token = encoding.encode(text);
          positions = h.hash() instanceof DoubleHash d
              ? doubleHash(token, k, session.sha1(j, key0), session.md5(j, key1), d.preventSingularity())
              : blakeHash(token, k, templates);
          if (cache && k <= 64) {
            session.remember(j, text, positions);
          }
        }
        for (int position : positions) {
          filter[position >>> 3] |= (byte) (0x80 >>> (position & 7));
        }
      }
    }
    int length = hashLength;
    for (int i = 0; i < folds; i++) {
      filter = fold(filter, length);
      length /= 2;
    }
    if (hardening.flipProbability() > 0) {
      blip(filter, length);
    }
    if (permutation != null) {
      filter = balance(filter, length);
      length *= 2;
    }
    return Clk.wrap(filter, length);
  }

  private Optional<String> saltOf(List<String> record) {
    Feature f = features.get(saltIndex);
    String value = record.get(saltIndex);
    String salt;
    if (f.ignored()) {
      salt = value;
    } else if (f.isMissing(value)) {
      salt = f.hashing().orElseThrow().missingValue().orElseThrow().replaceWith();
    } else {
      salt = f.format().orElseThrow().normalise(value);
    }
    return salt.isEmpty() ? Optional.empty() : Optional.of(salt);
  }

  private byte[][] saltedKeys(int j, String salt) {
    byte[] ikm = new byte[2 * keySize];
    System.arraycopy(keys[2 * j], 0, ikm, 0, keySize);
    System.arraycopy(keys[2 * j + 1], 0, ikm, keySize, keySize);
    byte[] label = "barrier-linkage/salt/1".getBytes(StandardCharsets.US_ASCII);
    byte[] value = salt.getBytes(StandardCharsets.UTF_8);
    byte[] info = new byte[label.length + 1 + value.length];
    System.arraycopy(label, 0, info, 0, label.length);
    System.arraycopy(value, 0, info, label.length + 1, value.length);
    byte[] okm = new byte[2 * keySize];
    LinkageSecret.hkdf(KdfHash.SHA256, ikm, null, info, okm);
    Arrays.fill(ikm, (byte) 0);
    return new byte[][] {Arrays.copyOfRange(okm, 0, keySize), Arrays.copyOfRange(okm, keySize, 2 * keySize)};
  }

  /**
   * Keyed BLAKE2b-512 states for salts {@code "0"} to the largest index this feature can need; a
   * digest is copied from its template for each token.
   */
  private static Blake2bDigest[] templatesFor(Feature f, byte[] key) {
    FeatureHashing h = f.hashing().orElse(null);
    if (h == null || !(h.hash() instanceof BlakeHash)) {
      return null;
    }
    int maxK = h.strategy() instanceof eu.barrier.linkage.schema.BitsPerToken b ? b.k()
        : ((eu.barrier.linkage.schema.BitsPerFeature) h.strategy()).bits();
    int digests = (maxK + 31) / 32;
    Blake2bDigest[] templates = new Blake2bDigest[digests];
    for (int i = 0; i < digests; i++) {
      byte[] salt = new byte[16];
      byte[] digits = Integer.toString(i).getBytes(StandardCharsets.US_ASCII);
      System.arraycopy(digits, 0, salt, 0, digits.length);
      templates[i] = new Blake2bDigest(key, 64, salt, null);
    }
    return templates;
  }

  /**
   * clkhash's {@code blake_hash_token}: digest {@code i} is BLAKE2b-512 of the token keyed with the
   * feature's first key and salted with the ASCII digits of {@code i}; its 64 bytes are 32
   * little-endian unsigned 16-bit positions, of which the first {@code k} are taken modulo {@code l}.
   */
  private int[] blakeHash(byte[] token, int k, Blake2bDigest[] templates) {
    byte[] digest = new byte[64];
    int mask = hashLength - 1;
    int[] positions = new int[k];
    int taken = 0;
    for (int i = 0; taken < k; i++) {
      Blake2bDigest d = new Blake2bDigest(templates[i]);
      d.update(token, 0, token.length);
      d.doFinal(digest, 0);
      for (int s = 0; s < 32 && taken < k; s++, taken++) {
        positions[taken] = ((digest[2 * s] & 0xFF) | (digest[2 * s + 1] & 0xFF) << 8) & mask;
      }
    }
    return positions;
  }

  /**
   * clkhash's double hashing: positions {@code (a + i * b) mod l}, {@code a} and {@code b} the
   * big-endian values of HMAC-SHA1 and HMAC-MD5 of the token modulo {@code l}; with {@code
   * preventSingularity}, {@code b} is recomputed over the token followed by the UTF-8 of code point
   * {@code 0, 1, ...} while it is 0.
   */
  private int[] doubleHash(byte[] token, int k, HMac sha1, HMac md5, boolean preventSingularity) {
    long a = macModulo(sha1, token, token.length);
    long b = macModulo(md5, token, token.length);
    if (preventSingularity) {
      byte[] extended = Arrays.copyOf(token, token.length + 3);
      for (int c = 0; b == 0; c++) {
        if (c >= 0xD800) {
          throw new IllegalStateException("no non-singular hash found");
        }
        byte[] suffix = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8);
        System.arraycopy(suffix, 0, extended, token.length, suffix.length);
        b = macModulo(md5, extended, token.length + suffix.length);
      }
    }
    int[] positions = new int[k];
    for (int i = 0; i < k; i++) {
      positions[i] = (int) ((a + (long) i * b) % hashLength);
    }
    return positions;
  }

  private long macModulo(HMac mac, byte[] data, int length) {
    mac.update(data, 0, length);
    byte[] out = new byte[mac.getMacSize()];
    mac.doFinal(out, 0);
    long r = 0;
    for (byte x : out) {
      r = ((r << 8) | (x & 0xFF)) % hashLength;
    }
    return r;
  }

  /** clkhash's {@code fold_xor}, once: the first half XOR the second half. */
  static byte[] fold(byte[] filter, int length) {
    int half = length / 2;
    byte[] out = new byte[(half + 7) / 8];
    if (half % 8 == 0) {
      int bytes = half / 8;
      for (int i = 0; i < bytes; i++) {
        out[i] = (byte) (filter[i] ^ filter[bytes + i]);
      }
      return out;
    }
    for (int i = 0; i < half; i++) {
      if (bit(filter, i) != bit(filter, half + i)) {
        out[i >>> 3] |= (byte) (0x80 >>> (i & 7));
      }
    }
    return out;
  }

  private static boolean bit(byte[] filter, int i) {
    return (filter[i >>> 3] & (0x80 >>> (i & 7))) != 0;
  }

  private void blip(byte[] filter, int length) {
    double p = hardening.flipProbability();
    java.util.random.RandomGenerator random = hardening.random();
    for (int i = 0; i < length; i++) {
      if (random.nextDouble() < p) {
        filter[i >>> 3] ^= (byte) (0x80 >>> (i & 7));
      }
    }
  }

  /** The filter followed by its complement, bit {@code i} moved to {@code permutation[i]}. */
  private byte[] balance(byte[] filter, int length) {
    byte[] out = new byte[(2 * length + 7) / 8];
    for (int i = 0; i < 2 * length; i++) {
      boolean set = i < length ? bit(filter, i) : !bit(filter, i - length);
      if (set) {
        int p = permutation[i];
        out[p >>> 3] |= (byte) (0x80 >>> (p & 7));
      }
    }
    return out;
  }

  /**
   * A permutation of {@code n} positions derived from the secret alone (Fisher-Yates over a
   * BLAKE2b-512 counter stream, unbiased by rejection), so all parties balance alike.
   */
  private static int[] permutation(LinkageSecret secret, int n) {
    byte[] key = secret.deriveHardeningKey("balance/1", 32);
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    Blake2bDigest template = new Blake2bDigest(key, 64, null, null);
    Arrays.fill(key, (byte) 0);
    byte[] block = new byte[64];
    int used = 64;
    long counter = 0;
    for (int i = n - 1; i > 0; i--) {
      long bound = i + 1L;
      long limit = (1L << 32) - ((1L << 32) % bound);
      long x;
      do {
        if (used == 64) {
          Blake2bDigest d = new Blake2bDigest(template);
          byte[] c = new byte[8];
          for (int b = 0; b < 8; b++) {
            c[b] = (byte) (counter >>> (56 - 8 * b));
          }
          counter++;
          d.update(c, 0, 8);
          d.doFinal(block, 0);
          used = 0;
        }
        x = ((block[used] & 0xFFL) << 24) | ((block[used + 1] & 0xFFL) << 16) | ((block[used + 2] & 0xFFL) << 8)
            | (block[used + 3] & 0xFFL);
        used += 4;
      } while (x >= limit);
      int j = (int) (x % bound);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }

  @Override
  public String toString() {
    return "ClkEncoder[" + schema + ", " + hardening + "]";
  }
}
