/**
 * Screening establishments: {@link eu.barrier.screening.Screening} (build once, screen one or a
 * batch), the results ({@link eu.barrier.screening.ScreenedEstablishment}, {@link
 * eu.barrier.screening.ScreeningResult}) and their published document ({@link
 * eu.barrier.screening.ScreeningResults}), and the screening input directory ({@link
 * eu.barrier.screening.ScreeningInput}). Signals for review, never decisions.
 */
package eu.barrier.screening;
