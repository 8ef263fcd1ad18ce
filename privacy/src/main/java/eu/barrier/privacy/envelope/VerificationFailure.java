package eu.barrier.privacy.envelope;

import eu.barrier.privacy.PrivacyError;
import org.apiguardian.api.API;

/**
 * Why a message was not opened, in the order {@link Envelopes#open} checks. Each reason has a
 * stable {@code BARRIER-PRIV-04xx} code.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum VerificationFailure {
  /** Not canonical JSON of the envelope schema ({@code BARRIER-PRIV-0401}). */
  MALFORMED(PrivacyError.ENVELOPE_MALFORMED),
  /** An envelope version other than 1 ({@code BARRIER-PRIV-0402}). */
  UNSUPPORTED_VERSION(PrivacyError.ENVELOPE_VERSION),
  /** This party and its encryption key are not a recipient ({@code BARRIER-PRIV-0403}). */
  NOT_ADDRESSED(PrivacyError.ENVELOPE_NOT_ADDRESSED),
  /** Expired, beyond the clock skew ({@code BARRIER-PRIV-0404}). */
  EXPIRED(PrivacyError.ENVELOPE_EXPIRED),
  /** Issued in the future, beyond the clock skew ({@code BARRIER-PRIV-0405}). */
  NOT_YET_VALID(PrivacyError.ENVELOPE_NOT_YET_VALID),
  /** No trusted public key for the sender's party id and signing key id ({@code BARRIER-PRIV-0406}). */
  UNKNOWN_SENDER(PrivacyError.ENVELOPE_UNKNOWN_SENDER),
  /** Authenticated decryption failed: ciphertext or header changed ({@code BARRIER-PRIV-0407}). */
  TAMPERED(PrivacyError.ENVELOPE_TAMPERED),
  /** The signature over header and payload does not verify ({@code BARRIER-PRIV-0408}). */
  BAD_SIGNATURE(PrivacyError.ENVELOPE_BAD_SIGNATURE),
  /**
   * The header names a message type and the payload is not a valid message of it, or the payload
   * declares a type the header does not name ({@code BARRIER-PRIV-0413}).
   */
  SCHEMA_VIOLATION(PrivacyError.ENVELOPE_SCHEMA),
  /** The message id was accepted before ({@code BARRIER-PRIV-0409}). */
  REPLAY(PrivacyError.ENVELOPE_REPLAY),
  /** Signed with or sealed to a retired key past its stated end ({@code BARRIER-PRIV-0415}). */
  KEY_RETIRED(PrivacyError.ENVELOPE_KEY_RETIRED),
  /** Signed with or sealed to a revoked key ({@code BARRIER-PRIV-0416}). */
  KEY_REVOKED(PrivacyError.ENVELOPE_KEY_REVOKED);

  private final PrivacyError error;

  VerificationFailure(PrivacyError error) {
    this.error = error;
  }

  /**
   * Returns the stable error code.
   *
   * @return the code, one of the {@code 04xx} codes
   */
  public PrivacyError error() {
    return error;
  }
}
