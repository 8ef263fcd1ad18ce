/**
 * Barrier indicators: versioned indicator catalogues, catalogue lint and explainable risk models.
 *
 * <p>This package holds {@link eu.barrier.indicators.IndicatorsError}, the stable error codes of
 * the module. Catalogues, their loader and their lint live in {@link
 * eu.barrier.indicators.catalogue}.
 *
 * <p>Stability: experimental until 1.0.
 */
package eu.barrier.indicators;
