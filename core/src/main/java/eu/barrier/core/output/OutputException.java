package eu.barrier.core.output;

import eu.barrier.core.BarrierException;
import eu.barrier.core.CoreError;
import org.apiguardian.api.API;

/**
 * An output that cannot be written under Barrier's output policy: it is one of the operation's
 * inputs, it exists and replacing it was not asked for, it is not a regular file, or writing it
 * failed (the target is then unchanged). The code is one of the {@code BARRIER-CORE-05xx} codes of
 * {@link CoreError}; the message names the output by the caller's label, never by its path.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class OutputException extends BarrierException {

  private static final long serialVersionUID = 1L;

  private final transient CoreError error;

  /**
   * Creates the exception.
   *
   * @param error one of the {@code 05xx} codes
   * @param detail which output, never a path or content
   * @param cause the cause, or {@code null}
   */
  public OutputException(CoreError error, String detail, Throwable cause) {
    super(outputCode(error), detail, cause);
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

  private static CoreError outputCode(CoreError error) {
    if (error == null || !error.code().startsWith("BARRIER-CORE-05")) {
      throw new IllegalArgumentException("not an output error code");
    }
    return error;
  }
}
