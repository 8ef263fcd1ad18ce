package eu.barrier.privacy.envelope;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A message that passed every check of {@link Envelopes#open}: the verified header and the
 * payload. Immutable.
 *
 * <p>Privacy: {@link #toString()} shows the message id and the payload size, never the payload.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class OpenedEnvelope {

  private final EnvelopeHeader header;
  private final byte[] payload;

  OpenedEnvelope(EnvelopeHeader header, byte[] payload) {
    this.header = Objects.requireNonNull(header, "header");
    this.payload = payload;
  }

  /**
   * Returns the verified header.
   *
   * @return the header
   */
  public EnvelopeHeader header() {
    return header;
  }

  /**
   * Returns the payload: one JSON object in RFC 8785 canonical form, UTF-8. Bind it with {@code
   * eu.barrier.core.json.BarrierJson}.
   *
   * @return a copy of the bytes
   */
  public byte[] payload() {
    return payload.clone();
  }

  /**
   * Returns the message id, sender and payload size; never the payload.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "OpenedEnvelope[messageId=" + header.messageId() + ", sender=" + header.sender().party()
        + ", payload redacted, " + payload.length + " bytes]";
  }
}
