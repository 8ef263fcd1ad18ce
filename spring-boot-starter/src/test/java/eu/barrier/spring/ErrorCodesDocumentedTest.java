package eu.barrier.spring;

import eu.barrier.core.testing.ErrorCodesDoc;
import org.junit.jupiter.api.Test;

/** Every {@link SpringError} is documented in {@code docs/error-codes.md}, with its exact rule. */
final class ErrorCodesDocumentedTest {

  @Test
  void errorCodesDoc_everySpringError_hasExactlyOneRowWithConstantAndRule() {
    ErrorCodesDoc.assertDocumentsExactly(SpringError.class, "BARRIER-SPRING-");
  }
}
