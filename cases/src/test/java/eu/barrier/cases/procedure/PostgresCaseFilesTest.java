package eu.barrier.cases.procedure;

import eu.barrier.cases.testing.TestDatabase;

/** The case procedure on PostgreSQL (started by .ci/run). */
final class PostgresCaseFilesTest extends CaseFilesContract {
  @Override
  TestDatabase database() {
    return TestDatabase.postgres();
  }
}
