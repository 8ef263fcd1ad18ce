/**
 * A permit desk's web application on Spring Boot 4 with {@code barrier-spring-boot-starter}: the
 * starter configures the Boundary, the screening and the key set; the controller validates and
 * screens an establishment and pseudonymises its unit number. Boundary violations are answered
 * by the starter as RFC 9457 problems. Every screening is a signal for review by a person, never
 * a decision.
 */
package eu.barrier.examples.spring;
