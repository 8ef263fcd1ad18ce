/**
 * Barrier transparency: the accountability documents of a screening, generated from the metadata
 * that scores it. {@link eu.barrier.transparency.Transparency#generate} turns a {@link
 * eu.barrier.transparency.Deployment} (catalogues, model, organisation, contact, profile,
 * evaluation) into a Dutch Algoritmeregister record in publication standard 1.0 and its supplier
 * template, DPIA ({@code urn:nl:dpia:3.0}) and IAMA ({@code urn:nl:iama:2.0}) prefill files in the
 * answer format of the government's assessment tool, and a model card in Dutch, French and
 * English; {@link eu.barrier.transparency.Transparency#check} checks hand-edited ones with the same
 * rules.
 */
module eu.barrier.transparency {
  requires transitive eu.barrier.screening;
  requires eu.barrier.workbench;
  requires eu.barrier.report;
  // @API statuses of the exported types (as JUnit); not needed at run time
  requires static transitive org.apiguardian.api;

  exports eu.barrier.transparency;

  // the rules files and the metrics document bind through package-private records (Jackson), the
  // metrics document is validated through their components (Hibernate Validator)
  opens eu.barrier.transparency to tools.jackson.databind, org.hibernate.validator;
}
