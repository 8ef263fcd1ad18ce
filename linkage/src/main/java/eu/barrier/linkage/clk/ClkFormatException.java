package eu.barrier.linkage.clk;

import eu.barrier.linkage.LinkageError;
import eu.barrier.linkage.LinkageException;
import org.apiguardian.api.API;

/**
 * Thrown by {@link ClkFiles} for a document that is not a CLK file: not strict JSON of the shape
 * {@code {"clks": [base64, ...]}}, a CLK that is not padded standard base64, or CLKs of different
 * lengths. The message names the index of the CLK, never its content.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ClkFormatException extends LinkageException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param error {@link LinkageError#CLK_FILE_SYNTAX}, {@link LinkageError#CLK_BASE64} or {@link
   *     LinkageError#CLK_LENGTH}
   * @param detail where
   */
  public ClkFormatException(LinkageError error, String detail) {
    super(error, detail);
  }
}
