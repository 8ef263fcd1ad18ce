package eu.barrier.core.address;

/** The countries Barrier models addresses, organisations and identifiers for. */
public enum Country {
  /** Belgium (ISO 3166-1 {@code BE}). */
  BE,
  /** The Netherlands (ISO 3166-1 {@code NL}). */
  NL
}
