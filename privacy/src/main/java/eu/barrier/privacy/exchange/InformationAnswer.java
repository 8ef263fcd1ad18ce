package eu.barrier.privacy.exchange;

import com.fasterxml.jackson.annotation.JsonIgnore;
import eu.barrier.core.id.IdentifierType;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.apiguardian.api.API;

/**
 * One answer of an {@link InformationResponse}: whether the partner holds information on a
 * pseudonymised subject, and if so its category and whom to contact. Never the information itself.
 *
 * <p>Rule (property {@code consistent}): {@code category} and {@code contact} are present exactly
 * when {@code holding} is {@code holds}. {@link #toString()} never shows the pseudonym.
 *
 * @param identifierType the type of the identifier behind the pseudonym
 * @param pseudonym the pseudonym text, as in the request
 * @param holding holds or does not hold
 * @param category the category of information held, or {@code null} when nothing is held
 * @param contact a contact reference (a desk or case reference label, not a person's name), or
 *     {@code null} when nothing is held
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record InformationAnswer(
    @NotNull IdentifierType identifierType,
    @NotNull @Pattern(regexp = MessagePatterns.PSEUDONYM) String pseudonym,
    @NotNull Holding holding,
    InformationCategory category,
    @Pattern(regexp = MessagePatterns.REFERENCE) String contact) {

  /**
   * Creates an answer without checking it.
   *
   * @param identifierType the identifier type
   * @param pseudonym the pseudonym text
   * @param holding holds or not
   * @param category the category, or {@code null}
   * @param contact the contact reference, or {@code null}
   */
  public InformationAnswer {}

  /**
   * Cross-field rule: category and contact are given exactly when information is held.
   *
   * @return {@code true} if consistent, or the holding is missing
   */
  @JsonIgnore
  @AssertTrue(message = "category and contact are given exactly when holding is holds")
  public boolean isConsistent() {
    if (holding == null) {
      return true;
    }
    boolean holds = holding == Holding.HOLDS;
    return (category != null) == holds && (contact != null) == holds;
  }

  /**
   * Returns the type and holding; never the pseudonym.
   *
   * @return a description
   */
  @Override
  public String toString() {
    return "InformationAnswer[" + (identifierType == null ? "null" : identifierType.id()) + ", redacted, "
        + holding + (category == null ? "" : ", " + category) + "]";
  }
}
