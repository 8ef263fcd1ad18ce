package eu.barrier.cases.store;

import eu.barrier.cases.testing.TestDatabase;

/** The store contract on PostgreSQL (started by .ci/run). */
final class PostgresCaseStoreTest extends CaseStoreContract {
  @Override
  TestDatabase database() {
    return TestDatabase.postgres();
  }
}
