/** A plain Java application on the module path. */
module it.modulepath {
  requires eu.barrier.core;
  requires eu.barrier.indicators;
  requires eu.barrier.privacy;
  requires eu.barrier.screening;

  // the form types Barrier binds and validates: open to Jackson and Hibernate Validator
  opens it.scenario to tools.jackson.databind, org.hibernate.validator;
  // it.modulepath.closed is deliberately NOT opened: the misconfiguration Barrier must name
}
