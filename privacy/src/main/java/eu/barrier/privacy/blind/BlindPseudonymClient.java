package eu.barrier.privacy.blind;

import eu.barrier.core.id.Identifier;
import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.key.PartyKeys;
import eu.barrier.privacy.oprf.BlindedBatch;
import eu.barrier.privacy.oprf.OprfClient;
import eu.barrier.privacy.oprf.OprfException;
import eu.barrier.privacy.oprf.OprfMode;
import eu.barrier.privacy.oprf.OprfVerificationException;
import eu.barrier.privacy.pseudonym.Pseudonym;
import eu.barrier.privacy.pseudonym.PseudonymContext;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * A partner's client of a pseudonym service: turns typed identifiers into blind ({@code pk2})
 * pseudonyms without the partner holding any pseudonym key. For each batch it blinds the
 * identifiers (RFC 9497 POPRF, info = purpose and recipient), sends a request signed with the
 * partner's Ed25519 key, checks the service's proof against the service's public key and
 * unblinds.
 *
 * <p>Guarantees: the service receives blinded elements only, never an identifier; every result
 * is checked with the DLEQ proof against the service key expected for its key id (pinned with
 * {@link Builder#pinnedKeys}, else fetched once from {@code GET /v1/keys}); a failed check yields
 * no pseudonym. Two partners asking the same service for the same context get the same pseudonym
 * for the same identifier; the same identifier in another context gives an unlinkable one.
 *
 * <p>Thread-safe. Requests are sent one batch at a time.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class BlindPseudonymClient {

  /** The default number of identifiers per request. */
  public static final int DEFAULT_BATCH_SIZE = 100;

  /** The default time limit of one HTTP exchange. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"(BARRIER-[A-Z]{2,5}-[0-9]{4})\"");
  private static final int MAX_PROBLEM_BYTES = 16 * 1024;

  private final URI service;
  private final PartyKeys keys;
  private final int batchSize;
  private final Duration timeout;
  private final Clock clock;
  private final SecureRandom random;
  private final HttpClient http;
  private volatile ServicePublicKeys serviceKeys;

  private BlindPseudonymClient(Builder b) {
    this.service = b.service;
    this.keys = b.keys;
    this.batchSize = b.batchSize;
    this.timeout = b.timeout;
    this.clock = b.clock;
    this.random = b.random;
    this.serviceKeys = b.pinned;
    this.http = HttpClient.newBuilder().connectTimeout(b.timeout).followRedirects(HttpClient.Redirect.NEVER)
        .version(HttpClient.Version.HTTP_1_1).build();
  }

  /**
   * Starts a client.
   *
   * @param service the service's base URI, for example {@code http://127.0.0.1:8443}
   * @param keys the partner's exchange keys; the signing key signs every request
   * @return a builder
   */
  public static Builder builder(URI service, PartyKeys keys) {
    return new Builder(service, keys);
  }

  /**
   * Returns the service's public keys: the pinned ones, or those fetched once from {@code GET
   * /v1/keys}.
   *
   * @return the keys
   * @throws BlindPseudonymException if they cannot be fetched or break their format
   */
  public ServicePublicKeys serviceKeys() {
    ServicePublicKeys k = serviceKeys;
    if (k == null) {
      HttpRequest request = HttpRequest.newBuilder(service.resolve("/v1/keys")).timeout(timeout).GET().build();
      byte[] body = send(request, ServicePublicKeys.MAX_BYTES);
      k = ServicePublicKeys.parse(body);
      serviceKeys = k;
    }
    return k;
  }

  /**
   * Pseudonymises one identifier under the service's primary key.
   *
   * @param context purpose and recipient
   * @param identifier a valid identifier
   * @return its {@code pk2} pseudonym
   * @throws BlindPseudonymException if the service refuses, cannot be reached or answers wrongly
   */
  public Pseudonym pseudonymise(PseudonymContext context, Identifier identifier) {
    return pseudonymise(context, List.of(Objects.requireNonNull(identifier, "identifier"))).get(0);
  }

  /**
   * Pseudonymises identifiers under the service's primary key, in batches.
   *
   * @param context purpose and recipient
   * @param identifiers valid identifiers
   * @return their {@code pk2} pseudonyms, in input order
   * @throws BlindPseudonymException if the service refuses, cannot be reached or answers wrongly
   */
  public List<Pseudonym> pseudonymise(PseudonymContext context, List<Identifier> identifiers) {
    return pseudonymise(context, identifiers, serviceKeys().primary().id());
  }

  /**
   * Pseudonymises identifiers under one service key, for example the previous key during the
   * rotation overlap, to find pseudonyms stored before the rotation.
   *
   * @param context purpose and recipient
   * @param identifiers valid identifiers
   * @param keyId a primary or active service key id
   * @return their {@code pk2} pseudonyms under that key, in input order
   * @throws BlindPseudonymException with {@link PrivacyError#BLIND_KEY} if the key is not listed,
   *     or if the service refuses, cannot be reached or answers wrongly
   */
  public List<Pseudonym> pseudonymise(PseudonymContext context, List<Identifier> identifiers, int keyId) {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(identifiers, "identifiers");
    ServicePublicKeys.Key key = serviceKeys().find(keyId)
        .orElseThrow(() -> new BlindPseudonymException(PrivacyError.BLIND_KEY, "key id not listed by the service"));
    List<Pseudonym> out = new ArrayList<>(identifiers.size());
    for (int from = 0; from < identifiers.size(); from += batchSize) {
      List<Identifier> batch = identifiers.subList(from, Math.min(identifiers.size(), from + batchSize));
      Pending pending = prepare(context, batch, key);
      HttpRequest request = HttpRequest.newBuilder(service.resolve("/v1/evaluate")).timeout(timeout)
          .header("Content-Type", "application/json")
          .header(EvaluationRequest.SIGNATURE_HEADER, pending.signed.signature())
          .POST(HttpRequest.BodyPublishers.ofByteArray(pending.signed.body())).build();
      out.addAll(complete(pending, send(request, EvaluationResponse.MAX_BYTES)));
    }
    return out;
  }

  /** One prepared batch: the blinded batch and its signed request. */
  static final class Pending {
    final PseudonymContext context;
    final ServicePublicKeys.Key key;
    final OprfClient client;
    final BlindedBatch batch;
    final EvaluationRequest.Signed signed;
    final String requestId;

    Pending(PseudonymContext context, ServicePublicKeys.Key key, OprfClient client, BlindedBatch batch,
        EvaluationRequest.Signed signed) {
      this.context = context;
      this.key = key;
      this.client = client;
      this.batch = batch;
      this.signed = signed;
      this.requestId = EvaluationRequest.parse(signed.body()).requestId();
    }
  }

  Pending prepare(PseudonymContext context, List<Identifier> identifiers, ServicePublicKeys.Key key) {
    List<byte[]> inputs = new ArrayList<>(identifiers.size());
    for (Identifier id : identifiers) {
      inputs.add(BlindDerivation.input(Objects.requireNonNull(id, "identifier")));
    }
    OprfClient client = OprfClient.create(OprfMode.POPRF, key.publicKey());
    BlindedBatch batch = client.blind(inputs, BlindDerivation.info(context), random);
    EvaluationRequest.Signed signed =
        EvaluationRequest.sign(keys, key.id(), context, batch.blindedElements(), clock.instant(), random);
    return new Pending(context, key, client, batch, signed);
  }

  List<Pseudonym> complete(Pending pending, byte[] responseBody) {
    EvaluationResponse response = EvaluationResponse.parse(responseBody);
    if (!response.requestId().equals(pending.requestId) || response.keyId() != pending.key.id()
        || response.evaluation().size() != pending.batch.size()) {
      throw new BlindPseudonymException(PrivacyError.BLIND_RESPONSE, "the response does not answer the request");
    }
    byte[] expected = pending.key.publicKey();
    if (!MessageDigest.isEqual(response.publicKey(), expected)) {
      throw new BlindPseudonymException(PrivacyError.BLIND_KEY_MISMATCH, "key " + pending.key.id());
    }
    List<byte[]> outputs;
    try {
      outputs = pending.client.finalizeBatch(pending.batch, response.evaluation());
    } catch (OprfVerificationException e) {
      throw new BlindPseudonymException(PrivacyError.OPRF_PROOF, "key " + pending.key.id());
    } catch (OprfException e) {
      throw new BlindPseudonymException(PrivacyError.BLIND_RESPONSE, e.code());
    }
    String kid = BlindDerivation.kid(expected, BlindDerivation.info(pending.context));
    List<Pseudonym> out = new ArrayList<>(outputs.size());
    for (byte[] tag : outputs) {
      out.add(Pseudonym.ofBlind(kid, tag));
    }
    return out;
  }

  private byte[] send(HttpRequest request, int maxBytes) {
    HttpResponse<InputStream> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw new BlindPseudonymException(PrivacyError.BLIND_TRANSPORT, e.getClass().getSimpleName(), 0, null, null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BlindPseudonymException(PrivacyError.BLIND_TRANSPORT, "interrupted", 0, null, null);
    }
    int status = response.statusCode();
    byte[] body;
    try (InputStream in = response.body()) {
      body = in.readNBytes((status == 200 ? maxBytes : MAX_PROBLEM_BYTES) + 1);
    } catch (IOException e) {
      throw new BlindPseudonymException(PrivacyError.BLIND_TRANSPORT, "reading the answer", status, null, null);
    }
    if (status != 200) {
      Matcher m = CODE.matcher(new String(body, StandardCharsets.UTF_8));
      String code = m.find() ? m.group(1) : null;
      throw new BlindPseudonymException(PrivacyError.BLIND_REFUSED,
          "HTTP " + status + (code == null ? "" : ", problem " + code), status, code, null);
    }
    if (body.length > maxBytes) {
      throw new BlindPseudonymException(PrivacyError.BLIND_RESPONSE, "larger than " + maxBytes + " bytes");
    }
    return body;
  }

  /**
   * Returns the service and the party; never key material.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "BlindPseudonymClient[service=" + service + ", party=" + keys.partyId() + "]";
  }

  /** Builds a {@link BlindPseudonymClient}. */
  public static final class Builder {
    private final URI service;
    private final PartyKeys keys;
    private ServicePublicKeys pinned;
    private int batchSize = DEFAULT_BATCH_SIZE;
    private Duration timeout = DEFAULT_TIMEOUT;
    private Clock clock = Clock.systemUTC();
    private SecureRandom random = new SecureRandom();

    private Builder(URI service, PartyKeys keys) {
      this.service = Objects.requireNonNull(service, "service");
      this.keys = Objects.requireNonNull(keys, "keys");
      String scheme = service.getScheme();
      if (!"http".equals(scheme) && !"https".equals(scheme) || service.getHost() == null) {
        throw new IllegalArgumentException("the service URI is http or https with a host");
      }
    }

    /**
     * Pins the service's public keys: evaluations under any other key are refused.
     *
     * @param keys the keys, for example read from the file the service operator published
     * @return this
     */
    public Builder pinnedKeys(ServicePublicKeys keys) {
      this.pinned = Objects.requireNonNull(keys, "keys");
      return this;
    }

    /**
     * Sets the number of identifiers per request.
     *
     * @param size 1 to {@value EvaluationRequest#MAX_ELEMENTS}; the service may allow fewer
     * @return this
     */
    public Builder batchSize(int size) {
      if (size < 1 || size > EvaluationRequest.MAX_ELEMENTS) {
        throw new IllegalArgumentException("batch size from 1 to " + EvaluationRequest.MAX_ELEMENTS);
      }
      this.batchSize = size;
      return this;
    }

    /**
     * Sets the time limit of connecting and of one HTTP exchange.
     *
     * @param timeout a positive duration
     * @return this
     */
    public Builder timeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive");
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * Sets the clock of the requests' time of issue.
     *
     * @param clock the clock
     * @return this
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the source of blinds and request ids.
     *
     * @param random a secure random
     * @return this
     */
    public Builder random(SecureRandom random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     */
    public BlindPseudonymClient build() {
      return new BlindPseudonymClient(this);
    }
  }
}
