package eu.barrier.transparency;

import eu.barrier.core.testing.ErrorCodesDoc;
import org.junit.jupiter.api.Test;

/** Every {@link TransparencyError} is documented in {@code docs/error-codes.md}, with its exact rule. */
final class ErrorCodesDocumentedTest {

  @Test
  void errorCodesDoc_everyTransparencyError_hasExactlyOneRowWithConstantAndRule() {
    ErrorCodesDoc.assertDocumentsExactly(TransparencyError.class, "BARRIER-TRN-");
  }
}
