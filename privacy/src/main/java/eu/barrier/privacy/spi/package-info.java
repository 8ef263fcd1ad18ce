/**
 * Extension points of the privacy module. {@link eu.barrier.privacy.spi.AuditSink} stores the lines
 * of an audit log; the module ships an in-memory, an {@link java.lang.Appendable} and a file sink in
 * {@code eu.barrier.privacy.audit}. {@link eu.barrier.privacy.spi.ReplayStore} remembers the ids of
 * opened exchange messages; the default is {@code eu.barrier.privacy.envelope.InMemoryReplayStore}.
 * The interfaces depend on nothing else of Barrier. Implementations are passed in explicitly;
 * nothing depends on
 * {@link java.util.ServiceLoader} discovery.
 *
 * <p>Stability: experimental, 0.x.
 */
package eu.barrier.privacy.spi;
