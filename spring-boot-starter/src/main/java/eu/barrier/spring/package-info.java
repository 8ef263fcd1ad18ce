/**
 * Spring Boot auto-configuration of Barrier's building blocks.
 *
 * <p>Start with {@link eu.barrier.spring.BarrierAutoConfiguration} (the beans) and {@link
 * eu.barrier.spring.BarrierProperties} (the {@code barrier.*} properties). Every bean is created
 * only when the application defines none of its type, so an application replaces any of them by
 * declaring its own. Key material is read from a file named by {@code barrier.keys.location} and
 * never from a property value. Set-up errors are {@link
 * eu.barrier.spring.SpringConfigurationException}s with codes {@code BARRIER-SPRING-09xx} ({@link
 * eu.barrier.spring.SpringError}).
 *
 * <p>Experimental: the package may change before 1.0.
 */
package eu.barrier.spring;
