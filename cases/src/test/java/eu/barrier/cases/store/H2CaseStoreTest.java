package eu.barrier.cases.store;

import eu.barrier.cases.testing.TestDatabase;

/** The store contract on H2 in memory. */
final class H2CaseStoreTest extends CaseStoreContract {
  @Override
  TestDatabase database() {
    return TestDatabase.h2();
  }
}
