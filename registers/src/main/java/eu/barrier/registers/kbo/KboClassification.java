package eu.barrier.registers.kbo;

import java.util.Optional;
import org.apiguardian.api.API;

/** Whether an activity is main, secondary or auxiliary (code table {@code Classification}). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum KboClassification {
  /** Main activity (hoofdactiviteit). */
  MAIN,
  /** Secondary activity (nevenactiviteit). */
  SECO,
  /** Auxiliary activity (hulpactiviteit). */
  ANCI;

  /**
   * Returns the classification with the given column value.
   *
   * @param code {@code MAIN}, {@code SECO} or {@code ANCI}
   * @return the classification, or empty
   */
  public static Optional<KboClassification> of(String code) {
    for (KboClassification c : values()) {
      if (c.name().equals(code)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
