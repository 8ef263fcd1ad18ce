package eu.barrier.registers.kbo;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A Belgian branch office of a foreign entity (branch.csv), with its names and addresses. Its id is
 * not an official number: the cookbook says it can never be used to search other products.
 *
 * @param id the branch id, 10 digits
 * @param startDate the start date
 * @param denominations the names
 * @param addresses the addresses
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record KboBranch(String id, LocalDate startDate, List<KboDenomination> denominations, List<KboAddress> addresses) {

  /**
   * Creates a branch; copies the lists.
   *
   * @param id the id
   * @param startDate the start date
   * @param denominations the names
   * @param addresses the addresses
   */
  public KboBranch {
    Objects.requireNonNull(id, "id");
    denominations = List.copyOf(denominations);
    addresses = List.copyOf(addresses);
  }

  /**
   * Returns the counts only.
   *
   * @return {@code KboBranch[redacted]}
   */
  @Override
  public String toString() {
    return "KboBranch[denominations=" + denominations.size() + ", addresses=" + addresses.size() + ", redacted]";
  }
}
