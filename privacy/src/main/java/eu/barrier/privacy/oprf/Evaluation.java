package eu.barrier.privacy.oprf;

import eu.barrier.privacy.PrivacyError;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a server returns for a batch of blinded elements: the evaluated elements, in batch order,
 * and in the verifiable modes one proof for the whole batch. Immutable; holds serialized bytes
 * only, which the client checks in {@link OprfClient#finalizeBatch}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Evaluation {

  private final List<byte[]> elements;
  private final byte[] proof;

  private Evaluation(List<byte[]> elements, byte[] proof) {
    this.elements = elements;
    this.proof = proof;
  }

  /**
   * Builds an evaluation from received bytes.
   *
   * @param elements the evaluated elements, 1 to {@value Oprf#MAX_BATCH}; copied
   * @param proof the proof ({@value Oprf#PROOF_LENGTH} bytes) or {@code null} in the OPRF mode;
   *     copied
   * @return the evaluation
   * @throws OprfException with {@link PrivacyError#OPRF_BATCH} for an empty or over-long list
   */
  public static Evaluation of(List<byte[]> elements, byte[] proof) {
    Objects.requireNonNull(elements, "elements");
    Oprf.checkBatch(elements, "evaluated elements");
    List<byte[]> copy = new ArrayList<>(elements.size());
    for (byte[] e : elements) {
      copy.add(Objects.requireNonNull(e, "element").clone());
    }
    return new Evaluation(List.copyOf(copy), proof == null ? null : proof.clone());
  }

  static Evaluation ofTrusted(List<byte[]> elements, byte[] proof) {
    return new Evaluation(List.copyOf(elements), proof);
  }

  /**
   * Returns the evaluated elements.
   *
   * @return copies of the serialized elements, in batch order
   */
  public List<byte[]> elements() {
    List<byte[]> out = new ArrayList<>(elements.size());
    for (byte[] e : elements) {
      out.add(e.clone());
    }
    return out;
  }

  /**
   * Returns the number of evaluated elements.
   *
   * @return the batch size
   */
  public int size() {
    return elements.size();
  }

  List<byte[]> elementsTrusted() {
    return elements;
  }

  /**
   * Returns the proof.
   *
   * @return a copy of the serialized proof; empty in the OPRF mode
   */
  public Optional<byte[]> proof() {
    return Optional.ofNullable(proof).map(byte[]::clone);
  }

  /**
   * Returns the batch size and whether a proof is present.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "Evaluation[elements=" + elements.size() + ", proof=" + (proof != null) + "]";
  }
}
