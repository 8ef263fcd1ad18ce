package eu.barrier.privacy.exchange;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The ARIEC (or RIEC) asks a partner what it holds on given pseudonyms; message type {@value
 * #TYPE}. The partner answers with an {@link InformationResponse} per pseudonym. Holds pseudonyms,
 * labels and the legal basis only. JSON Schema: {@code information-request-v1.schema.json}.
 *
 * @param type the message type, always {@value #TYPE}
 * @param reference the requester's reference, quoted by the response
 * @param purpose the purpose label, as in the envelope header
 * @param legalBasis the legal basis, 1 to 512 characters without control characters
 * @param subjects the pseudonymised subjects asked about, 1 to 100
 * @param respondBy the date by which an answer is asked, or {@code null}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record InformationRequest(
    @NotNull @Pattern(regexp = "^barrier\\.information-request/1$") String type,
    @NotNull @Pattern(regexp = MessagePatterns.REFERENCE) String reference,
    @NotNull @Pattern(regexp = MessagePatterns.PURPOSE) String purpose,
    @NotNull @Size(min = 1, max = 512) @Pattern(regexp = MessagePatterns.TEXT) String legalBasis,
    @NotNull @Size(min = 1, max = 100) List<@NotNull @Valid PseudonymousSubject> subjects,
    LocalDate respondBy) {

  /** The message type id. */
  public static final String TYPE = "barrier.information-request/1";

  /**
   * Creates a request without checking it; the list is copied.
   *
   * @param type the message type
   * @param reference the reference
   * @param purpose the purpose
   * @param legalBasis the legal basis
   * @param subjects the subjects
   * @param respondBy the answer date, or {@code null}
   */
  public InformationRequest {
    subjects = Lists.copy(subjects);
  }

  /**
   * Creates a request of type {@value #TYPE} without checking it; see {@link Messages#write}.
   *
   * @param reference the reference
   * @param purpose the purpose
   * @param legalBasis the legal basis
   * @param subjects the subjects
   * @param respondBy the answer date, or {@code null}
   * @return the request
   */
  public static InformationRequest of(String reference, String purpose, String legalBasis,
      List<PseudonymousSubject> subjects, LocalDate respondBy) {
    return new InformationRequest(TYPE, reference, purpose, legalBasis, subjects, respondBy);
  }

  /**
   * Returns the reference, purpose and count; never pseudonyms or the legal basis text.
   *
   * @return a description
   */
  @Override
  public String toString() {
    return "InformationRequest[reference=" + reference + ", purpose=" + purpose + ", subjects="
        + (subjects == null ? 0 : subjects.size()) + "]";
  }
}
