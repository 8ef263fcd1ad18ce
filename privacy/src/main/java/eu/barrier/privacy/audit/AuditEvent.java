package eu.barrier.privacy.audit;

import eu.barrier.privacy.PrivacyError;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One act on personal data, as it enters the audit log: who did what, for which purpose, for
 * which recipient, how many items, under which keys, with which outcome. Immutable.
 *
 * <p>Privacy: an event holds no personal data by construction. Every text field is a label of 1
 * to 128 characters of {@code A-Z a-z 0-9 . _ : / @ -}, so free text, names and addresses cannot
 * be written; the actor should be a system or role name, or a pseudonym in the audit domain, not a
 * person's name. Identifiers and pseudonyms are not recorded, only counts.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class AuditEvent {

  /** The longest label. */
  public static final int MAX_LABEL_LENGTH = 128;

  private final AuditAction action;
  private final String actor;
  private final String purpose;
  private final String recipient;
  private final long count;
  private final long failures;
  private final List<String> keyIds;
  private final String messageId;
  private final String reason;
  private final String reference;

  private AuditEvent(Builder b) {
    this.action = b.action;
    this.actor = b.actor;
    this.purpose = b.purpose;
    this.recipient = b.recipient;
    this.count = b.count;
    this.failures = b.failures;
    this.keyIds = List.copyOf(b.keyIds);
    this.messageId = b.messageId;
    this.reason = b.reason;
    this.reference = b.reference;
  }

  /**
   * Starts an event.
   *
   * @param action what was done
   * @param actor who did it: a system, role or audit-domain pseudonym label
   * @return a builder
   * @throws AuditException with {@link PrivacyError#AUDIT_FIELD} for a malformed actor
   */
  public static Builder builder(AuditAction action, String actor) {
    return new Builder(action, actor);
  }

  /**
   * Tells whether {@code s} is a well-formed audit label.
   *
   * @param s the text, may be {@code null}
   * @return whether it may be written to the audit log
   */
  public static boolean isValidLabel(String s) {
    if (s == null || s.isEmpty() || s.length() > MAX_LABEL_LENGTH) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok =
          (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "._:/@-".indexOf(c) >= 0;
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  static String label(String s, String field) {
    Objects.requireNonNull(s, field);
    if (!isValidLabel(s)) {
      throw new AuditException(PrivacyError.AUDIT_FIELD, "in " + field);
    }
    return s;
  }

  /**
   * Returns the action.
   *
   * @return the action
   */
  public AuditAction action() {
    return action;
  }

  /**
   * Returns the actor label.
   *
   * @return the actor
   */
  public String actor() {
    return actor;
  }

  /**
   * Returns the purpose label.
   *
   * @return the purpose, if recorded
   */
  public Optional<String> purpose() {
    return Optional.ofNullable(purpose);
  }

  /**
   * Returns the recipient label (a recipient domain or party).
   *
   * @return the recipient, if recorded
   */
  public Optional<String> recipient() {
    return Optional.ofNullable(recipient);
  }

  /**
   * Returns how many items were processed successfully.
   *
   * @return the count, at least 0
   */
  public long count() {
    return count;
  }

  /**
   * Returns how many items failed (for example invalid identifiers).
   *
   * @return the count, at least 0
   */
  public long failures() {
    return failures;
  }

  /**
   * Returns the key ids used, as labels.
   *
   * @return the key ids, possibly empty
   */
  public List<String> keyIds() {
    return keyIds;
  }

  /**
   * Returns the message id (of a sealed or opened message).
   *
   * @return the message id, if recorded
   */
  public Optional<String> messageId() {
    return Optional.ofNullable(messageId);
  }

  /**
   * Returns the reason of a rejection: a stable error code such as {@code BARRIER-PRIV-0001}.
   *
   * @return the reason, if recorded
   */
  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  /**
   * Returns what the act concerned, for example the SHA-256 of a screening assessment shown or
   * decided on.
   *
   * @return the reference, if recorded
   */
  public Optional<String> reference() {
    return Optional.ofNullable(reference);
  }

  String referenceOrNull() {
    return reference;
  }

  String purposeOrNull() {
    return purpose;
  }

  String recipientOrNull() {
    return recipient;
  }

  String messageIdOrNull() {
    return messageId;
  }

  String reasonOrNull() {
    return reason;
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof AuditEvent)) {
      return false;
    }
    AuditEvent o = (AuditEvent) obj;
    return action == o.action
        && actor.equals(o.actor)
        && Objects.equals(purpose, o.purpose)
        && Objects.equals(recipient, o.recipient)
        && count == o.count
        && failures == o.failures
        && keyIds.equals(o.keyIds)
        && Objects.equals(messageId, o.messageId)
        && Objects.equals(reason, o.reason)
        && Objects.equals(reference, o.reference);
  }

  @Override
  public int hashCode() {
    return Objects.hash(action, actor, purpose, recipient, count, failures, keyIds, messageId, reason, reference);
  }

  /**
   * Returns the action, counts and labels; an event holds no personal data.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "AuditEvent[action=" + action + ", actor=" + actor + ", purpose=" + purpose + ", recipient=" + recipient
        + ", count=" + count + ", failures=" + failures + ", keyIds=" + keyIds + ", messageId=" + messageId
        + ", reason=" + reason + ", reference=" + reference + "]";
  }

  /** Builds an {@link AuditEvent}; each setter checks its field at once. */
  public static final class Builder {
    private final AuditAction action;
    private final String actor;
    private String purpose;
    private String recipient;
    private long count;
    private long failures;
    private final List<String> keyIds = new ArrayList<>();
    private String messageId;
    private String reason;
    private String reference;

    private Builder(AuditAction action, String actor) {
      this.action = Objects.requireNonNull(action, "action");
      this.actor = label(actor, "actor");
    }

    /**
     * Sets the purpose.
     *
     * @param purpose a purpose label
     * @return this
     */
    public Builder purpose(String purpose) {
      this.purpose = label(purpose, "purpose");
      return this;
    }

    /**
     * Sets the recipient.
     *
     * @param recipient a recipient label
     * @return this
     */
    public Builder recipient(String recipient) {
      this.recipient = label(recipient, "recipient");
      return this;
    }

    /**
     * Sets how many items were processed successfully.
     *
     * @param count at least 0
     * @return this
     */
    public Builder count(long count) {
      if (count < 0) {
        throw new IllegalArgumentException("count must be at least 0");
      }
      this.count = count;
      return this;
    }

    /**
     * Sets how many items failed.
     *
     * @param failures at least 0
     * @return this
     */
    public Builder failures(long failures) {
      if (failures < 0) {
        throw new IllegalArgumentException("failures must be at least 0");
      }
      this.failures = failures;
      return this;
    }

    /**
     * Adds a key id.
     *
     * @param keyId a key id label, for example {@code pseudonym:1234}
     * @return this
     */
    public Builder keyId(String keyId) {
      keyIds.add(label(keyId, "keyIds"));
      return this;
    }

    /**
     * Sets the message id.
     *
     * @param messageId a message id label
     * @return this
     */
    public Builder messageId(String messageId) {
      this.messageId = label(messageId, "messageId");
      return this;
    }

    /**
     * Sets the reason of a rejection.
     *
     * @param reason a stable error code
     * @return this
     */
    public Builder reason(String reason) {
      this.reason = label(reason, "reason");
      return this;
    }

    /**
     * Sets what the act concerned, for example the SHA-256 of a screening assessment.
     *
     * @param reference a label
     * @return this
     */
    public Builder reference(String reference) {
      this.reference = label(reference, "reference");
      return this;
    }

    /**
     * Builds the event.
     *
     * @return the event
     */
    public AuditEvent build() {
      return new AuditEvent(this);
    }
  }
}
