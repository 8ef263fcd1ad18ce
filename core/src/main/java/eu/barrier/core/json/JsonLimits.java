package eu.barrier.core.json;

import org.apiguardian.api.API;

/**
 * Size limits that {@link BarrierJson} enforces while it reads, before any value is bound.
 *
 * <p>Every limit is checked by the streaming parser, so a hostile document is rejected after at
 * most the limit has been read; nothing larger is ever buffered. A breach is reported as a {@link
 * JsonFormatException} with the matching code.
 *
 * <p>The defaults ({@link #defaults()}) suit exchange documents of a municipality and read the
 * documented workloads (the README, "Strict JSON"):
 *
 * <ul>
 *   <li>{@code maxDocumentBytes}: 16 MiB ({@value #DEFAULT_MAX_DOCUMENT_BYTES} bytes); for {@code
 *       String} input the limit counts characters;
 *   <li>{@code maxNestingDepth}: {@value #DEFAULT_MAX_NESTING_DEPTH} levels of arrays and objects;
 *   <li>{@code maxStringLength}: 1 Mi ({@value #DEFAULT_MAX_STRING_LENGTH}) characters per string
 *       value;
 *   <li>{@code maxNumberLength}: {@value #DEFAULT_MAX_NUMBER_LENGTH} characters per number;
 *   <li>{@code maxNameLength}: {@value #DEFAULT_MAX_NAME_LENGTH} characters per property name;
 *   <li>{@code maxTokenCount}: {@value #DEFAULT_MAX_TOKEN_COUNT} tokens (each name, value, and
 *       start or end of an array or object counts as one).
 * </ul>
 *
 * <p>Instances are immutable; the {@code with…} methods return a copy with one limit changed.
 *
 * @param maxDocumentBytes the largest accepted document in bytes (characters for {@code String}
 *     input); at least 1
 * @param maxNestingDepth the deepest accepted nesting of arrays and objects; at least 1
 * @param maxStringLength the longest accepted string value in characters; at least 1
 * @param maxNumberLength the longest accepted number in characters; at least 1
 * @param maxNameLength the longest accepted property name in characters; at least 1
 * @param maxTokenCount the largest accepted number of tokens; at least 1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record JsonLimits(
    long maxDocumentBytes,
    int maxNestingDepth,
    int maxStringLength,
    int maxNumberLength,
    int maxNameLength,
    long maxTokenCount) {

  /** Default for {@link #maxDocumentBytes()}: 16 MiB. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 16L * 1024 * 1024;

  /** Default for {@link #maxNestingDepth()}: 64. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

  /** Default for {@link #maxStringLength()}: 1 Mi characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1024 * 1024;

  /** Default for {@link #maxNumberLength()}: 64 characters. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 64;

  /** Default for {@link #maxNameLength()}: 256 characters. */
  public static final int DEFAULT_MAX_NAME_LENGTH = 256;

  /**
   * Default for {@link #maxTokenCount()}: four million tokens. The largest documented workload, the
   * {@code establishments.json} of the README's 20 000-establishment synthetic city (13.4 MB,
   * about 1.43 million tokens), reads with the defaults, and so does a document of the same
   * density up to the 16 MiB size limit.
   */
  public static final long DEFAULT_MAX_TOKEN_COUNT = 4_000_000L;

  private static final JsonLimits DEFAULTS =
      new JsonLimits(
          DEFAULT_MAX_DOCUMENT_BYTES,
          DEFAULT_MAX_NESTING_DEPTH,
          DEFAULT_MAX_STRING_LENGTH,
          DEFAULT_MAX_NUMBER_LENGTH,
          DEFAULT_MAX_NAME_LENGTH,
          DEFAULT_MAX_TOKEN_COUNT);

  /**
   * Checks that every limit is positive.
   *
   * @param maxDocumentBytes the largest accepted document in bytes
   * @param maxNestingDepth the deepest accepted nesting
   * @param maxStringLength the longest accepted string value
   * @param maxNumberLength the longest accepted number
   * @param maxNameLength the longest accepted property name
   * @param maxTokenCount the largest accepted number of tokens
   * @throws IllegalArgumentException if a limit is zero or negative
   */
  public JsonLimits {
    positive(maxDocumentBytes, "maxDocumentBytes");
    positive(maxNestingDepth, "maxNestingDepth");
    positive(maxStringLength, "maxStringLength");
    positive(maxNumberLength, "maxNumberLength");
    positive(maxNameLength, "maxNameLength");
    positive(maxTokenCount, "maxTokenCount");
  }

  /**
   * Returns the default limits listed in the class description.
   *
   * @return the defaults
   */
  public static JsonLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy with another document size limit.
   *
   * @param bytes the largest accepted document in bytes; at least 1
   * @return the changed copy
   */
  public JsonLimits withMaxDocumentBytes(long bytes) {
    return new JsonLimits(bytes, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength, maxTokenCount);
  }

  /**
   * Returns a copy with another nesting limit.
   *
   * @param depth the deepest accepted nesting; at least 1
   * @return the changed copy
   */
  public JsonLimits withMaxNestingDepth(int depth) {
    return new JsonLimits(maxDocumentBytes, depth, maxStringLength, maxNumberLength, maxNameLength, maxTokenCount);
  }

  /**
   * Returns a copy with another string length limit.
   *
   * @param chars the longest accepted string value; at least 1
   * @return the changed copy
   */
  public JsonLimits withMaxStringLength(int chars) {
    return new JsonLimits(maxDocumentBytes, maxNestingDepth, chars, maxNumberLength, maxNameLength, maxTokenCount);
  }

  /**
   * Returns a copy with another number length limit.
   *
   * @param chars the longest accepted number; at least 1
   * @return the changed copy
   */
  public JsonLimits withMaxNumberLength(int chars) {
    return new JsonLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, chars, maxNameLength, maxTokenCount);
  }

  /**
   * Returns a copy with another property-name length limit.
   *
   * @param chars the longest accepted property name; at least 1
   * @return the changed copy
   */
  public JsonLimits withMaxNameLength(int chars) {
    return new JsonLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, maxNumberLength, chars, maxTokenCount);
  }

  /**
   * Returns a copy with another token count limit.
   *
   * @param tokens the largest accepted number of tokens; at least 1
   * @return the changed copy
   */
  public JsonLimits withMaxTokenCount(long tokens) {
    return new JsonLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength, tokens);
  }

  private static void positive(long value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1");
    }
  }
}
