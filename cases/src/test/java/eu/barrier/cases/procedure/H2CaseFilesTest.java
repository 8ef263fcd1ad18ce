package eu.barrier.cases.procedure;

import eu.barrier.cases.testing.TestDatabase;

/** The case procedure on H2 in memory. */
final class H2CaseFilesTest extends CaseFilesContract {
  @Override
  TestDatabase database() {
    return TestDatabase.h2();
  }
}
