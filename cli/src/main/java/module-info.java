/** The {@code barrier} command for analysts, researchers and developers. */
module eu.barrier.cli {
  requires eu.barrier.core;
  requires eu.barrier.indicators;
  requires eu.barrier.privacy;
  requires eu.barrier.report;
  requires eu.barrier.workbench;
  requires eu.barrier.screening;
  requires eu.barrier.cases;
  requires eu.barrier.registers;
  requires eu.barrier.linkage;
  requires eu.barrier.transparency;
  requires eu.barrier.pseudonym.service;
  requires info.picocli;

  opens eu.barrier.cli to info.picocli;
}
