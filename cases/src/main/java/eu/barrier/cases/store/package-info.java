/**
 * Storage of screening cases: the {@link eu.barrier.cases.store.CaseStore} SPI, the hash chain
 * every store uses ({@link eu.barrier.cases.store.EventChain}), and {@link
 * eu.barrier.cases.store.JdbcCaseStore} with its versioned SQL migrations, on H2 (embedded, the
 * default) or PostgreSQL.
 */
package eu.barrier.cases.store;
