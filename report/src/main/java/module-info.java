/**
 * Barrier report: the kit every Barrier report is rendered with. One self-contained HTML page
 * (inline CSS, inline SVG charts, no scripts, no external assets, a content security policy that
 * forbids loading anything), HTML escaping, number formatting a Dutch, French or English reader
 * cannot misread, and texts in Dutch, French and English from properties files. It knows nothing
 * of evaluation or screening. Start with {@link eu.barrier.report.HtmlPage}.
 */
module eu.barrier.report {
  requires transitive eu.barrier.core;
  // @API statuses of the exported types (as JUnit); not needed at run time
  requires static transitive org.apiguardian.api;

  exports eu.barrier.report;
}
