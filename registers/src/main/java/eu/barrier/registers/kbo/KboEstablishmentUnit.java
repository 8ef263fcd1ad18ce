package eu.barrier.registers.kbo;

import eu.barrier.core.establishment.ActivityCode;
import eu.barrier.core.establishment.Establishment;
import eu.barrier.core.id.BeEnterpriseNumber;
import eu.barrier.core.id.BeEstablishmentUnitNumber;
import eu.barrier.core.observation.SubjectReference;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * An establishment unit of the KBO (establishment.csv) with its names, addresses and activities,
 * its enterprise, and the sector derived from its activities.
 *
 * <p>The units of a natural person's enterprise carry that person's trade names and addresses:
 * {@link #personalData()} says so, and so does it when the enterprise is absent from the extract
 * (it could be a person). {@link #toString()} never shows names, numbers or addresses.
 *
 * @param number the establishment unit number, checked by core
 * @param startDate the start date
 * @param enterpriseNumber the number of its enterprise, checked by core
 * @param enterprise the enterprise, or {@code null} if it is absent from the extract
 * @param denominations the names, in canonical order
 * @param addresses the addresses, in canonical order
 * @param activities the activities, in canonical order
 * @param sector the derived sector
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record KboEstablishmentUnit(
    BeEstablishmentUnitNumber number,
    LocalDate startDate,
    BeEnterpriseNumber enterpriseNumber,
    KboEnterprise enterprise,
    List<KboDenomination> denominations,
    List<KboAddress> addresses,
    List<KboActivity> activities,
    KboSector sector) {

  /**
   * Creates a unit; copies the lists.
   *
   * @param number the number
   * @param startDate the start date
   * @param enterpriseNumber the enterprise number
   * @param enterprise the enterprise, or {@code null}
   * @param denominations the names
   * @param addresses the addresses
   * @param activities the activities
   * @param sector the sector
   */
  public KboEstablishmentUnit {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(enterpriseNumber, "enterpriseNumber");
    Objects.requireNonNull(sector, "sector");
    denominations = List.copyOf(denominations);
    addresses = List.copyOf(addresses);
    activities = List.copyOf(activities);
  }

  /**
   * Returns the subject key screening uses, {@code be-establishment:} and the 10 digits.
   *
   * @return the key
   */
  public String key() {
    return SubjectReference.of(number).key();
  }

  /**
   * Tells whether names and addresses of this unit are personal data: its enterprise is a natural
   * person, or is absent from the extract.
   *
   * @return {@code true} if personal data
   */
  public boolean personalData() {
    return enterprise == null || enterprise.naturalPerson();
  }

  /**
   * Returns the unit's own address ({@code BAET}).
   *
   * @return the address, or empty
   */
  public Optional<KboAddress> address() {
    return addresses.stream().filter(a -> KboAddress.ESTABLISHMENT.equals(a.type())).findFirst();
  }

  /**
   * Returns this unit as core's establishment: key, numbers, the {@code BAET} address, the NACE-BEL
   * 2008 and 2025 codes (5 digits, distinct, at most 32) and the derived sector.
   *
   * @return the establishment
   */
  public Establishment establishment() {
    Set<ActivityCode> codes = new LinkedHashSet<>();
    for (KboActivity a : activities) {
      if (codes.size() == 32) {
        break;
      }
      a.activityCode().ifPresent(codes::add);
    }
    return new Establishment(key(), number, null, enterpriseNumber, null,
        address().map(KboAddress::toAddress).orElse(null), List.copyOf(codes), sector.sector());
  }

  /**
   * Returns the sector and counts only.
   *
   * @return {@code KboEstablishmentUnit[sector=…, …, redacted]}
   */
  @Override
  public String toString() {
    return "KboEstablishmentUnit[sector=" + sector.sector() + ", activities=" + activities.size() + ", redacted]";
  }
}
