package eu.barrier.transparency;

import org.apiguardian.api.API;

/**
 * The publication category of an algorithm in the Algoritmeregister: one of the three values
 * publication standard 1.0 permits for {@code publication_category}. Which one applies is the
 * deployer's legal assessment; a screening of businesses and the people behind them is most likely
 * impactful (category B) unless the AI Act analysis says high-risk (category A).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum PublicationCategory {
  /** {@code Hoog-risico AI-systeem} (category A). */
  HIGH_RISK_AI_SYSTEM("Hoog-risico AI-systeem"),
  /** {@code Impactvolle algoritmes} (category B). The default for a generated record. */
  IMPACTFUL("Impactvolle algoritmes"),
  /** {@code Overige algoritmes} (category C). */
  OTHER("Overige algoritmes");

  private final String registerValue;

  PublicationCategory(String registerValue) {
    this.registerValue = registerValue;
  }

  /**
   * Returns the value written in the record.
   *
   * @return for example {@code Impactvolle algoritmes}
   */
  public String registerValue() {
    return registerValue;
  }
}
