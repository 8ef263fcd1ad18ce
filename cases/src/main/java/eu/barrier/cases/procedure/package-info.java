/**
 * The case procedure: {@link eu.barrier.cases.procedure.CaseFiles} opens cases, records events
 * under the transitions and rules of the profile, reads a case as a role (need-to-know), computes
 * the legal clocks ({@link eu.barrier.cases.procedure.Deadline}) and reports agreement with the
 * score ({@link eu.barrier.cases.procedure.AgreementReport}).
 */
package eu.barrier.cases.procedure;
