/**
 * Jurisdiction profiles as data: {@link eu.barrier.cases.profile.JurisdictionProfile} with the
 * built-in {@code be-2024} and {@code nl-bibob}, their grounds, advisory bodies, deadlines, legal
 * bases, recording rules and need-to-know matrix, each with its source and evidence status.
 */
package eu.barrier.cases.profile;
