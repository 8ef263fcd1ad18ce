/**
 * Barrier core: identifiers with check digits, the domain model, Jakarta constraints and the
 * strict JSON codec shared by all Barrier modules.
 */
module eu.barrier.core {
  requires transitive jakarta.validation;
  requires transitive tools.jackson.databind;
  requires org.hibernate.validator;
  requires org.slf4j;

  exports eu.barrier.core;
  exports eu.barrier.core.id;
  exports eu.barrier.core.validation;
}
