package eu.barrier.registers;

import eu.barrier.core.testing.ErrorCodesDoc;
import org.junit.jupiter.api.Test;

/** Every {@link RegistersError} is documented in {@code docs/error-codes.md}, with its exact rule. */
final class ErrorCodesDocumentedTest {

  @Test
  void errorCodesDoc_everyRegistersError_hasExactlyOneRowWithConstantAndRule() {
    ErrorCodesDoc.assertDocumentsExactly(RegistersError.class, "BARRIER-REG-");
  }
}
