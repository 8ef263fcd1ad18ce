package eu.barrier.core.input;

import eu.barrier.core.BarrierException;
import eu.barrier.core.CoreError;
import org.apiguardian.api.API;

/**
 * An input that cannot be read within Barrier's input rules: missing, not a regular file, over
 * its size limit, not UTF-8, a line too long, or failing while read. The code is one of the {@code
 * BARRIER-CORE-04xx} codes of {@link CoreError}; the message names the input by the caller's label,
 * never by content or path.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class InputException extends BarrierException {

  private static final long serialVersionUID = 1L;

  private final transient CoreError error;

  /**
   * Creates the exception.
   *
   * @param error one of the {@code 04xx} codes
   * @param detail which input and where, never content
   */
  public InputException(CoreError error, String detail) {
    this(error, detail, null);
  }

  /**
   * Creates the exception with a cause whose message holds no content.
   *
   * @param error one of the {@code 04xx} codes
   * @param detail which input and where, never content
   * @param cause the cause, or {@code null}
   */
  public InputException(CoreError error, String detail, Throwable cause) {
    super(inputCode(error), detail, cause);
    this.error = error;
  }

  /**
   * Returns the code as the core enum.
   *
   * @return the code; {@code null} after Java deserialization
   */
  public CoreError error() {
    return error;
  }

  /**
   * Tells whether the input named is not usable at all (missing, not a regular file, failing while
   * read), as opposed to content that breaks a rule (too large, wrong encoding, a long line). A
   * command line treats the first as a usage error and the second as invalid input.
   *
   * @return whether the input itself is unusable
   */
  public boolean isUnusableInput() {
    return error == CoreError.INPUT_UNREADABLE || error == CoreError.INPUT_NOT_REGULAR_FILE
        || error == CoreError.INPUT_IO;
  }

  private static CoreError inputCode(CoreError error) {
    if (error == null || !error.code().startsWith("BARRIER-CORE-04")) {
      throw new IllegalArgumentException("not an input error code");
    }
    return error;
  }
}
