/**
 * Barrier registers: streaming readers for the Belgian KBO Open Data extracts and the Dutch KvK
 * Vestigingsprofiel API, the activity-to-sector mapping as data, and observations from municipal
 * exports.
 *
 * <p>Start with {@link eu.barrier.registers.kbo.KboReader}. {@code eu.barrier.registers.internal}
 * is not exported.
 */
module eu.barrier.registers {
  requires transitive eu.barrier.core;
  requires de.siegmar.fastcsv;
  requires org.slf4j;
  // @API statuses of the exported types (as JUnit); not needed at run time
  requires static transitive org.apiguardian.api;

  exports eu.barrier.registers;
  exports eu.barrier.registers.kbo;
  exports eu.barrier.registers.sector;
  exports eu.barrier.registers.kvk;
  exports eu.barrier.registers.observation;
}
