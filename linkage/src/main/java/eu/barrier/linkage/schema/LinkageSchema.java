package eu.barrier.linkage.schema;

import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A validated linkage schema, in clkhash's v3 model (v1 and v2 documents are upgraded as clkhash
 * upgrades them). Immutable and thread-safe. Read one with {@link LinkageSchemas#parse(byte[])}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class LinkageSchema {

  private final int version;
  private final int clkLength;
  private final int xorFolds;
  private final KeyDerivation kdf;
  private final List<Feature> features;
  private final byte[] sha256;

  LinkageSchema(int version, int clkLength, int xorFolds, KeyDerivation kdf, List<Feature> features, byte[] sha256) {
    this.version = version;
    this.clkLength = clkLength;
    this.xorFolds = xorFolds;
    this.kdf = Objects.requireNonNull(kdf, "kdf");
    this.features = List.copyOf(features);
    this.sha256 = sha256.clone();
  }

  /**
   * Returns the version of the document as written (1, 2 or 3).
   *
   * @return the version
   */
  public int version() {
    return version;
  }

  /**
   * Returns {@code l}: the length of each CLK in bits, after XOR folding.
   *
   * @return the CLK length
   */
  public int clkLength() {
    return clkLength;
  }

  /**
   * Returns the number of XOR folds ({@code clkConfig.xor_folds}, the key clkhash 0.18.3 reads).
   *
   * @return the folds, 0 by default
   */
  public int xorFolds() {
    return xorFolds;
  }

  /**
   * Returns the length of the filter before folding: {@code l * 2^xorFolds}.
   *
   * @return the hashing length in bits
   */
  public int hashLength() {
    return clkLength << xorFolds;
  }

  /**
   * Returns the key derivation.
   *
   * @return the key derivation
   */
  public KeyDerivation kdf() {
    return kdf;
  }

  /**
   * Returns the features in record order, ignored ones included.
   *
   * @return the features
   */
  public List<Feature> features() {
    return features;
  }

  /**
   * Returns the feature identifiers in record order: the expected CSV header.
   *
   * @return the identifiers
   */
  public List<String> identifiers() {
    return features.stream().map(Feature::identifier).toList();
  }

  /**
   * Returns the SHA-256 of the schema document as read, in lower-case hex, to stamp what was
   * encoded with it.
   *
   * @return 64 hex digits
   */
  public String sha256() {
    return HexFormat.of().formatHex(sha256);
  }

  @Override
  public String toString() {
    return "LinkageSchema[v" + version + ", l " + clkLength + (xorFolds > 0 ? ", xor_folds " + xorFolds : "") + ", "
        + features.size() + " features]";
  }
}
