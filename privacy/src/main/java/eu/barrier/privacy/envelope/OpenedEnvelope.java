package eu.barrier.privacy.envelope;

import java.util.Objects;
import java.util.Optional;
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
  private final Record message;

  OpenedEnvelope(EnvelopeHeader header, byte[] payload, Record message) {
    this.header = Objects.requireNonNull(header, "header");
    this.payload = payload;
    this.message = message;
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
   * Returns the payload as its message record when the header names a Barrier message type (for
   * example a {@code SignalReport}): the record that {@link Envelopes#open} read and validated in
   * its checks, so a reader need not read the payload again. Immutable.
   *
   * @param <T> the record type
   * @param type the expected record type, for example {@code SignalReport.class}
   * @return the record, or empty for an opaque payload or a message of another type
   */
  public <T extends Record> Optional<T> message(Class<T> type) {
    Objects.requireNonNull(type, "type");
    return type.isInstance(message) ? Optional.of(type.cast(message)) : Optional.empty();
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
