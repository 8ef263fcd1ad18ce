/**
 * Postal addresses in Belgium and the Netherlands, as a register reference plus a text snapshot.
 *
 * <p>Start with {@link eu.barrier.core.address.Address}. One type covers both countries, after
 * the Flemish OSLO <em>Adres</em> model, the Belgian BeSt-Address harmonisation and the Dutch BAG:
 * an optional {@link eu.barrier.core.address.AddressReference} (OSLO/BeSt
 * namespace/objectId/versionId triplet, or the 16-digit BAG <em>nummeraanduiding</em>) and the
 * denormalised text fields. Matching uses the reference when present and falls back to the
 * normalised text.
 *
 * <p>Records here bind from JSON without throwing: the Jakarta constraints on their components
 * and their {@code @AssertTrue} methods report every problem at once, through a validator. An
 * address can identify a person's home, so every type here redacts its {@code toString()}.
 */
package eu.barrier.core.address;
