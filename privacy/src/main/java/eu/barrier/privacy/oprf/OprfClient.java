package eu.barrier.privacy.oprf;

import eu.barrier.privacy.PrivacyError;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.bouncycastle.math.ec.ECPoint;

/**
 * The client side of RFC 9497 for the suite P256-SHA256: Blind and Finalize in the OPRF, VOPRF and
 * POPRF modes, batched. Immutable and thread-safe.
 *
 * <p>Guarantees: inputs and infos are limited to 65534 bytes; received elements are checked to be
 * points of the group other than the identity; in the verifiable modes the server's proof is
 * checked against the public key given at {@link #create} before any output is computed, and a
 * failed check yields no output at all.
 *
 * <p>Privacy guarantees: the server sees only blinded elements, which are uniformly random and
 * independent of the inputs; the blinds never leave the {@link BlindedBatch}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class OprfClient {

  private final OprfMode mode;
  private final P256Sha256 group;
  private final ECPoint serverKey;

  private OprfClient(OprfMode mode, ECPoint serverKey) {
    this.mode = mode;
    this.group = new P256Sha256(mode);
    this.serverKey = serverKey;
  }

  /**
   * Creates a client.
   *
   * @param mode the mode
   * @param serverPublicKey the server's public key pkS (33 bytes) in the VOPRF and POPRF modes;
   *     {@code null} in the OPRF mode
   * @return the client
   * @throws OprfException with {@link PrivacyError#OPRF_ELEMENT} if the public key is not an
   *     element
   * @throws IllegalArgumentException if a key is given in the OPRF mode or missing in another
   */
  public static OprfClient create(OprfMode mode, byte[] serverPublicKey) {
    Objects.requireNonNull(mode, "mode");
    if (mode.isVerifiable() != (serverPublicKey != null)) {
      throw new IllegalArgumentException("a server public key is needed exactly in the VOPRF and POPRF modes");
    }
    ECPoint key = null;
    if (serverPublicKey != null) {
      key = P256Sha256.deserialize(serverPublicKey);
      if (key == null) {
        throw new OprfException(PrivacyError.OPRF_ELEMENT, "server public key");
      }
    }
    return new OprfClient(mode, key);
  }

  /**
   * Returns the mode.
   *
   * @return the mode
   */
  public OprfMode mode() {
    return mode;
  }

  /**
   * Blind (RFC 9497 sections 3.3.1 and 3.3.2) for a batch of inputs, in the OPRF or VOPRF mode.
   *
   * @param inputs 1 to {@value Oprf#MAX_BATCH} inputs of at most 65534 bytes each; copied
   * @param random the source of the blinds
   * @return the batch
   * @throws OprfException for an over-long input or a batch of the wrong size
   * @throws IllegalStateException in the POPRF mode, which needs an info
   */
  public BlindedBatch blind(List<byte[]> inputs, SecureRandom random) {
    if (mode == OprfMode.POPRF) {
      throw new IllegalStateException("the POPRF mode blinds with an info");
    }
    return blind(inputs, null, null, random);
  }

  /**
   * Blind (RFC 9497 section 3.3.3) for a batch of inputs under a public info, in the POPRF mode.
   *
   * @param inputs 1 to {@value Oprf#MAX_BATCH} inputs of at most 65534 bytes each; copied
   * @param info the public info, at most 65534 bytes
   * @param random the source of the blinds
   * @return the batch
   * @throws OprfException for an over-long input or info, a batch of the wrong size, or
   *     (practically never) an info that makes the tweaked key the identity
   * @throws IllegalStateException in another mode than POPRF
   */
  public BlindedBatch blind(List<byte[]> inputs, byte[] info, SecureRandom random) {
    if (mode != OprfMode.POPRF) {
      throw new IllegalStateException("only the POPRF mode blinds with an info");
    }
    return blind(inputs, Objects.requireNonNull(info, "info"), null, random);
  }

  /** Blind with given blinds (the test vectors fix them) or random ones. */
  BlindedBatch blind(List<byte[]> inputs, byte[] info, List<BigInteger> fixedBlinds, SecureRandom random) {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(random, "random");
    Oprf.checkBatch(inputs, "inputs");
    ECPoint verificationKey = serverKey;
    byte[] infoCopy = null;
    if (info != null) {
      Oprf.checkLength(info, "info");
      infoCopy = info.clone();
      // tweakedKey = G.ScalarMultGen(m) + pkS, m = HashToScalar("Info" || I2OSP(len(info), 2) || info)
      ECPoint tweaked = P256Sha256.multiplyGenerator(tweak(group, infoCopy)).add(serverKey).normalize();
      if (tweaked.isInfinity()) {
        throw new OprfException(PrivacyError.OPRF_TWEAK, "tweaked key");
      }
      verificationKey = tweaked;
    }
    List<byte[]> copies = new ArrayList<>(inputs.size());
    BigInteger[] blinds = new BigInteger[inputs.size()];
    ECPoint[] blinded = new ECPoint[inputs.size()];
    for (int i = 0; i < inputs.size(); i++) {
      byte[] input = Objects.requireNonNull(inputs.get(i), "input").clone();
      Oprf.checkLength(input, "input #" + (i + 1));
      ECPoint p = group.hashToGroup(input);
      if (p.isInfinity()) {
        throw new OprfException(PrivacyError.OPRF_INVALID_INPUT, "input #" + (i + 1));
      }
      BigInteger blind = fixedBlinds != null ? fixedBlinds.get(i) : P256Sha256.randomScalar(random);
      copies.add(input);
      blinds[i] = blind;
      blinded[i] = p;
    }
    blinded = P256Sha256.multiplySecretEach(blinded, blinds, random);
    return new BlindedBatch(mode, List.copyOf(copies), blinds, blinded, infoCopy, verificationKey);
  }

  /**
   * Finalize (RFC 9497 sections 3.3.1 to 3.3.3): checks the proof in the verifiable modes, unblinds
   * and hashes, giving one output per input.
   *
   * @param batch the batch made by this client
   * @param evaluation the server's answer to {@link BlindedBatch#blindedElements()}
   * @return the outputs, {@value Oprf#OUTPUT_LENGTH} bytes each, in input order
   * @throws OprfVerificationException if the proof does not verify against the server's key
   * @throws OprfException with {@link PrivacyError#OPRF_BATCH} if the evaluation does not match the
   *     batch in size or proof, or {@link PrivacyError#OPRF_ELEMENT} if an evaluated element is not
   *     an element
   */
  public List<byte[]> finalizeBatch(BlindedBatch batch, Evaluation evaluation) throws OprfVerificationException {
    Objects.requireNonNull(batch, "batch");
    Objects.requireNonNull(evaluation, "evaluation");
    if (batch.mode() != mode) {
      throw new IllegalArgumentException("the batch was blinded in another mode");
    }
    List<byte[]> received = evaluation.elementsTrusted();
    byte[] proof = evaluation.proof().orElse(null);
    if (received.size() != batch.size() || mode.isVerifiable() != (proof != null)) {
      throw new OprfException(PrivacyError.OPRF_BATCH, "the evaluation does not match the batch");
    }
    ECPoint[] evaluated = new ECPoint[received.size()];
    for (int i = 0; i < evaluated.length; i++) {
      evaluated[i] = P256Sha256.deserialize(received.get(i));
      if (evaluated[i] == null) {
        throw new OprfException(PrivacyError.OPRF_ELEMENT, "evaluated element #" + (i + 1));
      }
    }
    if (mode == OprfMode.VOPRF
        && !Dleq.verify(group, batch.verificationKey(), batch.blinded(), evaluated, proof)) {
      throw new OprfVerificationException();
    }
    if (mode == OprfMode.POPRF
        && !Dleq.verify(group, batch.verificationKey(), evaluated, batch.blinded(), proof)) {
      throw new OprfVerificationException();
    }
    SecureRandom random = Randomness.get();
    BigInteger[] inverses = new BigInteger[evaluated.length];
    for (int i = 0; i < evaluated.length; i++) {
      inverses[i] = P256Sha256.inverseSecret(batch.blinds()[i]);
    }
    ECPoint[] unblinded = P256Sha256.multiplySecretEach(evaluated, inverses, random);
    List<byte[]> outputs = new ArrayList<>(evaluated.length);
    for (int i = 0; i < evaluated.length; i++) {
      outputs.add(finalHash(batch.inputs().get(i), batch.info(), P256Sha256.serialize(unblinded[i])));
    }
    return outputs;
  }

  /** m = HashToScalar("Info" || I2OSP(len(info), 2) || info). */
  static BigInteger tweak(P256Sha256 group, byte[] info) {
    ByteArrayOutputStream framed = new ByteArrayOutputStream(6 + info.length);
    framed.writeBytes(P256Sha256.bytes("Info"));
    Oprf.lengthPrefixed(framed, info);
    return group.hashToScalar(framed.toByteArray());
  }

  /** Hash(len(input) || input [|| len(info) || info] || len(element) || element || "Finalize"). */
  static byte[] finalHash(byte[] input, byte[] info, byte[] element) {
    ByteArrayOutputStream h = new ByteArrayOutputStream(input.length + element.length + 16);
    Oprf.lengthPrefixed(h, input);
    if (info != null) {
      Oprf.lengthPrefixed(h, info);
    }
    Oprf.lengthPrefixed(h, element);
    h.writeBytes(P256Sha256.bytes("Finalize"));
    return P256Sha256.hash(h.toByteArray());
  }

  /**
   * Returns the mode; holds no secret.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "OprfClient[" + P256Sha256.IDENTIFIER + ", " + mode + "]";
  }
}
