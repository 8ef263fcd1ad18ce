package eu.barrier.privacy.exchange;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A partner's answer to an {@link InformationRequest}; message type {@value #TYPE}: per pseudonym,
 * whether it holds information, the category and a contact reference. No raw data. JSON Schema:
 * {@code information-response-v1.schema.json}.
 *
 * @param type the message type, always {@value #TYPE}
 * @param inReplyTo the reference of the request answered
 * @param reference the responder's own reference
 * @param answers one answer per pseudonym asked about, 1 to 100
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record InformationResponse(
    @NotNull @Pattern(regexp = "^barrier\\.information-response/1$") String type,
    @NotNull @Pattern(regexp = MessagePatterns.REFERENCE) String inReplyTo,
    @NotNull @Pattern(regexp = MessagePatterns.REFERENCE) String reference,
    @NotNull @Size(min = 1, max = 100) List<@NotNull @Valid InformationAnswer> answers) {

  /** The message type id. */
  public static final String TYPE = "barrier.information-response/1";

  /**
   * Creates a response without checking it; the list is copied.
   *
   * @param type the message type
   * @param inReplyTo the request reference
   * @param reference the responder's reference
   * @param answers the answers
   */
  public InformationResponse {
    answers = Lists.copy(answers);
  }

  /**
   * Creates a response of type {@value #TYPE} without checking it; see {@link Messages#write}.
   *
   * @param inReplyTo the request reference
   * @param reference the responder's reference
   * @param answers the answers
   * @return the response
   */
  public static InformationResponse of(String inReplyTo, String reference, List<InformationAnswer> answers) {
    return new InformationResponse(TYPE, inReplyTo, reference, answers);
  }

  /**
   * Returns the references and count; never pseudonyms.
   *
   * @return a description
   */
  @Override
  public String toString() {
    return "InformationResponse[inReplyTo=" + inReplyTo + ", answers=" + (answers == null ? 0 : answers.size()) + "]";
  }
}
