package eu.barrier.privacy.audit;

import eu.barrier.core.json.JsonFormatException;
import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.internal.ByteEncoder;
import eu.barrier.privacy.internal.Hex;
import eu.barrier.privacy.internal.PrivacyJson;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import tools.jackson.databind.JsonNode;

/**
 * One entry of the audit log: a sequence number, a time, an {@link AuditEvent}, the hash of the
 * previous entry and the entry's own hash. Immutable.
 *
 * <p>The hash is SHA-256 over a length-prefixed binary encoding of all fields including the
 * previous hash (see {@code docs/privacy-guarantees.md}), so each entry commits to the whole log
 * before it. The JSON line ({@link #toJsonLine()}) is the storage form; a line is valid only if it
 * is byte for byte the line this class writes for its fields.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class AuditRecord {

  /** The format version written in {@code "v"}. */
  public static final int VERSION = 1;

  /** The previous-hash of the first entry: 32 zero bytes in hex. */
  public static final String GENESIS = "0".repeat(64);

  private static final String HASH_LABEL = "barrier/audit/v1";
  private static final Set<String> MEMBERS =
      Set.of("v", "seq", "time", "action", "actor", "purpose", "recipient", "count", "failures", "keyIds",
          "messageId", "reason", "reference", "prev", "hash");

  private final long seq;
  private final Instant time;
  private final AuditEvent event;
  private final String prev;
  private final String hash;

  private AuditRecord(long seq, Instant time, AuditEvent event, String prev, String hash) {
    this.seq = seq;
    this.time = time;
    this.event = event;
    this.prev = prev;
    this.hash = hash;
  }

  /**
   * Creates the next record of a chain.
   *
   * @param seq the sequence number, 0 for the first entry
   * @param time the time of the act
   * @param event the event
   * @param prev the hash of the previous entry, {@link #GENESIS} for the first
   * @return the record with its hash
   */
  static AuditRecord create(long seq, Instant time, AuditEvent event, String prev) {
    return new AuditRecord(seq, time, event, prev, computeHash(seq, time, event, prev));
  }

  /**
   * Computes the entry hash.
   *
   * @return 64 lower-case hex digits
   */
  static String computeHash(long seq, Instant time, AuditEvent e, String prev) {
    ByteEncoder enc =
        new ByteEncoder()
            .str16(HASH_LABEL)
            .raw(Hex.decode(prev))
            .u64(seq)
            .str32(time.toString())
            .str32(e.action().name())
            .str32(e.actor())
            .optStr32(e.purposeOrNull())
            .optStr32(e.recipientOrNull())
            .u64(e.count())
            .u64(e.failures())
            .u32(e.keyIds().size());
    for (String k : e.keyIds()) {
      enc.str32(k);
    }
    enc.optStr32(e.messageIdOrNull()).optStr32(e.reasonOrNull());
    if (e.referenceOrNull() != null) {
      // appended only when present, so entries written before this field existed keep their hash
      enc.str32(e.referenceOrNull());
    }
    try {
      return Hex.encode(MessageDigest.getInstance("SHA-256").digest(enc.toByteArray()));
    } catch (GeneralSecurityException ex) {
      throw new IllegalStateException("SHA-256 unavailable", ex);
    }
  }

  /**
   * Parses one stored line. The line must be exactly what {@link #toJsonLine()} writes for its
   * fields; the stored hash is not checked here (see {@link #hashMatches()}).
   *
   * @param line one line without its line feed
   * @return the record
   * @throws AuditException with {@link PrivacyError#AUDIT_RESUME} if the line is not a
   *     well-formed entry
   */
  public static AuditRecord parseLine(String line) {
    Objects.requireNonNull(line, "line");
    AuditRecord r = tryParse(line);
    if (r == null) {
      throw new AuditException(PrivacyError.AUDIT_RESUME, "line is not a well-formed audit entry");
    }
    return r;
  }

  /** Parses a line, or returns {@code null} for anything malformed or non-canonical. */
  static AuditRecord tryParse(String line) {
    if (line.length() > 64 * 1024) {
      return null;
    }
    try {
      JsonNode n = PrivacyJson.KEYS.read(line, JsonNode.class);
      if (!n.isObject()) {
        return null;
      }
      for (String name : n.propertyNames()) {
        if (!MEMBERS.contains(name)) {
          return null;
        }
      }
      if (!n.path("v").isIntegralNumber() || n.path("v").longValue() != VERSION) {
        return null;
      }
      long seq = nonNegative(n.get("seq"));
      Instant time = Instant.parse(text(n.get("time")));
      AuditAction action = AuditAction.valueOf(text(n.get("action")));
      AuditEvent.Builder b = AuditEvent.builder(action, text(n.get("actor")));
      if (n.has("purpose")) {
        b.purpose(text(n.get("purpose")));
      }
      if (n.has("recipient")) {
        b.recipient(text(n.get("recipient")));
      }
      b.count(nonNegative(n.get("count"))).failures(nonNegative(n.get("failures")));
      JsonNode keyIds = n.get("keyIds");
      if (keyIds == null || !keyIds.isArray()) {
        return null;
      }
      for (JsonNode k : keyIds) {
        b.keyId(text(k));
      }
      if (n.has("messageId")) {
        b.messageId(text(n.get("messageId")));
      }
      if (n.has("reason")) {
        b.reason(text(n.get("reason")));
      }
      if (n.has("reference")) {
        b.reference(text(n.get("reference")));
      }
      String prev = text(n.get("prev"));
      String hash = text(n.get("hash"));
      if (!Hex.isLowerHex(prev, 64) || !Hex.isLowerHex(hash, 64)) {
        return null;
      }
      AuditRecord r = new AuditRecord(seq, time, b.build(), prev, hash);
      return r.toJsonLine().equals(line) ? r : null;
    } catch (JsonFormatException | DateTimeParseException | IllegalArgumentException
        | AuditException e) {
      return null;
    }
  }

  private static String text(JsonNode n) {
    if (n == null || !n.isString()) {
      throw new IllegalArgumentException("expected a string");
    }
    return n.stringValue();
  }

  private static long nonNegative(JsonNode n) {
    if (n == null || !n.isIntegralNumber() || !n.canConvertToLong() || n.longValue() < 0) {
      throw new IllegalArgumentException("expected a non-negative integer");
    }
    return n.longValue();
  }

  /**
   * Tells whether the stored hash is the hash of the fields.
   *
   * @return whether the entry is internally consistent
   */
  public boolean hashMatches() {
    return MessageDigest.isEqual(
        Hex.decode(hash), Hex.decode(computeHash(seq, time, event, prev)));
  }

  /**
   * Writes the storage line (without line feed). Members appear in a fixed order; absent optional
   * fields are left out; all strings are labels, so no escaping is ever needed.
   *
   * @return one line of JSON
   */
  public String toJsonLine() {
    StringBuilder sb = new StringBuilder(256);
    sb.append("{\"v\":").append(VERSION);
    sb.append(",\"seq\":").append(seq);
    str(sb, "time", time.toString());
    str(sb, "action", event.action().name());
    str(sb, "actor", event.actor());
    if (event.purposeOrNull() != null) {
      str(sb, "purpose", event.purposeOrNull());
    }
    if (event.recipientOrNull() != null) {
      str(sb, "recipient", event.recipientOrNull());
    }
    sb.append(",\"count\":").append(event.count());
    sb.append(",\"failures\":").append(event.failures());
    sb.append(",\"keyIds\":[");
    List<String> keys = new ArrayList<>(event.keyIds());
    for (int i = 0; i < keys.size(); i++) {
      sb.append(i == 0 ? "" : ",").append('"').append(keys.get(i)).append('"');
    }
    sb.append(']');
    if (event.messageIdOrNull() != null) {
      str(sb, "messageId", event.messageIdOrNull());
    }
    if (event.reasonOrNull() != null) {
      str(sb, "reason", event.reasonOrNull());
    }
    if (event.referenceOrNull() != null) {
      str(sb, "reference", event.referenceOrNull());
    }
    str(sb, "prev", prev);
    str(sb, "hash", hash);
    return sb.append('}').toString();
  }

  private static void str(StringBuilder sb, String name, String value) {
    sb.append(",\"").append(name).append("\":\"").append(value).append('"');
  }

  /**
   * Returns the sequence number.
   *
   * @return 0 for the first entry
   */
  public long seq() {
    return seq;
  }

  /**
   * Returns the time of the act.
   *
   * @return the time, UTC
   */
  public Instant time() {
    return time;
  }

  /**
   * Returns the event.
   *
   * @return the event
   */
  public AuditEvent event() {
    return event;
  }

  /**
   * Returns the hash of the previous entry.
   *
   * @return 64 hex digits; {@link #GENESIS} for the first entry
   */
  public String prev() {
    return prev;
  }

  /**
   * Returns this entry's hash.
   *
   * @return 64 hex digits
   */
  public String hash() {
    return hash;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof AuditRecord && toJsonLine().equals(((AuditRecord) obj).toJsonLine());
  }

  @Override
  public int hashCode() {
    return hash.hashCode();
  }

  /**
   * Returns sequence number, action and hash; records hold no personal data.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "AuditRecord[seq=" + seq + ", action=" + event.action() + ", hash=" + hash + "]";
  }
}
