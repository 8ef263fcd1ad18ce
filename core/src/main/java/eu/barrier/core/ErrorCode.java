package eu.barrier.core;

import org.apiguardian.api.API;

/**
 * A stable, documented error code such as {@code BARRIER-CORE-0001}.
 *
 * <p>Each module keeps its codes in one enum that implements this interface. A code never changes
 * meaning once released, so callers may switch on it, count it and document it. Every code is
 * listed in {@code docs/error-codes.md}.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public interface ErrorCode {

  /**
   * Returns the code, for example {@code BARRIER-CORE-0001}.
   *
   * @return the stable code; never {@code null}
   */
  String code();

  /**
   * Returns a short English statement of the rule that was broken. It never contains input values.
   *
   * @return the rule; never {@code null}
   */
  String rule();
}
