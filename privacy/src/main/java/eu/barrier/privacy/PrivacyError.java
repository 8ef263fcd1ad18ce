package eu.barrier.privacy;

import eu.barrier.core.ErrorCode;
import org.apiguardian.api.API;

/**
 * The stable error codes of {@code barrier-privacy}.
 *
 * <p>Ranges: {@code 00xx} pseudonyms and their contexts, {@code 01xx} key sets and party key
 * files, {@code 02xx} generalisation, {@code 03xx} the audit log, {@code 04xx} the exchange
 * envelope, {@code 05xx} the exchange message types, {@code 06xx} the RFC 9497 oblivious pseudorandom
 * functions, {@code 07xx} blind pseudonyms and the pseudonym service protocol. Codes are never reused or renumbered. Every code is
 * listed in {@code docs/error-codes.md}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum PrivacyError implements ErrorCode {

  // ---- 00xx pseudonyms (eu.barrier.privacy.pseudonym) ----

  /** The text is not of the form {@code <version>.<kid>.<tag>}. */
  PSEUDONYM_SYNTAX("BARRIER-PRIV-0001", "a pseudonym has three parts separated by '.': version, key id and tag"),
  /** The version prefix is not a supported one. */
  PSEUDONYM_VERSION("BARRIER-PRIV-0002", "the pseudonym version must be pk1 (keyed) or pk2 (blind)"),
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
  /** A party key file declares another format than the one expected. */
  PARTY_KEYS_FORMAT("BARRIER-PRIV-0112",
      "a party key file is barrier-party-keys/1 (secret) or barrier-party-public/1 (public) as expected"),
  /** A party id has the wrong shape. */
  PARTY_ID("BARRIER-PRIV-0113",
      "a party id is 1 to 64 characters of a-z, 0-9 and . _ : / - and starts with a letter or digit"),
  /** Exchange key material has the wrong encoding or length, or is not a valid key. */
  PARTY_KEY_MATERIAL("BARRIER-PRIV-0114",
      "an exchange key is 32 bytes of canonical unpadded base64url and a valid key of its algorithm"),
  /** A key id is not the fingerprint of its key. */
  PARTY_KEY_ID("BARRIER-PRIV-0115", "an exchange key id is the fingerprint of its public key"),
  /** Unknown exchange key algorithm. */
  PARTY_KEY_ALGORITHM("BARRIER-PRIV-0116",
      "the signing key algorithm is Ed25519 and the encryption key algorithm DHKEM-X25519-HKDF-SHA256"),
  /** A combined keys file breaks its format. */
  KEYS_FILE("BARRIER-PRIV-0117",
      "a keys file is barrier-keys/1: one party's pseudonym key set and exchange keys, for the same party"),
  /** A shared pseudonym key set breaks its format or rules. */
  SHARED_KEY_SET("BARRIER-PRIV-0118",
      "a shared key set is a valid barrier.shared-key-set/1 message whose custodian is not its recipient"),
  /** An exchange key cannot be rotated or revoked that way, or a retired key entry breaks its rules. */
  PARTY_KEY_ROTATION("BARRIER-PRIV-0120",
      "only a retired exchange key of the party can be revoked, and every retired key names its use, key and end"),
  /** A shared key set may not be imported: the importer is its recipient, or it is not newer. */
  SHARED_KEY_SET_IMPORT("BARRIER-PRIV-0119",
      "a shared key set is imported only by a party that is not its recipient, and only a newer version from the same custodian replaces one"),

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
  /** A checkpoint that is not a C2SP signed note of a tlog checkpoint, or over its limits. */
  AUDIT_CHECKPOINT("BARRIER-PRIV-0304",
      "a checkpoint is a C2SP signed note: origin, tree size, base64 root hash, a blank line, signature lines"),
  /** A checkpoint without a valid signature of the expected key. */
  AUDIT_CHECKPOINT_SIGNATURE("BARRIER-PRIV-0305",
      "a checkpoint must carry a valid signature of the trusted log key and of every required witness"),

  // ---- 04xx exchange envelope (eu.barrier.privacy.envelope) ----

  /** The message is not canonical JSON of the envelope schema. */
  ENVELOPE_MALFORMED("BARRIER-PRIV-0401",
      "a message is RFC 8785 canonical JSON of the documented envelope schema"),
  /** The envelope version is not one this library opens. */
  ENVELOPE_VERSION("BARRIER-PRIV-0402", "the envelope version must be 1"),
  /** This party and its encryption key are not among the recipients. */
  ENVELOPE_NOT_ADDRESSED("BARRIER-PRIV-0403",
      "the message must name this party and its encryption key id as a recipient"),
  /** The message has expired. */
  ENVELOPE_EXPIRED("BARRIER-PRIV-0404", "the message must not be expired (60 seconds of clock skew allowed)"),
  /** The message was issued in the future. */
  ENVELOPE_NOT_YET_VALID("BARRIER-PRIV-0405",
      "the message must not be issued in the future (60 seconds of clock skew allowed)"),
  /** No trusted public key matches the sender. */
  ENVELOPE_UNKNOWN_SENDER("BARRIER-PRIV-0406",
      "the sender party id and signing key id must name a trusted public key"),
  /** Authenticated decryption failed: the ciphertext or the header was changed. */
  ENVELOPE_TAMPERED("BARRIER-PRIV-0407",
      "the ciphertext and the header must authenticate under the recipient's key (HPKE, AES-128-GCM)"),
  /** The signature does not verify. */
  ENVELOPE_BAD_SIGNATURE("BARRIER-PRIV-0408",
      "the sender's Ed25519 signature over the canonical header and payload must verify"),
  /** The message id was seen before. */
  ENVELOPE_REPLAY("BARRIER-PRIV-0409", "a message id is accepted only once"),
  /** A header field given to seal breaks its rule. */
  ENVELOPE_FIELD("BARRIER-PRIV-0410", "envelope header fields must follow the documented rules"),
  /** The payload given to seal is not a JSON object RFC 8785 can canonicalise. */
  ENVELOPE_PAYLOAD("BARRIER-PRIV-0411",
      "the payload is one JSON object with finite numbers and without lone surrogates"),
  /** The replay store could not be read or written, or is not in its format. */
  REPLAY_STORE("BARRIER-PRIV-0412", "the replay store must be readable, writable and in the documented format"),
  /** An authentic payload of a declared message type breaks its schema. */
  ENVELOPE_SCHEMA("BARRIER-PRIV-0413",
      "a payload whose header names a message type must be a valid message of that type"),
  /** The payload of an opened message could not be delivered; the message stays unconsumed. */
  ENVELOPE_DELIVERY("BARRIER-PRIV-0414",
      "an opened message counts as consumed only after its payload was delivered"),
  /** The message is under a retired key whose stated end has passed. */
  ENVELOPE_KEY_RETIRED("BARRIER-PRIV-0415",
      "a message signed with or sealed to a retired key opens only until the key's stated end"),
  /** The message is under a revoked key. */
  ENVELOPE_KEY_REVOKED("BARRIER-PRIV-0416", "a message signed with or sealed to a revoked key never opens"),

  // ---- 05xx exchange message types (eu.barrier.privacy.exchange) ----

  /** A message of a declared type breaks its schema or a rule of its record. */
  MESSAGE_INVALID("BARRIER-PRIV-0501", "a message of a declared type follows its JSON Schema and record rules"),
  /** A child-protection signal outside the care domain. */
  MESSAGE_CHILD_PROTECTION("BARRIER-PRIV-0502",
      "a report naming a child-protection catalogue is marked childProtection, and a report so marked has domain care"),
  /** An unknown message type in the barrier namespace, or a payload type that does not match the payload. */
  MESSAGE_TYPE("BARRIER-PRIV-0503",
      "a barrier. payload type is a known message type that the payload declares in its type member"),

  // ---- 06xx RFC 9497 oblivious pseudorandom functions (eu.barrier.privacy.oprf) ----

  /** An input or info of 2^16 - 1 bytes or more. */
  OPRF_INPUT_LENGTH("BARRIER-PRIV-0601", "an OPRF input and a POPRF info are at most 65534 bytes (RFC 9497: below 2^16 - 1)"),
  /** Bytes that are not a serialized element. */
  OPRF_ELEMENT("BARRIER-PRIV-0602",
      "an element is 33 bytes of compressed SEC1 encoding of a P-256 point other than the identity"),
  /** Bytes that are not a serialized scalar, or a zero private key. */
  OPRF_SCALAR("BARRIER-PRIV-0603",
      "a scalar is 32 bytes big-endian below the P-256 group order; a private key is not zero"),
  /** A batch of the wrong size, or an evaluation that does not match its batch. */
  OPRF_BATCH("BARRIER-PRIV-0604",
      "a batch holds 1 to 1000 elements; an evaluation holds as many, with a proof exactly in the verifiable modes"),
  /** The input hashes to the identity element (RFC 9497 InvalidInputError). */
  OPRF_INVALID_INPUT("BARRIER-PRIV-0605", "the input must not hash to the identity element (RFC 9497 InvalidInputError)"),
  /** The POPRF tweak is not invertible or the tweaked key is the identity. */
  OPRF_TWEAK("BARRIER-PRIV-0606",
      "the key and the info must give an invertible tweak and a tweaked key other than the identity (RFC 9497)"),
  /** The proof does not verify (RFC 9497 VerifyError). */
  OPRF_PROOF("BARRIER-PRIV-0607", "the evaluation proof must verify against the server's public key (RFC 9497 VerifyError)"),
  /** DeriveKeyPair found no non-zero scalar (RFC 9497 DeriveKeyPairError). */
  OPRF_DERIVE("BARRIER-PRIV-0608",
      "DeriveKeyPair takes a 32-byte seed and an info of at most 65534 bytes and finds a non-zero scalar in 256 tries"),

  // ---- 07xx blind pseudonyms and the pseudonym service protocol (eu.barrier.privacy.blind) ----

  /** An evaluation request that breaks its format. */
  BLIND_REQUEST("BARRIER-PRIV-0701",
      "an evaluation request is canonical JSON of barrier-oprf-request/1 with the documented members"),
  /** An evaluation response that breaks its format or does not answer the request. */
  BLIND_RESPONSE("BARRIER-PRIV-0702",
      "an evaluation response is JSON of barrier-oprf-response/1 that answers its request: same request id, key and count"),
  /** A service public key document that breaks its format. */
  BLIND_PUBLIC_KEYS("BARRIER-PRIV-0703",
      "service public keys are JSON of barrier-oprf-public/1: suite P256-SHA256, mode POPRF, one primary key, unique ids"),
  /** The service refused the request with a problem document. */
  BLIND_REFUSED("BARRIER-PRIV-0704", "the pseudonym service must accept the request; its problem document names the rule"),
  /** The service could not be reached or did not answer in time. */
  BLIND_TRANSPORT("BARRIER-PRIV-0705", "the pseudonym service must be reachable over HTTP and answer within the time limits"),
  /** The requested service key is not a usable key. */
  BLIND_KEY("BARRIER-PRIV-0706", "the service key id must name a primary or active key of the service"),
  /** A pinned service key differs from the one the service used. */
  BLIND_KEY_MISMATCH("BARRIER-PRIV-0707", "the service must evaluate with the public key the client pinned for that key id"),
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
