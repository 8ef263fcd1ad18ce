package eu.barrier.privacy.blind;

import eu.barrier.privacy.InsecureSecretAccess;
import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.SecretAccess;
import eu.barrier.privacy.internal.ExchangeCrypto;
import eu.barrier.privacy.internal.Jcs;
import eu.barrier.privacy.key.PartyKeys;
import eu.barrier.privacy.key.PartyPublicKeys;
import eu.barrier.privacy.oprf.Oprf;
import eu.barrier.privacy.oprf.OprfMode;
import eu.barrier.privacy.pseudonym.PseudonymContext;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A partner's signed request to a pseudonym service: evaluate these blinded elements under this
 * service key for this context. The body is RFC 8785 canonical JSON of the format {@value
 * #FORMAT}; the partner signs {@code "barrier/oprf-request/v1" 0x00 ‖ body} with its Ed25519
 * signing key and sends the signature, base64url, in the header {@value #SIGNATURE_HEADER}.
 *
 * <p>A request is fresh from {@value #CLOCK_SKEW_SECONDS} seconds before its {@code issuedAt}
 * until {@value #MAX_AGE_SECONDS} seconds after it; its request id (16 random bytes) must be
 * accepted only once within that time. The request names the identifiers' context (public) but
 * holds no identifier: the elements are blinded. Immutable.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class EvaluationRequest {

  /** The format tag. */
  public static final String FORMAT = "barrier-oprf-request/1";

  /** The HTTP header that carries the signature. */
  public static final String SIGNATURE_HEADER = "Barrier-Signature";

  /** How long after {@code issuedAt} a request is accepted. */
  public static final int MAX_AGE_SECONDS = 120;

  /** How far {@code issuedAt} may lie in the future. */
  public static final int CLOCK_SKEW_SECONDS = 60;

  /** The most elements the protocol allows in one request (a service may allow fewer). */
  public static final int MAX_ELEMENTS = Oprf.MAX_BATCH;

  /** The largest body: {@value #MAX_ELEMENTS} elements and the other members. */
  public static final int MAX_BYTES = 64 * 1024;

  private static final byte[] SIGNING_LABEL = "barrier/oprf-request/v1\0".getBytes(StandardCharsets.US_ASCII);
  private static final Set<String> MEMBERS = Set.of("format", "suite", "mode", "party", "signingKeyId",
      "requestId", "issuedAt", "keyId", "purpose", "recipient", "elements");
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();

  private final String party;
  private final String signingKeyId;
  private final String requestId;
  private final Instant issuedAt;
  private final int keyId;
  private final PseudonymContext context;
  private final List<byte[]> elements;

  private EvaluationRequest(String party, String signingKeyId, String requestId, Instant issuedAt, int keyId,
      PseudonymContext context, List<byte[]> elements) {
    this.party = party;
    this.signingKeyId = signingKeyId;
    this.requestId = requestId;
    this.issuedAt = issuedAt;
    this.keyId = keyId;
    this.context = context;
    this.elements = elements;
  }

  /** A request body with its signature, ready to send. */
  public static final class Signed {
    private final byte[] body;
    private final String signature;

    private Signed(byte[] body, String signature) {
      this.body = body;
      this.signature = signature;
    }

    /**
     * Returns the body.
     *
     * @return a copy of the canonical JSON bytes
     */
    public byte[] body() {
      return body.clone();
    }

    /**
     * Returns the value of the {@value EvaluationRequest#SIGNATURE_HEADER} header.
     *
     * @return the base64url Ed25519 signature
     */
    public String signature() {
      return signature;
    }

    @Override
    public String toString() {
      return "Signed[" + body.length + " bytes]";
    }
  }

  /**
   * Builds and signs a request.
   *
   * @param keys the partner's exchange keys; the signing key signs
   * @param keyId the service key id
   * @param context purpose and recipient
   * @param elements 1 to {@value #MAX_ELEMENTS} blinded elements of 33 bytes
   * @param issuedAt the time of issue; truncated to seconds
   * @param random the source of the request id
   * @return the signed request
   */
  public static Signed sign(PartyKeys keys, int keyId, PseudonymContext context, List<byte[]> elements, Instant issuedAt,
      SecureRandom random) {
    Objects.requireNonNull(keys, "keys");
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(elements, "elements");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(random, "random");
    if (keyId < 1 || elements.isEmpty() || elements.size() > MAX_ELEMENTS) {
      throw new IllegalArgumentException("key id from 1 and 1 to " + MAX_ELEMENTS + " elements");
    }
    byte[] id = new byte[16];
    random.nextBytes(id);
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("format", FORMAT);
    root.put("suite", Oprf.SUITE);
    root.put("mode", OprfMode.POPRF.name());
    root.put("party", keys.partyId());
    root.put("signingKeyId", keys.publicKeys().signingKeyId());
    root.put("requestId", Wire.B64.encodeToString(id));
    root.put("issuedAt", issuedAt.truncatedTo(ChronoUnit.SECONDS).toString());
    root.put("keyId", keyId);
    root.put("purpose", context.purpose());
    root.put("recipient", context.recipient());
    ArrayNode a = root.putArray("elements");
    for (byte[] e : elements) {
      if (e.length != Oprf.ELEMENT_LENGTH) {
        throw new IllegalArgumentException("an element is 33 bytes");
      }
      a.add(Wire.B64.encodeToString(e));
    }
    byte[] body = Jcs.canonicalize(root);
    SecretAccess access = InsecureSecretAccess.get();
    byte[] seed = keys.signingKey(access).toByteArray(access);
    try {
      return new Signed(body, Wire.B64.encodeToString(ExchangeCrypto.sign(seed, signingInput(body))));
    } finally {
      Arrays.fill(seed, (byte) 0);
    }
  }

  private static byte[] signingInput(byte[] body) {
    byte[] m = new byte[SIGNING_LABEL.length + body.length];
    System.arraycopy(SIGNING_LABEL, 0, m, 0, SIGNING_LABEL.length);
    System.arraycopy(body, 0, m, SIGNING_LABEL.length, body.length);
    return m;
  }

  /**
   * Reads a request body. Does not check the signature, the time or the request id: see {@link
   * #verifySignature} and {@link #isFresh}.
   *
   * @param body the body, at most {@value #MAX_BYTES} bytes
   * @return the request
   * @throws BlindPseudonymException with {@link PrivacyError#BLIND_REQUEST} for anything that
   *     breaks the format, and for no other reason
   */
  public static EvaluationRequest parse(byte[] body) {
    Objects.requireNonNull(body, "body");
    if (body.length > MAX_BYTES) {
      throw new BlindPseudonymException(PrivacyError.BLIND_REQUEST, "larger than " + MAX_BYTES + " bytes");
    }
    Wire w = Wire.read(body, PrivacyError.BLIND_REQUEST, FORMAT, MEMBERS, true);
    if (!Oprf.SUITE.equals(w.string("suite")) || !OprfMode.POPRF.name().equals(w.string("mode"))) {
      throw w.fail("at /suite and /mode: expected P256-SHA256 and POPRF");
    }
    String party = w.string("party");
    if (!PartyPublicKeys.isValidPartyId(party)) {
      throw w.fail("at /party: not a party id");
    }
    String signingKeyId = w.string("signingKeyId");
    if (signingKeyId.length() != 16 || !eu.barrier.privacy.internal.Base32.isEncoded5(signingKeyId.substring(0, 8))
        || !eu.barrier.privacy.internal.Base32.isEncoded5(signingKeyId.substring(8))) {
      throw w.fail("at /signingKeyId: not a key id");
    }
    String requestId = w.string("requestId");
    byte[] id;
    try {
      id = B64D.decode(requestId);
    } catch (IllegalArgumentException e) {
      throw w.fail("at /requestId: not base64url");
    }
    if (id.length != 16 || !Wire.B64.encodeToString(id).equals(requestId)) {
      throw w.fail("at /requestId: not 16 bytes of canonical unpadded base64url");
    }
    Instant issuedAt;
    try {
      issuedAt = Instant.parse(w.string("issuedAt"));
    } catch (DateTimeParseException e) {
      throw w.fail("at /issuedAt: not an RFC 3339 UTC time");
    }
    if (!issuedAt.equals(issuedAt.truncatedTo(ChronoUnit.SECONDS)) || !issuedAt.toString().equals(w.string("issuedAt"))) {
      throw w.fail("at /issuedAt: not a UTC time in whole seconds");
    }
    int keyId = w.keyId(w.node("keyId"), "/keyId");
    String purpose = w.string("purpose");
    String recipient = w.string("recipient");
    if (!PseudonymContext.isValidLabel(purpose) || !PseudonymContext.isValidLabel(recipient)) {
      throw w.fail("at /purpose and /recipient: not context labels");
    }
    List<byte[]> elements = w.elements("elements", MAX_ELEMENTS, Oprf.ELEMENT_LENGTH);
    return new EvaluationRequest(party, signingKeyId, requestId, issuedAt, keyId, PseudonymContext.of(purpose, recipient),
        List.copyOf(elements));
  }

  /**
   * Checks the partner's signature over a body.
   *
   * @param body the body as received
   * @param signature the value of the {@value #SIGNATURE_HEADER} header, may be {@code null}
   * @param key the partner's trusted public keys
   * @return whether the signature is a valid Ed25519 signature of the body by the key
   */
  public static boolean verifySignature(byte[] body, String signature, PartyPublicKeys key) {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(key, "key");
    if (signature == null || signature.length() != 86) {
      return false;
    }
    byte[] sig;
    try {
      sig = B64D.decode(signature);
    } catch (IllegalArgumentException e) {
      return false;
    }
    return ExchangeCrypto.verify(key.signingKey(), signingInput(body), sig);
  }

  /**
   * Tells whether the request is fresh at {@code now}: issued at most {@value #CLOCK_SKEW_SECONDS}
   * seconds in the future and at most {@value #MAX_AGE_SECONDS} seconds ago.
   *
   * @param now the receiver's time
   * @return whether it may be accepted
   */
  public boolean isFresh(Instant now) {
    return !issuedAt.isAfter(now.plusSeconds(CLOCK_SKEW_SECONDS)) && !now.isAfter(keepUntil());
  }

  /**
   * Returns until when the request id must be remembered to refuse a replay.
   *
   * @return {@code issuedAt} plus {@value #MAX_AGE_SECONDS} seconds
   */
  public Instant keepUntil() {
    return issuedAt.plus(Duration.ofSeconds(MAX_AGE_SECONDS));
  }

  /**
   * Returns the partner's party id.
   *
   * @return the party id
   */
  public String party() {
    return party;
  }

  /**
   * Returns the id of the partner's signing key.
   *
   * @return 16 characters of base32
   */
  public String signingKeyId() {
    return signingKeyId;
  }

  /**
   * Returns the request id.
   *
   * @return 22 characters of base64url
   */
  public String requestId() {
    return requestId;
  }

  /**
   * Returns the time of issue.
   *
   * @return the time, in whole seconds
   */
  public Instant issuedAt() {
    return issuedAt;
  }

  /**
   * Returns the service key id asked for.
   *
   * @return the key id
   */
  public int keyId() {
    return keyId;
  }

  /**
   * Returns the context: purpose and recipient.
   *
   * @return the context
   */
  public PseudonymContext context() {
    return context;
  }

  /**
   * Returns the blinded elements.
   *
   * @return copies, in request order
   */
  public List<byte[]> elements() {
    List<byte[]> out = new ArrayList<>(elements.size());
    for (byte[] e : elements) {
      out.add(e.clone());
    }
    return out;
  }

  /**
   * Returns the number of elements.
   *
   * @return 1 to {@value #MAX_ELEMENTS}
   */
  public int size() {
    return elements.size();
  }

  /**
   * Returns the party, key id, context and size; never an element.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "EvaluationRequest[party=" + party + ", keyId=" + keyId + ", purpose=" + context.purpose() + ", recipient="
        + context.recipient() + ", elements=" + elements.size() + "]";
  }
}
