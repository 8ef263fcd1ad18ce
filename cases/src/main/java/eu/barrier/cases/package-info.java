/**
 * The vocabulary of screening cases shared by the profiles, the store and the procedure: events,
 * roles, artefacts and the cells of the need-to-know matrix, and the error codes ({@link
 * eu.barrier.cases.CaseError}).
 */
package eu.barrier.cases;
