/** The {@code barrier} command line; start at {@link eu.barrier.cli.BarrierCli}. */
package eu.barrier.cli;
