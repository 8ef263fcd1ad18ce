package eu.barrier.spark;

import eu.barrier.core.BarrierException;
import java.util.Objects;

/**
 * Bad input to a Barrier function on Spark: a missing column, an unreadable secret file, an
 * extract without its files, records the schema refuses. The message states the rule and where it
 * was broken (a column, a file, a record id), never a value, a key or a secret.
 */
public class SparkJobException extends BarrierException {

  private static final long serialVersionUID = 1L;

  /** The typed code; transient like the base class's error code. */
  private final transient SparkError error;

  /**
   * Creates an exception whose message is {@code code: detail}.
   *
   * @param error the stable code
   * @param detail where the rule was broken, never the rejected value
   */
  public SparkJobException(SparkError error, String detail) {
    this(error, detail, null);
  }

  /**
   * Creates an exception whose message is {@code code: detail}, with a cause.
   *
   * @param error the stable code
   * @param detail where the rule was broken, never the rejected value
   * @param cause the cause, or {@code null}; its message must not hold personal data
   */
  public SparkJobException(SparkError error, String detail, Throwable cause) {
    super(Objects.requireNonNull(error, "error"), detail, cause);
    this.error = error;
  }

  /**
   * Returns the typed error code, or {@code null} after Java deserialization of this exception.
   *
   * @return the code
   */
  public SparkError error() {
    return error;
  }
}
