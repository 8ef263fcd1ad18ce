package eu.barrier.privacy.exchange;

import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The exchange message types: their type ids (written in the payload's {@code type} member and in
 * the envelope header's {@code payloadType}), their records and their JSON Schemas (draft
 * 2020-12), shipped in this jar and in {@code docs/schemas/}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum MessageType {
  /** {@code barrier.signal-report/1}: {@link SignalReport}. */
  SIGNAL_REPORT(SignalReport.TYPE, SignalReport.class, "signal-report-v1.schema.json"),
  /** {@code barrier.information-request/1}: {@link InformationRequest}. */
  INFORMATION_REQUEST(InformationRequest.TYPE, InformationRequest.class, "information-request-v1.schema.json"),
  /** {@code barrier.information-response/1}: {@link InformationResponse}. */
  INFORMATION_RESPONSE(InformationResponse.TYPE, InformationResponse.class, "information-response-v1.schema.json"),
  /** {@value SharedKeySetMessage#TYPE}: a custodian shares a pseudonym key set with a partner. */
  SHARED_KEY_SET(SharedKeySetMessage.TYPE, SharedKeySetMessage.class, "shared-key-set-v1.schema.json");

  /** Type ids with this prefix are reserved for the types of this enum. */
  public static final String NAMESPACE = "barrier.";

  private final String id;
  private final Class<? extends Record> recordType;
  private final String schemaFile;

  MessageType(String id, Class<? extends Record> recordType, String schemaFile) {
    this.id = id;
    this.recordType = recordType;
    this.schemaFile = schemaFile;
  }

  /**
   * Returns the type id.
   *
   * @return for example {@code barrier.signal-report/1}
   */
  public String id() {
    return id;
  }

  /**
   * Returns the record class that holds a message of this type.
   *
   * @return the class
   */
  public Class<? extends Record> recordType() {
    return recordType;
  }

  /**
   * Returns the file name of the JSON Schema, as in {@code docs/schemas/}.
   *
   * @return for example {@code signal-report-v1.schema.json}
   */
  public String schemaFile() {
    return schemaFile;
  }

  /**
   * Opens the JSON Schema shipped in the jar; the caller closes the stream.
   *
   * @return the schema, UTF-8
   */
  public InputStream openSchema() {
    InputStream in = MessageType.class.getResourceAsStream(schemaFile);
    if (in == null) {
      throw new IllegalStateException("message schema resource is missing: " + schemaFile);
    }
    return in;
  }

  /**
   * Finds a type by its id.
   *
   * @param id the id, may be {@code null}
   * @return the type, or empty
   */
  public static Optional<MessageType> fromId(String id) {
    for (MessageType t : values()) {
      if (t.id.equals(id)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * Finds the type of a record class.
   *
   * @param recordType the class
   * @return the type, or empty if it is not a message record
   */
  public static Optional<MessageType> of(Class<?> recordType) {
    Objects.requireNonNull(recordType, "recordType");
    for (MessageType t : values()) {
      if (t.recordType == recordType) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
