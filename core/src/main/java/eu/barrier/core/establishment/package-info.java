/**
 * Organisations, their establishments, economic-activity codes and the risk sectors they map to.
 *
 * <p>Start with {@link eu.barrier.core.establishment.Establishment}: a place of business with its
 * unit number, its organisation's number, an {@linkplain eu.barrier.core.address.Address
 * address}, its {@link eu.barrier.core.establishment.ActivityCode}s in either generation of the
 * classifications (NACE-BEL 2008/2025, SBI 2008/2025) and a {@link
 * eu.barrier.core.establishment.Sector}. {@link eu.barrier.core.establishment.Sector#of} maps an
 * activity code to a risk sector where the mapping is sourced; the Javadoc of {@code Sector}
 * lists which mappings are verified and which are deliberately missing.
 *
 * <p>Records here bind from JSON without throwing; a Jakarta validator reports every broken rule.
 * A sole trader's legal name is a person's name, so organisations and establishments redact
 * their {@code toString()}.
 */
package eu.barrier.core.establishment;
