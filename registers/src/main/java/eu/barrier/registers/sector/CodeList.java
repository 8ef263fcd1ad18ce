package eu.barrier.registers.sector;

import eu.barrier.core.establishment.ActivityClassification;
import org.apiguardian.api.API;

/**
 * The activity code lists the sector table maps from. Codes are digits without dots: NACE-BEL
 * codes of 2 to 5 digits (division to Belgian subclass) or 7 digits (the KBO's national
 * subdivisions); SBI codes of 2 to 5 digits.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum CodeList {
  /** NACE-BEL 2008 (KBO {@code NaceVersion} 2008, code table {@code Nace2008}). */
  NACE_BEL_2008(ActivityClassification.NACE_BEL_2008),
  /** NACE-BEL 2025 (KBO {@code NaceVersion} 2025, code table {@code Nace2025}). */
  NACE_BEL_2025(ActivityClassification.NACE_BEL_2025),
  /** SBI 2008, the Dutch classification the KvK used until September 2025. */
  SBI_2008(ActivityClassification.SBI_2008),
  /** SBI 2025, the Dutch classification the KvK uses since September 2025. */
  SBI_2025(ActivityClassification.SBI_2025);

  private final ActivityClassification classification;

  CodeList(ActivityClassification classification) {
    this.classification = classification;
  }

  /**
   * Returns core's classification for this list.
   *
   * @return the classification
   */
  public ActivityClassification classification() {
    return classification;
  }

  /**
   * Returns the longest code this list has, in digits.
   *
   * @return 7 for NACE-BEL, 5 for SBI
   */
  public int maxDigits() {
    return this == NACE_BEL_2008 || this == NACE_BEL_2025 ? 7 : 5;
  }
}
