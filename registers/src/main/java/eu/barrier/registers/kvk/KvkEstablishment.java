package eu.barrier.registers.kvk;

import eu.barrier.core.establishment.ActivityClassification;
import eu.barrier.core.establishment.ActivityCode;
import eu.barrier.core.establishment.Establishment;
import eu.barrier.core.establishment.Organisation;
import eu.barrier.core.establishment.Sector;
import eu.barrier.core.id.NlEstablishmentNumber;
import eu.barrier.core.id.NlKvkNumber;
import eu.barrier.core.id.NlRsin;
import eu.barrier.core.observation.SubjectReference;
import eu.barrier.registers.sector.CodeList;
import eu.barrier.registers.sector.SectorMapping;
import eu.barrier.registers.sector.SectorMatch;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A Dutch establishment (vestiging) as the KvK Vestigingsprofiel API describes it. A sole trader's
 * establishment (no RSIN) carries a person's trade name and addresses: {@link #personalData()} says
 * so, and {@link #toString()} never shows names, numbers or addresses.
 *
 * @param number {@code vestigingsnummer}, 12 digits
 * @param kvkNumber {@code kvkNummer}, 8 digits
 * @param rsin {@code rsin}, or {@code null} (sole traders have none)
 * @param tradeName {@code eersteHandelsnaam}, or {@code null}
 * @param mainEstablishment {@code indHoofdvestiging} is {@code Ja}
 * @param commercial {@code indCommercieleVestiging} is {@code Ja}
 * @param registrationDate {@code formeleRegistratiedatum} as given, or {@code null}
 * @param addresses {@code adressen}
 * @param activities {@code sbiActiviteiten}
 * @param classification the SBI version the codes are in
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record KvkEstablishment(
    NlEstablishmentNumber number,
    NlKvkNumber kvkNumber,
    NlRsin rsin,
    String tradeName,
    boolean mainEstablishment,
    boolean commercial,
    String registrationDate,
    List<KvkAddress> addresses,
    List<KvkActivity> activities,
    CodeList classification) {

  /**
   * Creates an establishment; copies the lists.
   *
   * @param number the establishment number
   * @param kvkNumber the KvK number
   * @param rsin the RSIN, or {@code null}
   * @param tradeName the first trade name
   * @param mainEstablishment whether the main establishment
   * @param commercial whether commercial
   * @param registrationDate the registration date as given
   * @param addresses the addresses
   * @param activities the SBI activities
   * @param classification SBI 2008 or SBI 2025
   */
  public KvkEstablishment {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(kvkNumber, "kvkNumber");
    Objects.requireNonNull(classification, "classification");
    addresses = List.copyOf(addresses);
    activities = List.copyOf(activities);
  }

  /**
   * Tells whether names and addresses are personal data: a sole trader (no RSIN).
   *
   * @return {@code true} without RSIN
   */
  public boolean personalData() {
    return rsin == null;
  }

  /**
   * Returns the visiting address ({@code bezoekadres}), else the first.
   *
   * @return the address, or empty
   */
  public Optional<KvkAddress> address() {
    return addresses.stream().filter(a -> "bezoekadres".equalsIgnoreCase(a.type())).findFirst()
        .or(() -> addresses.stream().findFirst());
  }

  /**
   * Returns the sector of the main SBI activity, by a sector table.
   *
   * @param mapping the table
   * @return the sector; {@link Sector#OTHER} if the main activity maps to none or there is none
   */
  public Sector sector(SectorMapping mapping) {
    return activities.stream().filter(KvkActivity::main)
        .map(a -> mapping.match(classification, a.sbiCode()))
        .flatMap(Optional::stream).map(SectorMatch::sector).min(Enum::compareTo).orElse(Sector.OTHER);
  }

  /**
   * Returns this establishment as core's establishment: key {@code nl-establishment:…}, numbers, the
   * visiting address with its BAG reference, the SBI codes and the sector.
   *
   * @param mapping the sector table
   * @return the establishment; not validated
   */
  public Establishment establishment(SectorMapping mapping) {
    ActivityClassification c = classification.classification();
    Set<ActivityCode> codes = new LinkedHashSet<>();
    for (KvkActivity a : activities) {
      if (codes.size() < 32) {
        codes.add(new ActivityCode(c, a.sbiCode()));
      }
    }
    return new Establishment(SubjectReference.of(number).key(), null, number, null, kvkNumber,
        address().map(KvkAddress::toAddress).orElse(null), List.copyOf(codes), sector(mapping));
  }

  /**
   * Returns this establishment's organisation as core's organisation.
   *
   * @return the organisation
   */
  public Organisation organisation() {
    return Organisation.dutch(kvkNumber, rsin, null);
  }

  /**
   * Returns counts only.
   *
   * @return {@code KvkEstablishment[…, redacted]}
   */
  @Override
  public String toString() {
    return "KvkEstablishment[activities=" + activities.size() + ", addresses=" + addresses.size() + ", redacted]";
  }
}
