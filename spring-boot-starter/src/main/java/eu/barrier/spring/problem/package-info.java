/**
 * RFC 9457 problem details for Boundary violations in a Spring MVC application.
 *
 * <p>A controller parses its request body with the auto-configured {@code Boundary} and calls
 * {@link eu.barrier.spring.problem.BoundaryViolationException#requireValid}; a document that
 * breaks the rules becomes a {@link eu.barrier.spring.problem.BoundaryViolationException}, which
 * {@link eu.barrier.spring.problem.BoundaryProblems} answers as an {@code application/problem+json}
 * document listing every violation's JSON Pointer, code and rule, never a value from the request.
 * Switch the advice off with {@code barrier.problems.enabled=false}.
 *
 * <p>Experimental: the package may change before 1.0.
 */
package eu.barrier.spring.problem;
