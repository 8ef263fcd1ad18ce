package eu.barrier.registers.kvk;

import eu.barrier.core.address.Address;
import eu.barrier.core.address.AddressReference;
import eu.barrier.core.address.Country;
import eu.barrier.core.id.BagId;
import eu.barrier.core.id.BagObjectType;
import org.apiguardian.api.API;

/**
 * One entry of {@code adressen} of a Vestigingsprofiel, with its BAG ids from {@code geoData}.
 * {@link #toString()} shows only the type: an address may locate a home, and a shielded one
 * ({@code indAfgeschermd} {@code Ja}) must not be shown at all.
 *
 * @param type {@code type}: {@code bezoekadres} or {@code correspondentieadres}
 * @param shielded {@code indAfgeschermd} is {@code Ja}
 * @param street {@code straatnaam}, or {@code null}
 * @param houseNumber {@code huisnummer}, or {@code null}
 * @param houseLetter {@code huisletter}, or {@code null}
 * @param houseNumberAddition {@code huisnummerToevoeging}, or {@code null}
 * @param postcode {@code postcode}, or {@code null}
 * @param place {@code plaats}, or {@code null}
 * @param country {@code land}, or {@code null}
 * @param nummeraanduiding {@code geoData.nummerAanduidingId}, or {@code null}
 * @param adresseerbaarObject {@code geoData.addresseerbaarObjectId}, or {@code null}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record KvkAddress(
    String type,
    boolean shielded,
    String street,
    Integer houseNumber,
    String houseLetter,
    String houseNumberAddition,
    String postcode,
    String place,
    String country,
    BagId nummeraanduiding,
    BagId adresseerbaarObject) {

  /**
   * Returns the address as core's address, with the BAG nummeraanduiding as reference when given.
   * Not validated.
   *
   * @return the address, country {@link Country#NL}
   */
  public Address toAddress() {
    AddressReference ref = nummeraanduiding != null && nummeraanduiding.objectType() == BagObjectType.NUMMERAANDUIDING
        ? AddressReference.bagNummeraanduiding(nummeraanduiding.canonical()) : null;
    return new Address(Country.NL, ref, street, houseNumber == null ? null : houseNumber.toString(), null,
        houseLetter, houseNumberAddition, postcode, place, nummeraanduiding == null ? null
            : nummeraanduiding.municipalityCode());
  }

  /**
   * Returns the type only.
   *
   * @return {@code KvkAddress[type=…, redacted]}
   */
  @Override
  public String toString() {
    return "KvkAddress[type=" + type + ", shielded=" + shielded + ", redacted]";
  }
}
