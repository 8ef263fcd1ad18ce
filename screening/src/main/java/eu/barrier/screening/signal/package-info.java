/**
 * Signal reports from a screening for the ARIEC or RIEC: pseudonymised, generalised and limited by
 * a {@link eu.barrier.screening.signal.SignalReportPolicy} that the library enforces. Sealing is
 * done with {@code eu.barrier.privacy.envelope}.
 */
package eu.barrier.screening.signal;
