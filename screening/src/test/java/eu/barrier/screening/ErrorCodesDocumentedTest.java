package eu.barrier.screening;

import eu.barrier.core.testing.ErrorCodesDoc;
import org.junit.jupiter.api.Test;

/** Every {@link ScreeningError} is documented in {@code docs/error-codes.md}, with its exact rule. */
final class ErrorCodesDocumentedTest {

  @Test
  void errorCodesDoc_everyScreeningError_hasExactlyOneRowWithConstantAndRule() {
    ErrorCodesDoc.assertDocumentsExactly(ScreeningError.class, "BARRIER-SCR-");
  }
}
