package eu.barrier.privacy.blind;

import eu.barrier.privacy.InsecureSecretAccess;
import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.SecretAccess;
import eu.barrier.privacy.key.KeySet;
import eu.barrier.privacy.key.KeyStatus;
import eu.barrier.privacy.key.PseudonymKey;
import eu.barrier.privacy.oprf.Evaluation;
import eu.barrier.privacy.oprf.OprfMode;
import eu.barrier.privacy.oprf.OprfPrivateKey;
import eu.barrier.privacy.oprf.OprfServer;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A pseudonym service's POPRF keys, derived from the usable keys of a {@link KeySet}: for each
 * primary or active key with id {@code i} and 32-byte root key {@code K}, the POPRF key pair is
 * RFC 9497 {@code DeriveKeyPair(K, lp("barrier/pseudonym-service/v1") ‖ u32be(i))} in the POPRF
 * mode. The key set's life cycle is the service's rotation: add and promote a new key, keep the old
 * one active for the overlap (the service still evaluates under it when asked), then disable it.
 * Immutable and thread-safe.
 *
 * <p>Privacy guarantees: the keys never leave this object; {@link #toString()} shows key ids.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ServiceKeys {

  private final Map<Integer, OprfServer> servers; // primary first
  private final int primaryId;
  private final ServicePublicKeys publicKeys;

  private ServiceKeys(Map<Integer, OprfServer> servers, int primaryId, ServicePublicKeys publicKeys) {
    this.servers = servers;
    this.primaryId = primaryId;
    this.publicKeys = publicKeys;
  }

  /**
   * Derives the POPRF keys of every usable key of a key set.
   *
   * @param keySet the service's key set
   * @return the keys
   */
  public static ServiceKeys from(KeySet keySet) {
    Objects.requireNonNull(keySet, "keySet");
    SecretAccess access = InsecureSecretAccess.get();
    Map<Integer, OprfServer> servers = new LinkedHashMap<>();
    List<ServicePublicKeys.Key> published = new ArrayList<>();
    for (PseudonymKey key : keySet.usableKeys()) {
      OprfPrivateKey k = OprfPrivateKey.derive(OprfMode.POPRF, key.material(access).orElseThrow(),
          BlindDerivation.seedInfo(key.id()));
      OprfServer server = OprfServer.create(OprfMode.POPRF, k);
      servers.put(key.id(), server);
      published.add(new ServicePublicKeys.Key(key.id(), key.status() == KeyStatus.PRIMARY, server.publicKey()));
    }
    int primary = keySet.primary().id();
    return new ServiceKeys(java.util.Collections.unmodifiableMap(servers), primary, ServicePublicKeys.of(published));
  }

  /**
   * Returns the public keys, for {@code GET /v1/keys} and for partners to pin.
   *
   * @return the public keys
   */
  public ServicePublicKeys publicKeys() {
    return publicKeys;
  }

  /**
   * Returns the primary key id.
   *
   * @return the key id
   */
  public int primaryId() {
    return primaryId;
  }

  /**
   * Tells whether the service evaluates under a key id.
   *
   * @param keyId the key id
   * @return whether it names a primary or active key
   */
  public boolean isUsable(int keyId) {
    return servers.containsKey(keyId);
  }

  /**
   * Evaluates a request's blinded elements under the key it names, for its context. Checks
   * neither the signature, nor freshness, nor the rate: the service does that first.
   *
   * @param request a parsed request
   * @param random the source of the proof nonce
   * @return the response
   * @throws BlindPseudonymException with {@link PrivacyError#BLIND_KEY} if the key id is not usable
   * @throws eu.barrier.privacy.oprf.OprfException with {@code BARRIER-PRIV-0602} if an element is
   *     not a point of the group
   */
  public EvaluationResponse evaluate(EvaluationRequest request, SecureRandom random) {
    Objects.requireNonNull(request, "request");
    OprfServer server = servers.get(request.keyId());
    if (server == null) {
      throw new BlindPseudonymException(PrivacyError.BLIND_KEY, "key id of the request");
    }
    Evaluation evaluation = server.blindEvaluate(request.elements(), BlindDerivation.info(request.context()), random);
    return EvaluationResponse.of(request.requestId(), request.keyId(), server.publicKey(), evaluation);
  }

  /**
   * Returns the key ids; never key material.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "ServiceKeys[primary=" + primaryId + ", keys=" + servers.keySet() + "]";
  }
}
