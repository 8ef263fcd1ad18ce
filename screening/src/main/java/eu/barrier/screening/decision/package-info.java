/**
 * The human decision on a screening signal: who decided, on which assessment (by its SHA-256),
 * under which legal ground, what and why; written to the hash-chained audit log together with the
 * moment the assessment was shown. The library records and checks; a person decides.
 */
package eu.barrier.screening.decision;
