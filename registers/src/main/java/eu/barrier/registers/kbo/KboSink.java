package eu.barrier.registers.kbo;

import org.apiguardian.api.API;

/**
 * Receives what {@link KboReader} streams: each enterprise that a kept establishment unit refers
 * to, then (in the same batch) its units. Enterprises come in ascending number order and units in
 * ascending order of (enterprise number, unit number), whatever the memory the reader was given.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface KboSink {

  /**
   * Receives an enterprise, before any of its units.
   *
   * @param enterprise the enterprise
   */
  default void enterprise(KboEnterprise enterprise) {}

  /**
   * Receives an establishment unit.
   *
   * @param unit the unit
   */
  void unit(KboEstablishmentUnit unit);
}
