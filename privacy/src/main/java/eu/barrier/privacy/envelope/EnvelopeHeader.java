package eu.barrier.privacy.envelope;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.apiguardian.api.API;

/**
 * The header of an exchange message. It travels in clear text (carriers see it), is bound to every
 * ciphertext as associated data and is covered by the sender's signature.
 *
 * @param version the envelope format version, {@value Envelopes#VERSION}
 * @param messageId a random (version 4) UUID, unique per message
 * @param sender the sending party and its signing key id
 * @param recipients the recipients and their encryption key ids, in ciphertext order
 * @param issuedAt when the message was sealed, whole seconds, UTC
 * @param expiresAt after this instant (plus the clock skew) the message is not opened
 * @param purpose the purpose label, for example {@code thb-signal}
 * @param legalBasis the legal basis, free text: the basis in law the sender established for this
 *     exchange
 * @param handling the TLP 2.0 marking and handling statements
 * @param retainUntil the date until which a recipient may keep the content
 * @param payloadType the payload type label, for example {@code json} or {@code
 *     barrier.signal-report/1}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record EnvelopeHeader(
    int version,
    UUID messageId,
    PartyRef sender,
    List<PartyRef> recipients,
    Instant issuedAt,
    Instant expiresAt,
    String purpose,
    String legalBasis,
    Handling handling,
    LocalDate retainUntil,
    String payloadType) {

  /**
   * Checks for {@code null} and copies the recipient list.
   *
   * @param version the format version
   * @param messageId the message id
   * @param sender the sender
   * @param recipients the recipients
   * @param issuedAt the issue time
   * @param expiresAt the expiry time
   * @param purpose the purpose label
   * @param legalBasis the legal basis
   * @param handling the marking
   * @param retainUntil the retention date
   * @param payloadType the payload type label
   */
  public EnvelopeHeader {
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(sender, "sender");
    recipients = List.copyOf(Objects.requireNonNull(recipients, "recipients"));
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(legalBasis, "legalBasis");
    Objects.requireNonNull(handling, "handling");
    Objects.requireNonNull(retainUntil, "retainUntil");
    Objects.requireNonNull(payloadType, "payloadType");
  }

  /**
   * Returns ids, times, TLP level and types; the free texts (legal basis, community, statements)
   * are left out.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "EnvelopeHeader[v=" + version + ", messageId=" + messageId + ", sender=" + sender.party()
        + ", recipients=" + recipients.size() + ", issuedAt=" + issuedAt + ", expiresAt=" + expiresAt
        + ", purpose=" + purpose + ", tlp=" + handling.tlp().label() + ", payloadType=" + payloadType + "]";
  }
}
