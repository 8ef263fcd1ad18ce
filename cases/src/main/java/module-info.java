/**
 * Barrier cases: the integrity-screening case around a risk signal, from application or signal to
 * a person's decision and appeal, under a jurisdiction profile ({@code be-2024}: the Belgian
 * municipal integrity investigation of 2024; {@code nl-bibob}: the Dutch Wet Bibob).
 *
 * <p>{@link eu.barrier.cases.procedure.CaseFiles} is the entry point: it opens cases, records
 * events (refusing illegal transitions with a coded {@link eu.barrier.cases.CaseException}), reads a
 * case as a role (need-to-know, deny by default), computes the legal clocks and verifies the hash
 * chain. {@link eu.barrier.cases.profile.JurisdictionProfile} holds the profiles as data; {@link
 * eu.barrier.cases.store.CaseStore} is the storage SPI, with {@link
 * eu.barrier.cases.store.JdbcCaseStore} on H2 (embedded, the default) or PostgreSQL.
 */
module eu.barrier.cases {
  requires transitive eu.barrier.screening;
  requires transitive java.sql;
  // @API statuses of the exported types (as JUnit); not needed at run time
  requires static transitive org.apiguardian.api;

  exports eu.barrier.cases;
  exports eu.barrier.cases.profile;
  exports eu.barrier.cases.store;
  exports eu.barrier.cases.procedure;

  // profiles and event details bind through package-private records (Jackson) and are validated
  // through their components (Hibernate Validator)
  opens eu.barrier.cases.profile to tools.jackson.databind, org.hibernate.validator;
  opens eu.barrier.cases.procedure to tools.jackson.databind, org.hibernate.validator;
}
