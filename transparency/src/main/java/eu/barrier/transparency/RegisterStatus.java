package eu.barrier.transparency;

import org.apiguardian.api.API;

/**
 * The status of an algorithm in the Algoritmeregister: one of the three values publication
 * standard 1.0 permits for {@code status}. Barrier cannot know it; the deployer says it.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum RegisterStatus {
  /** {@code In ontwikkeling}: not yet in use. The default for a generated record. */
  IN_DEVELOPMENT("In ontwikkeling"),
  /** {@code In gebruik}: in use. */
  IN_USE("In gebruik"),
  /** {@code Buiten gebruik}: no longer in use. */
  OUT_OF_USE("Buiten gebruik");

  private final String registerValue;

  RegisterStatus(String registerValue) {
    this.registerValue = registerValue;
  }

  /**
   * Returns the value written in the record.
   *
   * @return for example {@code In gebruik}
   */
  public String registerValue() {
    return registerValue;
  }
}
