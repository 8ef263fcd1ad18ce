package eu.barrier.privacy.envelope;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a sender states about a message besides its payload: purpose, legal basis, handling,
 * retention, payload type and validity. Immutable; built with {@link #builder}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class SealParameters {

  /** The default validity: 7 days. */
  public static final Duration DEFAULT_VALIDITY = Duration.ofDays(7);

  /** The default payload type label. */
  public static final String DEFAULT_PAYLOAD_TYPE = "json";

  /** The longest legal basis text. */
  public static final int MAX_LEGAL_BASIS_LENGTH = 512;

  private final String purpose;
  private final String legalBasis;
  private final Handling handling;
  private final LocalDate retainUntil;
  private final String payloadType;
  private final Duration validity;

  private SealParameters(Builder b) {
    this.purpose = b.purpose;
    this.legalBasis = b.legalBasis;
    this.handling = b.handling;
    this.retainUntil = b.retainUntil;
    this.payloadType = b.payloadType;
    this.validity = b.validity;
  }

  /**
   * Starts parameters with the four required fields.
   *
   * @param purpose a purpose label: 1 to 64 characters of {@code a-z 0-9 . _ : / -}, starting
   *     with a letter or digit
   * @param legalBasis the legal basis, 1 to 512 characters without control characters
   * @param handling the handling marking
   * @param retainUntil the retention date, not before the day of sealing (UTC)
   * @return a builder
   * @throws EnvelopeException with {@code ENVELOPE_FIELD} for a malformed field
   */
  public static Builder builder(String purpose, String legalBasis, Handling handling, LocalDate retainUntil) {
    return new Builder(purpose, legalBasis, handling, retainUntil);
  }

  /**
   * Returns the purpose label.
   *
   * @return the purpose
   */
  public String purpose() {
    return purpose;
  }

  /**
   * Returns the legal basis.
   *
   * @return the legal basis
   */
  public String legalBasis() {
    return legalBasis;
  }

  /**
   * Returns the handling marking.
   *
   * @return the marking
   */
  public Handling handling() {
    return handling;
  }

  /**
   * Returns the retention date.
   *
   * @return the date
   */
  public LocalDate retainUntil() {
    return retainUntil;
  }

  /**
   * Returns the payload type label.
   *
   * @return the label
   */
  public String payloadType() {
    return payloadType;
  }

  /**
   * Returns how long after sealing the message may be opened.
   *
   * @return the validity
   */
  public Duration validity() {
    return validity;
  }

  @Override
  public String toString() {
    return "SealParameters[purpose=" + purpose + ", " + handling + ", retainUntil=" + retainUntil
        + ", payloadType=" + payloadType + ", validity=" + validity + "]";
  }

  /** Builds {@link SealParameters}; each setter checks its field at once. */
  public static final class Builder {
    private final String purpose;
    private final String legalBasis;
    private final Handling handling;
    private final LocalDate retainUntil;
    private String payloadType = DEFAULT_PAYLOAD_TYPE;
    private Duration validity = DEFAULT_VALIDITY;

    private Builder(String purpose, String legalBasis, Handling handling, LocalDate retainUntil) {
      Objects.requireNonNull(purpose, "purpose");
      Objects.requireNonNull(legalBasis, "legalBasis");
      if (!Texts.isValidPurpose(purpose)) {
        throw EnvelopeException.field("purpose: a label of 1 to 64 characters of a-z 0-9 . _ : / -");
      }
      if (!Texts.isValidText(legalBasis, MAX_LEGAL_BASIS_LENGTH)) {
        throw EnvelopeException.field("legalBasis: 1 to 512 characters without control characters");
      }
      this.purpose = purpose;
      this.legalBasis = legalBasis;
      this.handling = Objects.requireNonNull(handling, "handling");
      this.retainUntil = Objects.requireNonNull(retainUntil, "retainUntil");
    }

    /**
     * Sets the payload type label (default {@value SealParameters#DEFAULT_PAYLOAD_TYPE}).
     *
     * @param payloadType a label: 1 to 64 characters of {@code a-z 0-9 . _ : / - +}, starting with
     *     a letter or digit
     * @return this
     * @throws EnvelopeException with {@code ENVELOPE_FIELD} for a malformed label
     */
    public Builder payloadType(String payloadType) {
      Objects.requireNonNull(payloadType, "payloadType");
      if (!Texts.isValidLabel(payloadType)) {
        throw EnvelopeException.field("payloadType: a label of 1 to 64 characters of a-z 0-9 . _ : / - +");
      }
      this.payloadType = payloadType;
      return this;
    }

    /**
     * Sets the validity (default 7 days).
     *
     * @param validity at least 1 second, at most {@link Envelopes#MAX_VALIDITY}
     * @return this
     * @throws EnvelopeException with {@code ENVELOPE_FIELD} if out of range
     */
    public Builder validity(Duration validity) {
      Objects.requireNonNull(validity, "validity");
      if (validity.compareTo(Duration.ofSeconds(1)) < 0 || validity.compareTo(Envelopes.MAX_VALIDITY) > 0) {
        throw EnvelopeException.field("validity: 1 second to 90 days");
      }
      this.validity = validity;
      return this;
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters
     */
    public SealParameters build() {
      return new SealParameters(this);
    }
  }
}
