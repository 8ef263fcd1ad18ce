package eu.barrier.privacy.envelope;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The result of {@link Envelopes#seal}: the header and the message bytes to send. Immutable.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class SealedEnvelope {

  private final EnvelopeHeader header;
  private final byte[] message;

  SealedEnvelope(EnvelopeHeader header, byte[] message) {
    this.header = Objects.requireNonNull(header, "header");
    this.message = message;
  }

  /**
   * Returns the header.
   *
   * @return the header
   */
  public EnvelopeHeader header() {
    return header;
  }

  /**
   * Returns the message: RFC 8785 canonical JSON, UTF-8.
   *
   * @return a copy of the bytes
   */
  public byte[] message() {
    return message.clone();
  }

  /**
   * Returns the message id and size; never the content.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "SealedEnvelope[messageId=" + header.messageId() + ", " + message.length + " bytes]";
  }
}
