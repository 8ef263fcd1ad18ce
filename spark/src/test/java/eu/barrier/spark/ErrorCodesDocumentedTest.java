package eu.barrier.spark;

import eu.barrier.core.testing.ErrorCodesDoc;
import org.junit.jupiter.api.Test;

/** Every {@link SparkError} is documented in {@code docs/error-codes.md}, with its exact rule. */
final class ErrorCodesDocumentedTest {

  @Test
  void errorCodesDoc_everySparkError_hasExactlyOneRowWithConstantAndRule() {
    ErrorCodesDoc.assertDocumentsExactly(SparkError.class, "BARRIER-SPK-");
  }
}
