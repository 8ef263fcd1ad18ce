/**
 * Generalisation: report less than you know. Dates become a week, month, quarter or year ({@link
 * eu.barrier.privacy.generalise.DatePeriod}); birth dates become an age band at a reference date
 * ({@link eu.barrier.privacy.generalise.AgeBands}); addresses become a postcode area or a
 * municipality code ({@link eu.barrier.privacy.generalise.AreaCode}).
 *
 * <p>Generalisation lowers precision; it does not make data anonymous. Small areas, rare ages or
 * short periods can still single a person out: combine with thresholds when publishing counts.
 *
 * <p>Stability: experimental, 0.x.
 */
package eu.barrier.privacy.generalise;
