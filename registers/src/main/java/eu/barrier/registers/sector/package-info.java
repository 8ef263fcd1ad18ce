/**
 * The activity-to-sector table: which NACE-BEL and SBI codes map to which of Barrier's risk
 * {@link eu.barrier.core.establishment.Sector sectors}, as versioned, linted data.
 *
 * <p>Start with {@link eu.barrier.registers.sector.SectorMapping#bundled()}. The table names the
 * code list each code was taken from and marks every code that was not verified against that list.
 * A night shop is never derived from a code (47.11 is every grocery): the lint rejects such an
 * entry.
 */
package eu.barrier.registers.sector;
