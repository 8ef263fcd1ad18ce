package eu.barrier.registers.kbo;

import eu.barrier.core.establishment.Organisation;
import eu.barrier.core.id.BeEnterpriseNumber;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A registered entity of the KBO (enterprise.csv) with its names, addresses, activities and
 * branches.
 *
 * <p>A natural person's entity ({@code TypeOfEnterprise} {@code 1}) is a sole trader: its name is
 * the person's name and its number identifies the person. {@link #personalData()} says so; {@link
 * #toString()} never shows names, numbers or addresses.
 *
 * @param number the enterprise number, checked by core
 * @param status the {@code Status} code ({@code AC})
 * @param juridicalSituation the {@code JuridicalSituation} code
 * @param typeOfEnterprise the {@code TypeOfEnterprise} code: {@code 1} natural person, {@code 2}
 *     legal person
 * @param juridicalForm the {@code JuridicalForm} code, or {@code null} (natural persons)
 * @param juridicalFormCac the {@code JuridicalFormCAC} code, or {@code null}
 * @param startDate the start date
 * @param denominations the names, in canonical order
 * @param addresses the addresses, in canonical order
 * @param activities the activities, in canonical order
 * @param branches the branches, by id
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record KboEnterprise(
    BeEnterpriseNumber number,
    String status,
    String juridicalSituation,
    String typeOfEnterprise,
    String juridicalForm,
    String juridicalFormCac,
    LocalDate startDate,
    List<KboDenomination> denominations,
    List<KboAddress> addresses,
    List<KboActivity> activities,
    List<KboBranch> branches) {

  /** The {@code TypeOfEnterprise} code of a natural person. */
  public static final String NATURAL_PERSON = "1";

  /**
   * Creates an enterprise; copies the lists.
   *
   * @param number the number
   * @param status the status
   * @param juridicalSituation the juridical situation
   * @param typeOfEnterprise the type
   * @param juridicalForm the juridical form, or {@code null}
   * @param juridicalFormCac the CAC juridical form, or {@code null}
   * @param startDate the start date
   * @param denominations the names
   * @param addresses the addresses
   * @param activities the activities
   * @param branches the branches
   */
  public KboEnterprise {
    Objects.requireNonNull(number, "number");
    denominations = List.copyOf(denominations);
    addresses = List.copyOf(addresses);
    activities = List.copyOf(activities);
    branches = List.copyOf(branches);
  }

  /**
   * Tells whether this entity is a natural person.
   *
   * @return {@code true} for {@code TypeOfEnterprise} 1
   */
  public boolean naturalPerson() {
    return NATURAL_PERSON.equals(typeOfEnterprise);
  }

  /**
   * Tells whether names, numbers and addresses of this entity are personal data: those of a natural
   * person.
   *
   * @return {@code true} for a natural person
   */
  public boolean personalData() {
    return naturalPerson();
  }

  /**
   * Returns the legal name: the first name of type {@code 001}, preferring Dutch, French, German,
   * unknown and English in that order.
   *
   * @return the name, or {@code null}
   */
  public String legalName() {
    return denominations.stream().filter(d -> "001".equals(d.type()))
        .min(Comparator.comparingInt(d -> "21304".indexOf(d.language()) < 0 ? 9 : "21304".indexOf(d.language())))
        .map(KboDenomination::value).orElse(null);
  }

  /**
   * Returns this entity as core's organisation.
   *
   * @return the organisation, with its legal name
   */
  public Organisation organisation() {
    return Organisation.belgian(number, legalName());
  }

  /**
   * Returns the kind and counts only.
   *
   * @return {@code KboEnterprise[naturalPerson=…, …, redacted]}
   */
  @Override
  public String toString() {
    return "KboEnterprise[naturalPerson=" + naturalPerson() + ", activities=" + activities.size()
        + ", branches=" + branches.size() + ", redacted]";
  }
}
