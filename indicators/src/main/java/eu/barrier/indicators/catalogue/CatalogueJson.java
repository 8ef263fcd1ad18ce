package eu.barrier.indicators.catalogue;

import eu.barrier.core.CoreError;
import eu.barrier.core.json.BarrierJson;
import eu.barrier.core.json.JsonFormatException;
import eu.barrier.core.json.JsonLimits;
import eu.barrier.indicators.IndicatorsError;
import eu.barrier.indicators.catalogue.CatalogueFormatException;
import eu.barrier.indicators.catalogue.CatalogueFormatException.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * Reads catalogue documents into a tree with core's strict codec {@link BarrierJson} and the
 * catalogue limits, and maps its failures to {@link IndicatorsError} codes.
 */
final class CatalogueJson {

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
  /** Most tokens in one document. */
  public static final long MAX_TOKENS = 1_000_000L;

  private static final BarrierJson JSON = BarrierJson.create(JsonLimits.defaults()
      .withMaxDocumentBytes(MAX_DOCUMENT_BYTES)
      .withMaxNestingDepth(MAX_DEPTH)
      .withMaxStringLength(MAX_STRING_CHARS)
      .withMaxNameLength(MAX_KEY_CHARS)
      .withMaxNumberLength(MAX_NUMBER_CHARS)
      .withMaxTokenCount(MAX_TOKENS));

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
          throw single("", IndicatorsError.LIMIT_EXCEEDED,
              String.format(Locale.ROOT, "document is larger than %d bytes", MAX_DOCUMENT_BYTES));
        }
      }
    } catch (IOException e) {
      throw single("", IndicatorsError.READ_FAILED, "the catalogue stream could not be read");
    }
    return out.toByteArray();
  }

  /**
   * Parses a document into a tree.
   *
   * @param bytes the document, UTF-8
   * @return the root node, never {@code null}
   * @throws CatalogueFormatException on malformed JSON, duplicate keys, trailing data or a limit
   */
  public static JsonNode parse(byte[] bytes) {
    try {
      JsonNode root = JSON.read(bytes, JsonNode.class);
      if (root == null || root.isMissingNode() || root.isNull()) {
        throw single("", IndicatorsError.MALFORMED_JSON, "the document is empty or null");
      }
      return root;
    } catch (JsonFormatException e) {
      CoreError code = e.errorCode() instanceof CoreError ? (CoreError) e.errorCode() : CoreError.JSON_SYNTAX;
      throw single(e.path(), map(code), code.rule() + " (" + code.code() + ")");
    }
  }

  private static IndicatorsError map(CoreError code) {
    switch (code) {
      case JSON_DUPLICATE_PROPERTY:
        return IndicatorsError.DUPLICATE_KEY;
      case JSON_TOO_DEEP:
      case JSON_TOO_LARGE:
      case JSON_STRING_TOO_LONG:
      case JSON_NUMBER_TOO_LONG:
      case JSON_NAME_TOO_LONG:
      case JSON_TOO_MANY_TOKENS:
        return IndicatorsError.LIMIT_EXCEEDED;
      case JSON_IO:
        return IndicatorsError.READ_FAILED;
      default:
        return IndicatorsError.MALFORMED_JSON;
    }
  }

  private static CatalogueFormatException single(String path, IndicatorsError error, String message) {
    return new CatalogueFormatException(List.of(new Problem(path, error, message)));
  }
}
