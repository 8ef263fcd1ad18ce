package eu.barrier.privacy;

import eu.barrier.core.ErrorCode;

/**
 * The stable error codes of {@code barrier-privacy}.
 *
 * <p>Ranges: {@code 00xx} pseudonyms and their contexts, {@code 01xx} key sets, {@code 02xx}
 * generalisation, {@code 03xx} the audit log. Codes are never reused or renumbered. Every code is
 * listed in {@code docs/error-codes.md}.
 */
public enum PrivacyError implements ErrorCode {

  // ---- 00xx pseudonyms (eu.barrier.privacy.pseudonym) ----

  /** The text is not of the form {@code <version>.<kid>.<tag>}. */
  PSEUDONYM_SYNTAX("BARRIER-PRIV-0001", "a pseudonym has three parts separated by '.': version, key id and tag"),
  /** The version prefix is not a supported one. */
  PSEUDONYM_VERSION("BARRIER-PRIV-0002", "the pseudonym version must be pk1"),
  /** The key id is not 8 characters of lower-case base32. */
  PSEUDONYM_KEY_ID("BARRIER-PRIV-0003", "the pseudonym key id must be 8 characters of a-z and 2-7"),
  /** The tag is not the canonical unpadded base64url form of 32 bytes. */
  PSEUDONYM_TAG("BARRIER-PRIV-0004", "the pseudonym tag must be 43 characters of canonical unpadded base64url (32 bytes)"),
  /** A purpose or recipient domain label has the wrong shape. */
  CONTEXT_LABEL("BARRIER-PRIV-0005",
      "a purpose or recipient label is 1 to 64 characters of a-z, 0-9 and . _ : / - and starts with a letter or digit"),

  // ---- 01xx key sets (eu.barrier.privacy.key) ----

  /** The key set text is not well-formed JSON of the documented shape. */
  KEYSET_SYNTAX("BARRIER-PRIV-0101", "a key set is a JSON object in the documented key set format"),
  /** The key set declares a format this version does not read. */
  KEYSET_FORMAT("BARRIER-PRIV-0102", "the key set format must be barrier-keyset/1 or barrier-keyset-public/1 as expected"),
  /** The key set does not have exactly one primary key. */
  KEYSET_PRIMARY("BARRIER-PRIV-0103", "a key set has exactly one primary key"),
  /** Two keys share an id. */
  KEYSET_DUPLICATE_KEY_ID("BARRIER-PRIV-0104", "key ids in a key set are unique"),
  /** A key id is out of range. */
  KEYSET_KEY_ID("BARRIER-PRIV-0105", "a key id is an integer from 1 to 2147483647"),
  /** Key material is missing, present where it must not be, or of the wrong length. */
  KEYSET_MATERIAL("BARRIER-PRIV-0106",
      "key material is 32 bytes of unpadded base64url, present unless the key is destroyed"),
  /** Secret material appears where the public form was expected. */
  KEYSET_SECRET_IN_PUBLIC("BARRIER-PRIV-0107", "the public form of a key set never contains key material"),
  /** No key with the requested id. */
  KEYSET_UNKNOWN_KEY("BARRIER-PRIV-0108", "the key id must name a key of the key set"),
  /** A status change that the key life cycle does not allow. */
  KEYSET_TRANSITION("BARRIER-PRIV-0109",
      "allowed: promote an active key, disable an active key, enable a disabled key, destroy a non-primary key"),
  /** Unknown parameter set name. */
  KEYSET_PARAMETERS("BARRIER-PRIV-0110", "the key parameters must name a known parameter set such as HMAC_SHA256_V1"),
  /** Unknown key status. */
  KEYSET_STATUS("BARRIER-PRIV-0111", "the key status must be PRIMARY, ACTIVE, DISABLED or DESTROYED"),

  // ---- 02xx generalisation (eu.barrier.privacy.generalise) ----

  /** The birth date lies after the reference date. */
  BIRTH_AFTER_REFERENCE("BARRIER-PRIV-0201", "the birth date must not be after the reference date"),
  /** A postcode does not have the shape of its country. */
  POSTCODE("BARRIER-PRIV-0202", "a postcode is 4 digits (BE) or 4 digits and 2 letters (NL)"),
  /** A municipality code does not have the shape of its country. */
  MUNICIPALITY_CODE("BARRIER-PRIV-0203",
      "a municipality code is a 5-digit NIS code (BE) or a 4-digit CBS code, optionally prefixed GM (NL)"),
  /** The country is not one the generaliser knows. */
  COUNTRY("BARRIER-PRIV-0204", "the country must be BE or NL"),

  // ---- 03xx audit log (eu.barrier.privacy.audit) ----

  /** An audit field has the wrong shape (it could carry free text or personal data). */
  AUDIT_FIELD("BARRIER-PRIV-0301",
      "an audit label is 1 to 128 characters of A-Z, a-z, 0-9 and . _ : / @ - (no free text)"),
  /** The audit sink could not be written or read. */
  AUDIT_IO("BARRIER-PRIV-0302", "the audit log must be readable and writable"),
  /** An existing audit log cannot be continued because its last entry is not a valid entry. */
  AUDIT_RESUME("BARRIER-PRIV-0303", "an audit log is continued only from a valid last entry"),
  ;

  private final String code;
  private final String rule;

  PrivacyError(String code, String rule) {
    this.code = code;
    this.rule = rule;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String rule() {
    return rule;
  }
}
