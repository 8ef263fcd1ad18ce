package eu.barrier.linkage.quality;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * How both parties prepare names before encoding. clkhash hashes values exactly as given; agreeing
 * on a preparation is the parties' job, and it changes linkage quality a lot.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Preparation {
  /** Names as recorded. */
  AS_RECORDED,
  /**
   * Names without accents, in upper case, with only letters kept ({@code van den Berg} and {@code
   * Vandenberg} both become {@code VANDENBERG}).
   */
  LETTERS_ONLY;

  /**
   * Prepares a name.
   *
   * @param name the name as recorded
   * @return the prepared name
   */
  public String apply(String name) {
    if (this == AS_RECORDED) {
      return name;
    }
    return SyntheticPeople.stripAccents(name).toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
  }
}
