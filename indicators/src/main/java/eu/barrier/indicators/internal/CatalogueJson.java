package eu.barrier.indicators.internal;

import eu.barrier.indicators.IndicatorsError;
import eu.barrier.indicators.catalogue.CatalogueFormatException;
import eu.barrier.indicators.catalogue.CatalogueFormatException.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The only place where the catalogue loader configures and calls Jackson: reads a document into a
 * tree with explicit limits, strict duplicate detection and no trailing data.
 *
 * <p>To be replaced by core's {@code eu.barrier.core.json.BarrierJson} once it exists, keeping the
 * mapping of failures to {@link IndicatorsError} codes.
 */
public final class CatalogueJson {

  /** Largest accepted document, in bytes. */
  public static final int MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;
  /** Deepest accepted nesting of arrays and objects. */
  public static final int MAX_DEPTH = 16;
  /** Longest accepted string value, in characters (field limits are tighter). */
  public static final int MAX_STRING_CHARS = 8192;
  /** Longest accepted object key, in characters. */
  public static final int MAX_KEY_CHARS = 256;
  /** Longest accepted number literal, in characters. */
  public static final int MAX_NUMBER_CHARS = 64;

  private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder()
              .maxDocumentLength(MAX_DOCUMENT_BYTES)
              .maxNestingDepth(MAX_DEPTH)
              .maxStringLength(MAX_STRING_CHARS)
              .maxNameLength(MAX_KEY_CHARS)
              .maxNumberLength(MAX_NUMBER_CHARS)
              .maxTokenCount(1_000_000)
              .build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build())
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .build();

  private CatalogueJson() {}

  /**
   * Reads a whole stream, up to the document limit.
   *
   * @param in the stream; not closed
   * @return the bytes
   * @throws CatalogueFormatException if the stream fails or is larger than the limit
   */
  public static byte[] readAll(InputStream in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[16 * 1024];
    try {
      int n;
      while ((n = in.read(buffer)) != -1) {
        out.write(buffer, 0, n);
        if (out.size() > MAX_DOCUMENT_BYTES) {
          throw single(IndicatorsError.LIMIT_EXCEEDED,
              String.format(Locale.ROOT, "document is larger than %d bytes", MAX_DOCUMENT_BYTES));
        }
      }
    } catch (IOException e) {
      throw single(IndicatorsError.READ_FAILED, "the catalogue stream could not be read");
    }
    return out.toByteArray();
  }

  /**
   * Parses a document into a tree.
   *
   * @param bytes the document, UTF-8
   * @return the root node, never {@code null} or missing
   * @throws CatalogueFormatException on malformed JSON, duplicate keys, trailing data or a limit
   */
  public static JsonNode parse(byte[] bytes) {
    if (bytes.length > MAX_DOCUMENT_BYTES) {
      throw single(IndicatorsError.LIMIT_EXCEEDED,
          String.format(Locale.ROOT, "document is larger than %d bytes", MAX_DOCUMENT_BYTES));
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(bytes);
    } catch (StreamConstraintsException e) {
      throw single(IndicatorsError.LIMIT_EXCEEDED, "document exceeds a size, nesting, string, key or number limit"
          + where(e.getLocation()));
    } catch (JacksonException e) {
      String original = e.getOriginalMessage();
      if (original != null && original.startsWith("Duplicate")) {
        throw single(IndicatorsError.DUPLICATE_KEY, "an object has the same key twice" + where(e.getLocation()));
      }
      if (original != null && original.contains("Trailing token")) {
        throw single(IndicatorsError.MALFORMED_JSON, "data after the top-level value" + where(e.getLocation()));
      }
      throw single(IndicatorsError.MALFORMED_JSON, "not well-formed JSON" + where(e.getLocation()));
    }
    if (root == null || root.isMissingNode()) {
      throw single(IndicatorsError.MALFORMED_JSON, "the document is empty");
    }
    return root;
  }

  private static String where(TokenStreamLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return String.format(Locale.ROOT, " (line %d, column %d)", location.getLineNr(), location.getColumnNr());
  }

  private static CatalogueFormatException single(IndicatorsError error, String message) {
    return new CatalogueFormatException(List.of(new Problem("", error, message)));
  }
}
