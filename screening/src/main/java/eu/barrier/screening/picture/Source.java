package eu.barrier.screening.picture;

import eu.barrier.privacy.envelope.EnvelopeHeader;
import eu.barrier.privacy.envelope.Tlp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The provenance of one message a picture uses: who sent it, when, for what purpose, on what legal
 * basis, how it must be handled and how long it may be kept. Every signal and answer of a picture
 * names its source by {@link #messageId()}.
 *
 * @param messageId the message id from the envelope header
 * @param sender the sending party
 * @param issuedAt when the sender sealed it
 * @param payloadType the message type, for example {@code barrier.signal-report/1}
 * @param reference the sender's reference of the report or response
 * @param purpose the purpose label
 * @param legalBasis the legal basis the sender stated
 * @param tlp the TLP marking
 * @param retainUntil the date until which the content may be kept
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Source(String messageId, String sender, Instant issuedAt, String payloadType, String reference,
    String purpose, String legalBasis, Tlp tlp, LocalDate retainUntil) {

  /**
   * Checks for {@code null}.
   *
   * @param messageId the message id
   * @param sender the sender
   * @param issuedAt the issue time
   * @param payloadType the message type
   * @param reference the sender's reference
   * @param purpose the purpose
   * @param legalBasis the legal basis
   * @param tlp the marking
   * @param retainUntil the retention date
   */
  public Source {
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(payloadType, "payloadType");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(legalBasis, "legalBasis");
    Objects.requireNonNull(tlp, "tlp");
    Objects.requireNonNull(retainUntil, "retainUntil");
  }

  static Source of(EnvelopeHeader h, String reference) {
    return new Source(h.messageId().toString(), h.sender().party(), h.issuedAt(), h.payloadType(), reference,
        h.purpose(), h.legalBasis(), h.handling().tlp(), h.retainUntil());
  }

  /**
   * Returns ids, times and labels; the legal basis (free text) is left out.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "Source[messageId=" + messageId + ", sender=" + sender + ", payloadType=" + payloadType + ", purpose="
        + purpose + ", tlp=" + tlp.label() + ", retainUntil=" + retainUntil + "]";
  }
}
