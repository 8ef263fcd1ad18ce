package eu.barrier.workbench.synthetic;

import org.apiguardian.api.API;

/**
 * An invented address in the synthetic municipality {@value CityGenerator#MUNICIPALITY}.
 *
 * @param key the address key, for example {@code A-0000012}
 * @param street an invented street name
 * @param houseNumber the house number
 * @param postcode the postcode, {@link CityGenerator#postcode} of the city's country
 * @param kind {@code business} for an establishment's premises, {@code residential} otherwise
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record SyntheticAddress(String key, String street, String houseNumber, String postcode, String kind) {

  /**
   * Returns the key only; addresses are treated as personal data even when invented.
   *
   * @return for example {@code SyntheticAddress[key=A-0000012, redacted]}
   */
  @Override
  public String toString() {
    return "SyntheticAddress[key=" + key + ", redacted]";
  }
}
