package eu.barrier.privacy.blind;

import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.internal.Jcs;
import eu.barrier.privacy.oprf.Evaluation;
import eu.barrier.privacy.oprf.Oprf;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A pseudonym service's answer to an {@link EvaluationRequest}, in the format {@value #FORMAT}:
 * the request id, the key id and public key used, the evaluated elements in request order and the
 * one DLEQ proof for the batch. The response needs no signature: the proof shows that the elements
 * were evaluated under the key whose public key it names, and the client checks that key against
 * the one it expects. Immutable.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class EvaluationResponse {

  /** The format tag. */
  public static final String FORMAT = "barrier-oprf-response/1";

  /** The largest response read. */
  public static final int MAX_BYTES = 128 * 1024;

  private static final Set<String> MEMBERS = Set.of("format", "requestId", "keyId", "publicKey", "elements", "proof");

  private final String requestId;
  private final int keyId;
  private final byte[] publicKey;
  private final Evaluation evaluation;

  private EvaluationResponse(String requestId, int keyId, byte[] publicKey, Evaluation evaluation) {
    this.requestId = requestId;
    this.keyId = keyId;
    this.publicKey = publicKey;
    this.evaluation = evaluation;
  }

  /**
   * Builds a response.
   *
   * @param requestId the request id answered
   * @param keyId the service key id used
   * @param publicKey its 33-byte public key; copied
   * @param evaluation the evaluated elements and the proof
   * @return the response
   */
  public static EvaluationResponse of(String requestId, int keyId, byte[] publicKey, Evaluation evaluation) {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(publicKey, "publicKey");
    Objects.requireNonNull(evaluation, "evaluation");
    if (evaluation.proof().isEmpty() || publicKey.length != Oprf.ELEMENT_LENGTH || keyId < 1) {
      throw new IllegalArgumentException("a POPRF evaluation with its proof, a key id and a 33-byte public key");
    }
    return new EvaluationResponse(requestId, keyId, publicKey.clone(), evaluation);
  }

  /**
   * Reads a response.
   *
   * @param json the body, at most {@value #MAX_BYTES} bytes
   * @return the response
   * @throws BlindPseudonymException with {@link PrivacyError#BLIND_RESPONSE} for anything that
   *     breaks the format, and for no other reason
   */
  public static EvaluationResponse parse(byte[] json) {
    Objects.requireNonNull(json, "json");
    if (json.length > MAX_BYTES) {
      throw new BlindPseudonymException(PrivacyError.BLIND_RESPONSE, "larger than " + MAX_BYTES + " bytes");
    }
    Wire w = Wire.read(json, PrivacyError.BLIND_RESPONSE, FORMAT, MEMBERS, false);
    String requestId = w.string("requestId");
    int keyId = w.keyId(w.node("keyId"), "/keyId");
    byte[] publicKey = w.bytes(w.node("publicKey"), "/publicKey", Oprf.ELEMENT_LENGTH);
    List<byte[]> elements = w.elements("elements", EvaluationRequest.MAX_ELEMENTS, Oprf.ELEMENT_LENGTH);
    byte[] proof = w.bytes(w.node("proof"), "/proof", Oprf.PROOF_LENGTH);
    return new EvaluationResponse(requestId, keyId, publicKey, Evaluation.of(elements, proof));
  }

  /**
   * Writes the response as RFC 8785 canonical JSON.
   *
   * @return the body
   */
  public byte[] toJson() {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("format", FORMAT);
    root.put("requestId", requestId);
    root.put("keyId", keyId);
    root.put("publicKey", Wire.B64.encodeToString(publicKey));
    ArrayNode a = root.putArray("elements");
    for (byte[] e : evaluation.elements()) {
      a.add(Wire.B64.encodeToString(e));
    }
    root.put("proof", Wire.B64.encodeToString(evaluation.proof().orElseThrow()));
    return Jcs.canonicalize(root);
  }

  /**
   * Returns the request id answered.
   *
   * @return the request id
   */
  public String requestId() {
    return requestId;
  }

  /**
   * Returns the service key id used.
   *
   * @return the key id
   */
  public int keyId() {
    return keyId;
  }

  /**
   * Returns the public key of the key used.
   *
   * @return a copy of the 33 bytes
   */
  public byte[] publicKey() {
    return publicKey.clone();
  }

  /**
   * Returns the evaluated elements and the proof.
   *
   * @return the evaluation
   */
  public Evaluation evaluation() {
    return evaluation;
  }

  /**
   * Returns the key id and the number of elements.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "EvaluationResponse[keyId=" + keyId + ", elements=" + evaluation.size() + "]";
  }
}
