/**
 * Barrier screening: the main job as library API. A {@link eu.barrier.screening.Screening} is
 * built once from business-level catalogues and a risk model; it screens one establishment at the
 * permit desk or a batch every night, ranks and explains the signals, and gives a {@link
 * eu.barrier.screening.ScreeningResult} that {@link eu.barrier.screening.ScreeningResults} writes
 * as the published results document and reads back. {@code eu.barrier.screening.decision} records
 * the human decision on a signal; {@code eu.barrier.screening.signal} builds the pseudonymised
 * signal reports for the ARIEC or RIEC, with the exchange safeguards enforced here; {@code
 * eu.barrier.screening.picture} puts the opened reports of many partners together for the ARIEC.
 *
 * <p>This is the only library module where {@code barrier-indicators} and {@code barrier-privacy}
 * meet. Every output is a signal for review by a person, never a decision.
 */
module eu.barrier.screening {
  requires transitive eu.barrier.indicators;
  requires transitive eu.barrier.privacy;
  requires eu.barrier.report;
  requires org.slf4j;
  // @API statuses of the exported types (as JUnit); not needed at run time
  requires static transitive org.apiguardian.api;

  exports eu.barrier.screening;
  exports eu.barrier.screening.decision;
  exports eu.barrier.screening.signal;
  exports eu.barrier.screening.picture;

  // the results document binds through package-private records (Jackson) and is validated through
  // their components (Hibernate Validator)
  opens eu.barrier.screening to tools.jackson.databind, org.hibernate.validator;
  opens eu.barrier.screening.decision to tools.jackson.databind, org.hibernate.validator;
}
