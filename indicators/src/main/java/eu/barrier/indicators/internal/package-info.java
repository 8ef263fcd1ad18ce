/**
 * The one helper the catalogue and scoring packages share: the summary line of an exception that
 * lists problems. Depends on nothing else of this module. Not exported; not API.
 */
package eu.barrier.indicators.internal;
