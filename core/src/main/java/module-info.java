/**
 * Barrier core: identifiers with check digits, the domain model, Jakarta constraints and the
 * strict JSON codec shared by all Barrier modules.
 */
module eu.barrier.core {
  requires transitive jakarta.validation;
  requires transitive tools.jackson.databind;
  requires org.hibernate.validator;
  requires org.slf4j;
  // @API statuses of the exported types (as JUnit); not needed at run time
  requires static transitive org.apiguardian.api;

  exports eu.barrier.core;
  exports eu.barrier.core.id;
  exports eu.barrier.core.json;
  exports eu.barrier.core.validation;
  exports eu.barrier.core.address;
  exports eu.barrier.core.establishment;
  exports eu.barrier.core.person;
  exports eu.barrier.core.observation;
  exports eu.barrier.core.input;
  exports eu.barrier.core.output;

  // records bind through their canonical constructors (Jackson) and are validated through their
  // fields and @AssertTrue methods (Hibernate Validator)
  opens eu.barrier.core.address to tools.jackson.databind, org.hibernate.validator;
  opens eu.barrier.core.establishment to tools.jackson.databind, org.hibernate.validator;
  opens eu.barrier.core.person to tools.jackson.databind, org.hibernate.validator;
  opens eu.barrier.core.observation to tools.jackson.databind, org.hibernate.validator;
}
