package eu.barrier.privacy.envelope;

import eu.barrier.core.json.JsonFormatException;
import eu.barrier.core.validation.Violation;
import eu.barrier.privacy.InsecureSecretAccess;
import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.SecretAccess;
import eu.barrier.privacy.audit.AuditAction;
import eu.barrier.privacy.audit.AuditEvent;
import eu.barrier.privacy.audit.AuditLog;
import eu.barrier.privacy.exchange.MessageType;
import eu.barrier.privacy.exchange.MessageValidationException;
import eu.barrier.privacy.exchange.Messages;
import eu.barrier.privacy.internal.ExchangeCrypto;
import eu.barrier.privacy.internal.Jcs;
import eu.barrier.privacy.internal.PrivacyJson;
import eu.barrier.privacy.key.PartyKeys;
import eu.barrier.privacy.key.PartyPublicKeys;
import eu.barrier.privacy.key.RetiredKey;
import eu.barrier.privacy.spi.ReplayStore;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.apiguardian.api.API;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seals and opens exchange messages: signed with Ed25519, encrypted per recipient with HPKE, with
 * a clear-text header that states purpose, legal basis, TLP handling and retention. The format is
 * specified in {@code docs/exchange-envelope.md}.
 *
 * <p><b>Seal</b>: the header and the payload are canonicalised with RFC 8785 and signed
 * (sign-then-encrypt); payload and signature are encrypted for each recipient with HPKE base mode
 * (DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-128-GCM), with the canonical header as associated
 * data and {@value #HPKE_INFO} as info.
 *
 * <p><b>Open</b> runs every check, in this order, and fails closed with {@link
 * EnvelopeVerificationException} naming the first that fails: canonical JSON of the schema
 * ({@link VerificationFailure#MALFORMED}), version ({@link VerificationFailure#UNSUPPORTED_VERSION}),
 * addressed to this party and key ({@link VerificationFailure#NOT_ADDRESSED}), not expired and
 * not issued in the future beyond {@link #CLOCK_SKEW} ({@link VerificationFailure#EXPIRED}, {@link
 * VerificationFailure#NOT_YET_VALID}), a trusted sender key ({@link
 * VerificationFailure#UNKNOWN_SENDER}), authenticated decryption ({@link
 * VerificationFailure#TAMPERED}), the signature ({@link VerificationFailure#BAD_SIGNATURE}), a
 * payload of a declared message type against its type ({@link
 * VerificationFailure#SCHEMA_VIOLATION}) and finally the message id against the {@link
 * ReplayStore} ({@link VerificationFailure#REPLAY}). No other exception escapes for any input
 * bytes; only an exception of the replay store itself (for example {@link FileReplayStore}'s) is
 * passed on, and the message is then not opened.
 *
 * <p><b>Message types</b>: a payload whose top-level {@code type} member names a {@link
 * MessageType} is validated when sealing ({@link MessageValidationException}) and the header's
 * {@code payloadType} is set to that type; other JSON objects are sealed as opaque payloads with
 * the parameters' payload type.
 *
 * <p>Guarantees: only the named recipients can read the payload; a recipient knows the payload
 * and header come unchanged from the holder of the sender's signing key; the header is visible to
 * anyone who carries the message. When an {@link AuditLog} is configured, seal, open and reject
 * append an entry with ids, counts and the reason code, never content.
 *
 * <p>Thread-safe if the configured clock, random source, replay store and audit log are.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Envelopes {

  /** The envelope format version. */
  public static final int VERSION = 1;

  /** The HPKE info string (ASCII). */
  public static final String HPKE_INFO = "barrier/envelope/v1";

  /** The clock skew tolerated when checking issue and expiry times. */
  public static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

  /** The longest validity of a message. */
  public static final Duration MAX_VALIDITY = Duration.ofDays(90);

  /** The most recipients of one message. */
  public static final int MAX_RECIPIENTS = 32;

  private static final byte[] INFO = HPKE_INFO.getBytes(StandardCharsets.US_ASCII);
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();
  private static final Set<String> MESSAGE = Set.of("header", "ciphertexts");
  private static final Set<String> SLOT = Set.of("enc", "ct");
  private static final Set<String> PLAINTEXT = Set.of("payload", "signature");
  private static final int TAG_LENGTH = 16;

  private final Clock clock;
  private final SecureRandom random;
  private final ReplayStore replayStore;
  private final AuditLog auditLog;

  private Envelopes(Builder b) {
    this.clock = b.clock;
    this.random = b.random;
    this.replayStore = b.replayStore != null ? b.replayStore : new InMemoryReplayStore(b.clock);
    this.auditLog = b.auditLog;
  }

  /**
   * Starts a configuration.
   *
   * @return a builder with the system UTC clock, a new {@link SecureRandom}, an {@link
   *     InMemoryReplayStore} and no audit log
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates an instance with the defaults of {@link #builder()}.
   *
   * @return the instance
   */
  public static Envelopes create() {
    return builder().build();
  }

  // ================================================================== seal

  /**
   * Seals a payload for recipients.
   *
   * @param sender the sender's keys; its signing key signs
   * @param recipients the recipients' public keys, 1 to {@value #MAX_RECIPIENTS}, no repeats
   * @param parameters purpose, legal basis, handling, retention, payload type and validity
   * @param payloadJson the payload: one JSON object, UTF-8
   * @return the header and the message bytes
   * @throws EnvelopeException with {@link PrivacyError#ENVELOPE_PAYLOAD} for a payload that is not
   *     one JSON object RFC 8785 can canonicalise, or {@link PrivacyError#ENVELOPE_FIELD} for a bad
   *     recipient list or a retention date before today
   * @throws MessageValidationException for a payload that declares a message type and is not a
   *     valid message of it, an unknown {@code barrier.} type, or a parameter payload type that
   *     differs from the declared one
   * @throws eu.barrier.privacy.audit.AuditException if an audit log is configured and cannot be
   *     written; the message is then not returned
   */
  public SealedEnvelope seal(PartyKeys sender, List<PartyPublicKeys> recipients, SealParameters parameters,
      byte[] payloadJson) {
    return seal(sender, recipients, parameters, payloadJson, UnaryOperator.identity());
  }

  /** Seal with a hook on the signature; tests use it to produce a bad signature deliberately. */
  SealedEnvelope seal(PartyKeys sender, List<PartyPublicKeys> recipients, SealParameters parameters,
      byte[] payloadJson, UnaryOperator<byte[]> signatureHook) {
    return seal(sender, recipients, parameters, payloadJson, signatureHook, true);
  }

  /**
   * Seal with a hook on the signature and, for tests of the open path, without the message type
   * check: the header then carries the parameters' payload type as given.
   */
  SealedEnvelope seal(PartyKeys sender, List<PartyPublicKeys> recipients, SealParameters parameters,
      byte[] payloadJson, UnaryOperator<byte[]> signatureHook, boolean checkMessageType) {
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(recipients, "recipients");
    Objects.requireNonNull(parameters, "parameters");
    Objects.requireNonNull(payloadJson, "payloadJson");
    JsonNode payload = readPayload(payloadJson);
    String payloadType = checkMessageType
        ? payloadType(payload, payloadJson, parameters.payloadType())
        : parameters.payloadType();
    if (recipients.isEmpty() || recipients.size() > MAX_RECIPIENTS) {
      throw EnvelopeException.field("recipients: 1 to 32");
    }
    List<PartyRef> refs = new ArrayList<>();
    Set<PartyRef> unique = new HashSet<>();
    for (int i = 0; i < recipients.size(); i++) {
      PartyPublicKeys r = Objects.requireNonNull(recipients.get(i), "recipients[" + i + "]");
      PartyRef ref = new PartyRef(r.partyId(), r.encryptionKeyId());
      if (!unique.add(ref)) {
        throw EnvelopeException.field("recipients[" + i + "]: repeated recipient");
      }
      refs.add(ref);
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    Instant expires = now.plus(parameters.validity()).truncatedTo(ChronoUnit.SECONDS);
    if (parameters.retainUntil().isBefore(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
      throw EnvelopeException.field("retainUntil: not before the day of sealing");
    }
    EnvelopeHeader header = new EnvelopeHeader(VERSION, randomUuid(),
        new PartyRef(sender.partyId(), sender.publicKeys().signingKeyId()), refs, now, expires,
        parameters.purpose(), parameters.legalBasis(), parameters.handling(), parameters.retainUntil(),
        payloadType);
    try {
      HeaderCodec.validate(header);
    } catch (HeaderCodec.Invalid e) {
      throw EnvelopeException.field(e.getMessage());
    }
    ObjectNode headerNode = HeaderCodec.toJson(header);
    byte[] aad = Jcs.canonicalize(headerNode);

    SecretAccess access = InsecureSecretAccess.get();
    byte[] seed = sender.signingKey(access).toByteArray(access);
    byte[] signed = null;
    byte[] plaintext = null;
    try {
      ObjectNode toSign = JsonNodeFactory.instance.objectNode();
      toSign.set("header", headerNode);
      toSign.set("payload", payload);
      signed = Jcs.canonicalize(toSign);
      byte[] signature = signatureHook.apply(ExchangeCrypto.sign(seed, signed));
      ObjectNode inner = JsonNodeFactory.instance.objectNode();
      inner.set("payload", payload);
      inner.put("signature", B64.encodeToString(signature));
      plaintext = Jcs.canonicalize(inner);

      ObjectNode message = JsonNodeFactory.instance.objectNode();
      message.set("header", headerNode);
      ArrayNode slots = message.putArray("ciphertexts");
      for (PartyPublicKeys r : recipients) {
        ExchangeCrypto.Sealed s = ExchangeCrypto.hpkeSeal(r.encryptionKey(), INFO, aad, plaintext, random);
        ObjectNode slot = slots.addObject();
        slot.put("enc", B64.encodeToString(s.enc()));
        slot.put("ct", B64.encodeToString(s.ct()));
      }
      byte[] bytes = Jcs.canonicalize(message);
      audit(AuditAction.SEAL, sender.partyId(), header, header.recipients().size() == 1 ? refs.get(0).party() : null,
          null, keyIds(header));
      return new SealedEnvelope(header, bytes);
    } finally {
      Arrays.fill(seed, (byte) 0);
      wipe(signed);
      wipe(plaintext);
    }
  }

  private static JsonNode readPayload(byte[] payloadJson) {
    JsonNode payload;
    try {
      payload = PrivacyJson.MESSAGES.read(payloadJson, JsonNode.class);
    } catch (JsonFormatException e) {
      throw new EnvelopeException(PrivacyError.ENVELOPE_PAYLOAD,
          "payload: not accepted by the strict JSON reader (" + e.code() + ") at " + (e.path().isEmpty() ? "/" : e.path()));
    }
    if (!payload.isObject()) {
      throw new EnvelopeException(PrivacyError.ENVELOPE_PAYLOAD, "payload: expected a JSON object");
    }
    try {
      Jcs.canonicalize(payload);
    } catch (Jcs.NotCanonicalisable e) {
      throw new EnvelopeException(PrivacyError.ENVELOPE_PAYLOAD, "payload: " + e.getMessage());
    }
    return payload;
  }

  /**
   * The header's payload type: the message type the payload declares (validated), or the
   * parameter for an opaque payload.
   */
  private static String payloadType(JsonNode payload, byte[] payloadJson, String requested) {
    Optional<MessageType> declared = Messages.declaredType(payload);
    if (declared.isPresent()) {
      MessageType type = declared.get();
      if (!requested.equals(SealParameters.DEFAULT_PAYLOAD_TYPE) && !requested.equals(type.id())) {
        throw new MessageValidationException(PrivacyError.MESSAGE_TYPE, List.of(new Violation("/type",
            PrivacyError.MESSAGE_TYPE.code(), "the payload type of the parameters differs from the declared type")));
      }
      List<Violation> violations = Messages.violations(payloadJson, type);
      if (!violations.isEmpty()) {
        throw new MessageValidationException(PrivacyError.MESSAGE_INVALID, violations);
      }
      return type.id();
    }
    if (requested.startsWith(MessageType.NAMESPACE)) {
      throw new MessageValidationException(PrivacyError.MESSAGE_TYPE, List.of(new Violation("/type",
          PrivacyError.MESSAGE_TYPE.code(), "a barrier. payload type needs a payload that declares it")));
    }
    return requested;
  }

  private UUID randomUuid() {
    byte[] b = new byte[16];
    random.nextBytes(b);
    b[6] = (byte) ((b[6] & 0x0f) | 0x40);
    b[8] = (byte) ((b[8] & 0x3f) | 0x80);
    long hi = 0;
    long lo = 0;
    for (int i = 0; i < 8; i++) {
      hi = (hi << 8) | (b[i] & 0xff);
      lo = (lo << 8) | (b[i + 8] & 0xff);
    }
    return new UUID(hi, lo);
  }

  // ================================================================== open

  /**
   * Opens a message: runs every check (see the class description) and returns the verified header
   * and payload.
   *
   * @param recipient this party's keys
   * @param trustedSenders the public keys of the senders this party accepts messages from
   * @param message the message bytes
   * @return the header and the payload
   * @throws EnvelopeVerificationException naming the first check that failed; nothing else is
   *     thrown for any message bytes
   * @throws eu.barrier.privacy.audit.AuditException if an audit log is configured and cannot be
   *     written; the payload is then not returned
   */
  public OpenedEnvelope open(PartyKeys recipient, Collection<PartyPublicKeys> trustedSenders, byte[] message)
      throws EnvelopeVerificationException {
    return open(recipient, trustedSenders, message, opened -> { });
  }

  /**
   * Opens a message and delivers its payload before the message counts as consumed: after every
   * other check, the open entry is written to the audit log, then {@code delivery} runs (for
   * example writing the payload durably), and only when it returns normally is the message id
   * recorded in the replay store, as one step of {@link ReplayStore#deliverOnce}. A delivery that
   * fails leaves the message unconsumed (it can be opened again), adds a reject entry with {@link
   * PrivacyError#ENVELOPE_DELIVERY} to the audit log, and its exception propagates.
   *
   * @param recipient this party's keys
   * @param trustedSenders the public keys of the senders this party accepts messages from
   * @param message the message bytes
   * @param delivery what to do with the opened message before it is recorded
   * @return the header and the payload
   * @throws EnvelopeVerificationException naming the first check that failed
   * @throws eu.barrier.privacy.audit.AuditException if an audit log is configured and cannot be
   *     written; the payload is then not delivered
   */
  public OpenedEnvelope open(PartyKeys recipient, Collection<PartyPublicKeys> trustedSenders, byte[] message,
      java.util.function.Consumer<OpenedEnvelope> delivery) throws EnvelopeVerificationException {
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(trustedSenders, "trustedSenders");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(delivery, "delivery");
    trustedSenders.forEach(k -> Objects.requireNonNull(k, "trustedSenders element"));
    EnvelopeHeader[] seen = new EnvelopeHeader[1];
    try {
      return openChecked(recipient, trustedSenders, message, seen, delivery);
    } catch (EnvelopeVerificationException e) {
      audit(AuditAction.REJECT, recipient.partyId(), seen[0], seen[0] == null ? null : seen[0].sender().party(),
          e.code(), seen[0] == null ? List.of() : keyIds(seen[0]));
      throw e;
    } catch (StoreFailure e) {
      // the replay store or the audit log failed: the message is not opened, their own exception says why
      throw (RuntimeException) e.getCause();
    } catch (DeliveryFailure e) {
      EnvelopeHeader h = seen[0];
      audit(AuditAction.REJECT, recipient.partyId(), h, h.sender().party(), PrivacyError.ENVELOPE_DELIVERY.code(),
          keyIds(h));
      throw (RuntimeException) e.getCause();
    } catch (RuntimeException | StackOverflowError e) {
      // fail closed: anything unexpected while reading untrusted bytes is a malformed message
      EnvelopeVerificationException ex = fail(VerificationFailure.MALFORMED, "unreadable message");
      audit(AuditAction.REJECT, recipient.partyId(), seen[0], null, ex.code(), List.of());
      throw ex;
    }
  }

  private OpenedEnvelope openChecked(PartyKeys me, Collection<PartyPublicKeys> trusted, byte[] message,
      EnvelopeHeader[] seen, java.util.function.Consumer<OpenedEnvelope> delivery) throws EnvelopeVerificationException {
    // 1. canonical JSON
    JsonNode root = readCanonical(message, "");
    // 2. container and version
    members(root, MESSAGE, "");
    JsonNode headerNode = root.get("header");
    if (!headerNode.isObject()) {
      throw fail(VerificationFailure.MALFORMED, "/header: expected an object");
    }
    Integer version = HeaderCodec.version(headerNode);
    if (version == null) {
      throw fail(VerificationFailure.MALFORMED, "/header/version: expected an integer");
    }
    if (version != VERSION) {
      throw fail(VerificationFailure.UNSUPPORTED_VERSION, "");
    }
    // 3. header schema
    EnvelopeHeader header;
    try {
      header = HeaderCodec.fromJson(headerNode);
    } catch (HeaderCodec.Invalid e) {
      throw fail(VerificationFailure.MALFORMED, e.getMessage());
    }
    seen[0] = header;
    JsonNode slots = root.get("ciphertexts");
    if (!slots.isArray() || slots.size() != header.recipients().size()) {
      throw fail(VerificationFailure.MALFORMED, "/ciphertexts: one per recipient");
    }
    byte[][] encs = new byte[slots.size()][];
    byte[][] cts = new byte[slots.size()][];
    for (int i = 0; i < slots.size(); i++) {
      String path = "/ciphertexts/" + i;
      members(slots.get(i), SLOT, path);
      encs[i] = base64(slots.get(i).get("enc"), path + "/enc");
      cts[i] = base64(slots.get(i).get("ct"), path + "/ct");
      if (encs[i].length != ExchangeCrypto.KEY_LENGTH || cts[i].length < TAG_LENGTH) {
        throw fail(VerificationFailure.MALFORMED, path + ": encapsulated key of 32 bytes, ciphertext with tag");
      }
    }
    // 4. addressed to me
    PartyRef mine = new PartyRef(me.partyId(), me.publicKeys().encryptionKeyId());
    int index = header.recipients().indexOf(mine);
    RetiredKey retiredMine = null;
    if (index < 0) {
      // sealed to one of my retired encryption keys?
      for (int i = 0; i < header.recipients().size() && retiredMine == null; i++) {
        PartyRef r = header.recipients().get(i);
        if (r.party().equals(me.partyId())) {
          retiredMine = me.publicKeys().retiredKey(RetiredKey.Use.ENCRYPTION, r.keyId()).orElse(null);
          index = retiredMine == null ? -1 : i;
        }
      }
      if (retiredMine == null) {
        throw fail(VerificationFailure.NOT_ADDRESSED, "");
      }
    }
    // 5. times
    Instant now = clock.instant();
    if (retiredMine != null) {
      retiredStillAccepted(retiredMine, now, "/header/recipients/" + index);
    }
    if (now.isAfter(header.expiresAt().plus(CLOCK_SKEW))) {
      throw fail(VerificationFailure.EXPIRED, "");
    }
    if (header.issuedAt().isAfter(now.plus(CLOCK_SKEW))) {
      throw fail(VerificationFailure.NOT_YET_VALID, "");
    }
    // 6. trusted sender key
    byte[] senderKey = null;
    RetiredKey retiredSender = null;
    for (PartyPublicKeys k : trusted) {
      if (k.partyId().equals(header.sender().party()) && k.signingKeyId().equals(header.sender().keyId())) {
        senderKey = k.signingKey();
        break;
      }
    }
    if (senderKey == null) {
      for (PartyPublicKeys k : trusted) {
        if (k.partyId().equals(header.sender().party()) && retiredSender == null) {
          retiredSender = k.retiredKey(RetiredKey.Use.SIGNING, header.sender().keyId()).orElse(null);
        }
      }
      if (retiredSender == null) {
        throw fail(VerificationFailure.UNKNOWN_SENDER, "");
      }
      retiredStillAccepted(retiredSender, now, "/header/sender");
      senderKey = retiredSender.publicKey();
    }
    // 7. authenticated decryption, the canonical header as associated data
    byte[] aad = Jcs.canonicalize(headerNode);
    SecretAccess access = InsecureSecretAccess.get();
    byte[] sk = (retiredMine == null
        ? me.encryptionKey(access)
        : me.retiredEncryptionKey(retiredMine.id(), access).orElseThrow(
            () -> fail(VerificationFailure.KEY_REVOKED, "/header/recipients: no private key kept"))).toByteArray(access);
    byte[] plaintext;
    try {
      plaintext = ExchangeCrypto.hpkeOpen(encs[index], sk, INFO, aad, cts[index]);
    } catch (GeneralSecurityException e) {
      throw fail(VerificationFailure.TAMPERED, "/ciphertexts/" + index);
    } finally {
      Arrays.fill(sk, (byte) 0);
    }
    byte[] signed = null;
    try {
      // 8. the signed content
      JsonNode inner = readCanonical(plaintext, "(plaintext)");
      members(inner, PLAINTEXT, "(plaintext)");
      JsonNode payload = inner.get("payload");
      if (!payload.isObject()) {
        throw fail(VerificationFailure.MALFORMED, "(plaintext)/payload: expected an object");
      }
      byte[] signature = base64(inner.get("signature"), "(plaintext)/signature");
      ObjectNode toVerify = JsonNodeFactory.instance.objectNode();
      toVerify.set("header", headerNode);
      toVerify.set("payload", payload);
      signed = Jcs.canonicalize(toVerify);
      if (!ExchangeCrypto.verify(senderKey, signed, signature)) {
        throw fail(VerificationFailure.BAD_SIGNATURE, "");
      }
      byte[] payloadBytes = Jcs.canonicalize(payload);
      // 9. a declared message type is valid
      Record read = checkMessageType(header.payloadType(), payload, payloadBytes);
      // 10. replay, only for authentic messages so that forgeries cannot fill the store; the audit
      // entry, then the delivery, happen before the id is recorded
      OpenedEnvelope opened = new OpenedEnvelope(header, payloadBytes, read);
      boolean first;
      try {
        first = replayStore.deliverOnce(me.partyId(), header.messageId(), header.expiresAt().plus(CLOCK_SKEW), () -> {
          try {
            audit(AuditAction.OPEN, me.partyId(), header, header.sender().party(), null, keyIds(header));
          } catch (RuntimeException e) {
            throw new StoreFailure(e);
          }
          try {
            delivery.accept(opened);
          } catch (RuntimeException e) {
            throw new DeliveryFailure(e);
          }
        });
      } catch (StoreFailure | DeliveryFailure e) {
        throw e;
      } catch (RuntimeException e) {
        throw new StoreFailure(e);
      }
      if (!first) {
        throw fail(VerificationFailure.REPLAY, "");
      }
      return opened;
    } finally {
      wipe(plaintext);
      wipe(signed);
    }
  }

  /** Refuses a retired key that is revoked or past its stated end. */
  private static void retiredStillAccepted(RetiredKey key, Instant now, String where)
      throws EnvelopeVerificationException {
    if (key.revoked()) {
      throw fail(VerificationFailure.KEY_REVOKED, where);
    }
    if (now.isAfter(key.until())) {
      throw fail(VerificationFailure.KEY_RETIRED, where);
    }
  }

  /** Checks a declared message type and returns the payload read as its record; null for an opaque payload. */
  private static Record checkMessageType(String payloadType, JsonNode payload, byte[] payloadBytes)
      throws EnvelopeVerificationException {
    Optional<MessageType> declared;
    try {
      declared = Messages.declaredType(payload);
    } catch (MessageValidationException e) {
      throw fail(VerificationFailure.SCHEMA_VIOLATION, "/type: unknown message type");
    }
    Optional<MessageType> named = MessageType.fromId(payloadType);
    if (named.isEmpty() && declared.isEmpty() && !payloadType.startsWith(MessageType.NAMESPACE)) {
      return null; // an opaque payload
    }
    if (named.isEmpty() || !named.equals(declared)) {
      throw fail(VerificationFailure.SCHEMA_VIOLATION, "/header/payloadType: does not match the payload's type");
    }
    try {
      // read once here; the record travels with the opened envelope, so readers need not read again
      return Messages.read(payloadBytes, named.get().recordType());
    } catch (MessageValidationException e) {
      List<Violation> violations = e.violations();
      Violation v = violations.get(0);
      throw fail(VerificationFailure.SCHEMA_VIOLATION, violations.size() + " violation(s); first at (payload)"
          + (v.path().isEmpty() ? "/" : v.path()) + " (" + v.code() + ")");
    }
  }

  /** Carries an exception of the delivery through the fail-closed catch of {@link #open}. */
  private static final class DeliveryFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DeliveryFailure(RuntimeException cause) {
      super(cause);
    }
  }

  /** Carries an exception of the replay store or audit log through the fail-closed catch of {@link #open}. */
  private static final class StoreFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StoreFailure(RuntimeException cause) {
      super(cause);
    }
  }

  private static JsonNode readCanonical(byte[] bytes, String where) throws EnvelopeVerificationException {
    JsonNode node;
    try {
      node = PrivacyJson.MESSAGES.read(bytes, JsonNode.class);
    } catch (JsonFormatException e) {
      throw fail(VerificationFailure.MALFORMED,
          where + (e.path().isEmpty() ? "/" : e.path()) + ": not accepted by the strict JSON reader (" + e.code() + ")");
    }
    byte[] canonical;
    try {
      canonical = Jcs.canonicalize(node);
    } catch (Jcs.NotCanonicalisable e) {
      throw fail(VerificationFailure.MALFORMED, where + ": " + e.getMessage());
    }
    if (!MessageDigest.isEqual(canonical, bytes)) {
      throw fail(VerificationFailure.MALFORMED, where + ": not in RFC 8785 canonical form");
    }
    return node;
  }

  private static void members(JsonNode n, Set<String> names, String path) throws EnvelopeVerificationException {
    if (n == null || !n.isObject()) {
      throw fail(VerificationFailure.MALFORMED, (path.isEmpty() ? "/" : path) + ": expected an object");
    }
    for (String name : n.propertyNames()) {
      if (!names.contains(name)) {
        throw fail(VerificationFailure.MALFORMED, (path.isEmpty() ? "/" : path) + ": unknown member");
      }
    }
    for (String name : names) {
      if (!n.has(name)) {
        throw fail(VerificationFailure.MALFORMED, path + "/" + name + ": missing");
      }
    }
  }

  private static byte[] base64(JsonNode n, String path) throws EnvelopeVerificationException {
    if (n == null || !n.isString()) {
      throw fail(VerificationFailure.MALFORMED, path + ": expected a string");
    }
    String s = n.stringValue();
    byte[] b;
    try {
      b = B64D.decode(s);
    } catch (IllegalArgumentException e) {
      throw fail(VerificationFailure.MALFORMED, path + ": not base64url");
    }
    if (!B64.encodeToString(b).equals(s)) {
      throw fail(VerificationFailure.MALFORMED, path + ": not canonical unpadded base64url");
    }
    return b;
  }

  private static EnvelopeVerificationException fail(VerificationFailure reason, String detail) {
    return new EnvelopeVerificationException(reason, detail);
  }

  // ================================================================== audit

  private static List<String> keyIds(EnvelopeHeader h) {
    List<String> ids = new ArrayList<>();
    ids.add("sig:" + h.sender().keyId());
    h.recipients().forEach(r -> ids.add("enc:" + r.keyId()));
    return ids;
  }

  private void audit(AuditAction action, String actor, EnvelopeHeader h, String counterpart, String reason,
      List<String> keyIds) {
    if (auditLog == null) {
      return;
    }
    AuditEvent.Builder b = AuditEvent.builder(action, actor);
    if (h != null) {
      b.purpose(h.purpose()).messageId(h.messageId().toString()).count(action == AuditAction.REJECT ? 0 : 1);
    }
    if (counterpart != null) {
      b.recipient(counterpart);
    }
    if (reason != null) {
      b.reason(reason).failures(1);
    }
    keyIds.forEach(b::keyId);
    auditLog.append(b.build());
  }

  private static void wipe(byte[] b) {
    if (b != null) {
      Arrays.fill(b, (byte) 0);
    }
  }

  @Override
  public String toString() {
    return "Envelopes[v" + VERSION + ", replayStore=" + replayStore.getClass().getSimpleName() + ", audit="
        + (auditLog != null) + "]";
  }

  /** Configures {@link Envelopes}. */
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private SecureRandom random = new SecureRandom();
    private ReplayStore replayStore;
    private AuditLog auditLog;

    private Builder() {}

    /**
     * Sets the clock for issue times and expiry checks.
     *
     * @param clock the clock
     * @return this
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the source of message ids and HPKE ephemeral keys.
     *
     * @param random a cryptographically strong source
     * @return this
     */
    public Builder random(SecureRandom random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /**
     * Sets the replay store (default: an {@link InMemoryReplayStore} on the clock).
     *
     * @param replayStore the store
     * @return this
     */
    public Builder replayStore(ReplayStore replayStore) {
      this.replayStore = Objects.requireNonNull(replayStore, "replayStore");
      return this;
    }

    /**
     * Sets the audit log that receives seal, open and reject entries (default: none).
     *
     * @param auditLog the log
     * @return this
     */
    public Builder auditLog(AuditLog auditLog) {
      this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
      return this;
    }

    /**
     * Builds the instance.
     *
     * @return the instance
     */
    public Envelopes build() {
      return new Envelopes(this);
    }
  }
}
