/**
 * Barrier's Spring Boot 4 starter: auto-configures the strict JSON mapper, the {@code Boundary},
 * the indicator catalogues, a compiled screening and, from a file location only, a pseudonym key
 * set ({@link eu.barrier.spring.BarrierAutoConfiguration}, properties under {@code barrier.}), and
 * answers Boundary violations as RFC 9457 problem details in a Spring MVC application ({@code
 * eu.barrier.spring.problem}).
 *
 * <p>Spring's jars are automatic modules; on the class path, where Spring Boot applications
 * usually run, this descriptor is ignored. The exported types carry Spring's annotations and
 * take Spring types, so the Spring modules are required transitively; they are automatic modules
 * (Spring ships no descriptors), which is what the suppressed warning says.
 */
@SuppressWarnings("requires-transitive-automatic")
module eu.barrier.spring {
  requires transitive eu.barrier.screening;
  requires transitive spring.boot;
  requires transitive spring.boot.autoconfigure;
  requires transitive spring.context;
  requires spring.beans;
  requires transitive spring.core;
  // the problem-details advice: only in a Spring MVC application, which brings spring-web itself
  requires static transitive spring.web;
  requires org.slf4j;
  // @API statuses of the exported types (as JUnit); not needed at run time
  requires static transitive org.apiguardian.api;

  exports eu.barrier.spring;
  exports eu.barrier.spring.problem;

  // Spring binds the properties records and calls the configuration classes reflectively
  opens eu.barrier.spring to spring.core, spring.beans, spring.context, spring.boot;
  opens eu.barrier.spring.problem to spring.core, spring.beans, spring.context;
}
