/**
 * The {@code barrier screen} job: establishments and observations in, a ranked and explained list of
 * signals for review out, with the business-level catalogues only; plus the demo data and demo keys
 * of {@code barrier screen --demo}. Not exported: the command line is the interface.
 */
package eu.barrier.cli.screen;
