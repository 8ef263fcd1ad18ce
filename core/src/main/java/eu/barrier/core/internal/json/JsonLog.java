package eu.barrier.core.internal.json;

import eu.barrier.core.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every log statement of the JSON codec and the boundary, in one place for privacy review.
 *
 * <p>Logger names: {@code eu.barrier.core.json} and {@code eu.barrier.core.validation}. Only codes,
 * JSON Pointers (with unsafe property names hidden), sizes and counts are logged; never a value.
 */
public final class JsonLog {

  private static final Logger JSON = LoggerFactory.getLogger("eu.barrier.core.json");
  private static final Logger BOUNDARY = LoggerFactory.getLogger("eu.barrier.core.validation");

  private JsonLog() {}

  /**
   * JSON-001: a document was rejected.
   *
   * @param code the error code
   * @param path the JSON Pointer
   * @param size bytes read (characters for {@code String} input), or -1 if unknown
   */
  public static void rejected(ErrorCode code, String path, long size) {
    JSON.debug("JSON-001 document rejected: code={} path={} size={}", code.code(), path, size);
  }

  /**
   * JSON-002: an unexpected exception type was thrown while binding and reported as an invalid value.
   *
   * @param type the exception's class
   */
  public static void unexpectedFailure(Class<?> type) {
    JSON.debug("JSON-002 unexpected {} while binding, reported as an invalid value", type.getName());
  }

  /**
   * BOUNDARY-001: a document was checked at the boundary.
   *
   * @param violations the number of violations
   * @param size the document size in bytes
   */
  public static void checked(int violations, long size) {
    BOUNDARY.debug("BOUNDARY-001 document checked: violations={} size={}", violations, size);
  }
}
