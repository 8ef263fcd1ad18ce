package eu.barrier.linkage.quality;

import java.util.List;
import org.apiguardian.api.API;

/**
 * An invented person as one party records them: values as text, empty when the party does not
 * know them. Synthetic, but treated as personal data: {@link #toString()} shows only the
 * synthetic id.
 *
 * @param id the synthetic id of the person, shared by every record of the same person
 * @param givenName the given name(s)
 * @param surname the surname, with any particle ("van den Berg")
 * @param birthDate {@code yyyy-mm-dd}
 * @param sex {@code M}, {@code F} or {@code X}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record SyntheticPerson(int id, String givenName, String surname, String birthDate, String sex) {

  /** The CSV header of {@link #values()}, the identifiers of the people schema. */
  public static final List<String> HEADER = List.of("givenName", "surname", "birthDate", "sex", "birthYear");

  /**
   * Returns the record's values in {@link #HEADER} order; {@code birthYear} is taken from the birth
   * date (empty if it is unknown).
   *
   * @return the values
   */
  public List<String> values() {
    return List.of(givenName, surname, birthDate, sex, birthDate.length() >= 4 ? birthDate.substring(0, 4) : "");
  }

  /**
   * Returns the synthetic id only.
   *
   * @return {@code SyntheticPerson[id, redacted]}
   */
  @Override
  public String toString() {
    return "SyntheticPerson[" + id + ", redacted]";
  }
}
