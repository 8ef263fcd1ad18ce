package eu.barrier.workbench.synthetic;

import eu.barrier.core.id.Identifier;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An invented enterprise with its managers.
 *
 * @param number a synthetic Belgian enterprise number or Dutch KvK number (see {@link
 *     CityGenerator#enterpriseNumber})
 * @param legalName an invented name with a legal form
 * @param managers the keys of its managers, one or two
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record SyntheticEnterprise(Identifier number, String legalName, List<String> managers) {

  /**
   * Copies.
   *
   * @param number the number component
   * @param legalName the legalName component
   * @param managers the managers component
   */
  public SyntheticEnterprise {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(legalName, "legalName");
    managers = List.copyOf(managers);
  }

  /**
   * Returns the number of managers only.
   *
   * @return for example {@code SyntheticEnterprise[managers=1, redacted]}
   */
  @Override
  public String toString() {
    return "SyntheticEnterprise[managers=" + managers.size() + ", redacted]";
  }
}
