package eu.barrier.workbench.synthetic;

import org.apiguardian.api.API;

/**
 * An invented person: a manager of an enterprise or a worker registered at an address. Names are
 * made of neutral syllables; no nationality, origin or other protected characteristic exists in
 * the synthetic data.
 *
 * @param key the person key, for example {@code P-0000007}
 * @param name the invented name
 * @param registeredAt the key of the address the person is registered at
 * @param role {@code manager} or {@code worker}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record SyntheticPerson(String key, String name, String registeredAt, String role) {

  /**
   * Returns the key and role only.
   *
   * @return for example {@code SyntheticPerson[key=P-0000007, role=manager, redacted]}
   */
  @Override
  public String toString() {
    return "SyntheticPerson[key=" + key + ", role=" + role + ", redacted]";
  }
}
