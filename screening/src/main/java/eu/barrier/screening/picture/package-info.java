/**
 * The ARIEC's picture: the puzzle pieces of many partners put together. A {@link
 * eu.barrier.screening.picture.PictureCompiler} opens every sealed signal report and information
 * response in a {@link eu.barrier.screening.picture.MessageStore}, links the subjects by pseudonym
 * and builds a {@link eu.barrier.screening.picture.Picture}: the entities (establishments,
 * enterprises, persons, all pseudonymous) with the signals and answers of each partner, the ties
 * between entities named in one report, the patterns across partners and the connected groups,
 * ranked with an explanation. Every piece names the message it comes from; the picture carries the
 * strictest TLP of its inputs; content past its retain-until date is left out and removed; a
 * message that cannot be used is listed with its reason. {@link
 * eu.barrier.screening.picture.PictureJson} writes it as {@code picture.json} (with a JSON Schema)
 * and {@link eu.barrier.screening.picture.PictureReport} as a self-contained HTML page with a
 * network diagram. A picture is a signal for review by people, never a decision.
 */
package eu.barrier.screening.picture;
