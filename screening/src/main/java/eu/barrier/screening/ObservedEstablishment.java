package eu.barrier.screening;

import eu.barrier.core.address.Country;
import eu.barrier.core.establishment.Sector;
import eu.barrier.core.observation.Observation;
import eu.barrier.core.observation.SubjectKind;
import eu.barrier.core.observation.SubjectReference;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * An establishment to screen: its reference, its sector and what services observed about it.
 *
 * <p>Only these three things are screened. Names, addresses and managers are not needed, and a
 * synthetic data set's ground truth must never reach a score. The key of a typed reference ({@code
 * be-establishment:2999000171}, {@code nl-establishment:000012345678}) tells the country, which
 * decides the services shown as able to act; any other key is screened with the services of both
 * countries. {@link #toString()} never shows the key.
 *
 * @param subject the establishment; its kind is {@link SubjectKind#ESTABLISHMENT}
 * @param sector its sector
 * @param observations what was observed, each about {@code subject}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ObservedEstablishment(SubjectReference subject, Sector sector, List<Observation> observations) {

  /**
   * Checks and copies.
   *
   * @param subject the establishment
   * @param sector its sector
   * @param observations its observations
   * @throws ScreeningException with {@link ScreeningError#NOT_AN_ESTABLISHMENT} if the subject is
   *     not an establishment or an observation is about another subject
   * @throws NullPointerException if an argument or an observation is {@code null}
   */
  public ObservedEstablishment {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(sector, "sector");
    observations = List.copyOf(observations);
    if (subject.kind() != SubjectKind.ESTABLISHMENT) {
      throw new ScreeningException(ScreeningError.NOT_AN_ESTABLISHMENT, "subject.kind");
    }
    for (int i = 0; i < observations.size(); i++) {
      if (!subject.equals(observations.get(i).subject())) {
        throw new ScreeningException(ScreeningError.NOT_AN_ESTABLISHMENT, "observations[" + i + "].subject");
      }
    }
  }

  /**
   * Returns an establishment without observations.
   *
   * @param subject the establishment
   * @param sector its sector
   * @return the establishment
   */
  public static ObservedEstablishment of(SubjectReference subject, Sector sector) {
    return new ObservedEstablishment(subject, sector, List.of());
  }

  /**
   * Returns the subject key.
   *
   * @return the key, for example {@code be-establishment:2999000171}
   */
  public String key() {
    return subject.key();
  }

  /**
   * Returns the country a typed key names: {@code be-…} Belgium, {@code nl-…} the Netherlands.
   *
   * @return the country, or empty for an untyped key
   */
  public Optional<Country> country() {
    return countryOf(subject.key());
  }

  static Optional<Country> countryOf(String key) {
    if (key.startsWith("be-")) {
      return Optional.of(Country.BE);
    }
    if (key.startsWith("nl-")) {
      return Optional.of(Country.NL);
    }
    return Optional.empty();
  }

  /**
   * Returns the sector and the number of observations; never the key.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "ObservedEstablishment[sector=" + sector + ", observations=" + observations.size() + ", redacted]";
  }
}
