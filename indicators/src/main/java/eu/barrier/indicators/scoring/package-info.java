/**
 * Explainable risk models: turn observations of a subject into a graded signal for a human to
 * review, never a decision.
 *
 * <p>Start with {@link eu.barrier.indicators.scoring.RiskModels#compile(String,
 * eu.barrier.indicators.catalogue.HashedCatalogue)} and a catalogue from {@link
 * eu.barrier.indicators.catalogue.Catalogues#hashedBuiltIn(String)}; read subjects with {@link
 * eu.barrier.indicators.scoring.AssessInput#read(byte[])}. Two models exist: {@link
 * eu.barrier.indicators.scoring.IloModel} ({@code ilo-2009}, the ILO/EC 2009 dimension rule and a
 * configurable {@link eu.barrier.indicators.scoring.OutcomeRule}) and {@link
 * eu.barrier.indicators.scoring.WeightedModel} ({@code weighted}, points × evidence × decay, capped
 * per category). Each returns an {@link eu.barrier.indicators.scoring.Assessment} with
 * contributions that add up to the score, a rule trace, unknown indicator ids, provenance and an
 * explanation in Dutch, French or English. See {@code docs/risk-models.md}.
 *
 * <p>Stability: experimental until 1.0.
 */
package eu.barrier.indicators.scoring;
