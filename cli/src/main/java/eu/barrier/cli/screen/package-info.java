/**
 * The command-line side of {@code barrier screen}: the built-in demo data and DEMO-ONLY keys of
 * {@code barrier screen --demo}, and the few words of the console table. The screening itself is
 * library API ({@code eu.barrier.screening}). Not exported: the command line is the interface.
 */
package eu.barrier.cli.screen;
