package eu.barrier.privacy.oprf;

import eu.barrier.privacy.PrivacyError;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.bouncycastle.math.ec.ECPoint;

/**
 * The server side of RFC 9497 for the suite P256-SHA256: BlindEvaluate (batched, with one DLEQ
 * proof per batch in the verifiable modes) and Evaluate, in the OPRF, VOPRF and POPRF modes.
 * Immutable and thread-safe.
 *
 * <p>Guarantees: received blinded elements are checked to be points of the group other than the
 * identity before the key touches them; batches hold 1 to {@value Oprf#MAX_BATCH} elements; infos
 * are limited to 65534 bytes.
 *
 * <p>Security note (RFC 9497 section 7.2): every evaluation is an oracle query on the key, and a
 * static Diffie-Hellman attack lowers the key's security by about log2(Q)/2 bits after Q queries.
 * A server must authenticate and rate-limit its clients; this class does neither.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class OprfServer {

  private final OprfMode mode;
  private final P256Sha256 group;
  private final OprfPrivateKey key;

  private OprfServer(OprfMode mode, OprfPrivateKey key) {
    this.mode = mode;
    this.group = new P256Sha256(mode);
    this.key = key;
  }

  /**
   * Creates a server.
   *
   * @param mode the mode
   * @param key the private key (derive it for this mode with {@link OprfPrivateKey#derive})
   * @return the server
   */
  public static OprfServer create(OprfMode mode, OprfPrivateKey key) {
    return new OprfServer(Objects.requireNonNull(mode, "mode"), Objects.requireNonNull(key, "key"));
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
   * Returns the public key pkS.
   *
   * @return 33 bytes
   */
  public byte[] publicKey() {
    return key.publicKey();
  }

  /**
   * BlindEvaluate in the OPRF or VOPRF mode (RFC 9497 sections 3.3.1 and 3.3.2).
   *
   * @param blindedElements 1 to {@value Oprf#MAX_BATCH} serialized elements
   * @param random the source of the proof nonce and of the randomised scalar representatives
   * @return the evaluated elements and, in the VOPRF mode, the proof
   * @throws OprfException for a batch of the wrong size or bytes that are not an element
   * @throws IllegalStateException in the POPRF mode, which needs an info
   */
  public Evaluation blindEvaluate(List<byte[]> blindedElements, SecureRandom random) {
    if (mode == OprfMode.POPRF) {
      throw new IllegalStateException("the POPRF mode evaluates with an info");
    }
    return blindEvaluate(blindedElements, null, null, random);
  }

  /**
   * BlindEvaluate in the POPRF mode (RFC 9497 section 3.3.3): evaluates under the key tweaked by the
   * public info and proves it against the tweaked public key.
   *
   * @param blindedElements 1 to {@value Oprf#MAX_BATCH} serialized elements
   * @param info the public info, at most 65534 bytes
   * @param random the source of the proof nonce and of the randomised scalar representatives
   * @return the evaluated elements and the proof
   * @throws OprfException for a batch of the wrong size, bytes that are not an element, an
   *     over-long info, or (practically never) an info whose tweak is not invertible
   * @throws IllegalStateException in another mode than POPRF
   */
  public Evaluation blindEvaluate(List<byte[]> blindedElements, byte[] info, SecureRandom random) {
    if (mode != OprfMode.POPRF) {
      throw new IllegalStateException("only the POPRF mode evaluates with an info");
    }
    return blindEvaluate(blindedElements, Objects.requireNonNull(info, "info"), null, random);
  }

  /** BlindEvaluate with a given proof nonce (the test vectors fix it) or a random one. */
  Evaluation blindEvaluate(List<byte[]> blindedElements, byte[] info, BigInteger proofNonce, SecureRandom random) {
    Objects.requireNonNull(blindedElements, "blindedElements");
    Objects.requireNonNull(random, "random");
    Oprf.checkBatch(blindedElements, "blinded elements");
    ECPoint[] blinded = new ECPoint[blindedElements.size()];
    for (int i = 0; i < blinded.length; i++) {
      blinded[i] = P256Sha256.deserialize(blindedElements.get(i));
      if (blinded[i] == null) {
        throw new OprfException(PrivacyError.OPRF_ELEMENT, "blinded element #" + (i + 1));
      }
    }
    BigInteger k = key.scalar();
    ECPoint proofKey = key.publicPoint();
    if (info != null) {
      BigInteger t = tweakedScalar(info);
      k = P256Sha256.inverseSecret(t);
      proofKey = P256Sha256.multiplyGenerator(t);
      // the proof is over t: t·Z_i = B_i, with pk = t·G
      OddMultiples tables = P256Sha256.secretTables(blinded);
      ECPoint[] evaluated = P256Sha256.multiplySecretAll(tables, k, random);
      byte[] proof = Dleq.generate(group, t, proofKey, evaluated, blinded, proofNonce, random,
          Dleq.Tables.ofD(tables, k));
      return Evaluation.ofTrusted(serializeAll(evaluated), proof);
    }
    OddMultiples tables = P256Sha256.secretTables(blinded);
    ECPoint[] evaluated = P256Sha256.multiplySecretAll(tables, k, random);
    byte[] proof = mode == OprfMode.VOPRF
        ? Dleq.generate(group, k, proofKey, blinded, evaluated, proofNonce, random, Dleq.Tables.ofC(tables))
        : null;
    return Evaluation.ofTrusted(serializeAll(evaluated), proof);
  }

  /**
   * Evaluate in the OPRF or VOPRF mode: the output for an input the server knows, equal to what a
   * client gets through Blind, BlindEvaluate and Finalize.
   *
   * @param input at most 65534 bytes
   * @return the output
   * @throws OprfException for an over-long input
   * @throws IllegalStateException in the POPRF mode
   */
  public byte[] evaluate(byte[] input) {
    if (mode == OprfMode.POPRF) {
      throw new IllegalStateException("the POPRF mode evaluates with an info");
    }
    return evaluate(input, null, key.scalar());
  }

  /**
   * Evaluate in the POPRF mode.
   *
   * @param input at most 65534 bytes
   * @param info the public info, at most 65534 bytes
   * @return the output
   * @throws OprfException for an over-long input or info
   * @throws IllegalStateException in another mode than POPRF
   */
  public byte[] evaluate(byte[] input, byte[] info) {
    if (mode != OprfMode.POPRF) {
      throw new IllegalStateException("only the POPRF mode evaluates with an info");
    }
    Objects.requireNonNull(info, "info");
    return evaluate(input, info, P256Sha256.inverseSecret(tweakedScalar(info)));
  }

  private byte[] evaluate(byte[] input, byte[] info, BigInteger k) {
    Objects.requireNonNull(input, "input");
    Oprf.checkLength(input, "input");
    ECPoint p = group.hashToGroup(input);
    if (p.isInfinity()) {
      throw new OprfException(PrivacyError.OPRF_INVALID_INPUT, "input");
    }
    ECPoint e = P256Sha256.multiplySecret(p, k, Randomness.get());
    return OprfClient.finalHash(input, info, P256Sha256.serialize(e));
  }

  /** t = skS + HashToScalar("Info" || I2OSP(len(info), 2) || info), not zero. */
  private BigInteger tweakedScalar(byte[] info) {
    Oprf.checkLength(info, "info");
    BigInteger t = key.scalar().add(OprfClient.tweak(group, info)).mod(P256Sha256.ORDER);
    if (t.signum() == 0) {
      throw new OprfException(PrivacyError.OPRF_TWEAK, "tweak");
    }
    return t;
  }

  private static List<byte[]> serializeAll(ECPoint[] points) {
    List<byte[]> out = new ArrayList<>(points.length);
    for (ECPoint p : points) {
      out.add(P256Sha256.serialize(p));
    }
    return out;
  }

  /**
   * Returns the mode; never key material.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "OprfServer[" + P256Sha256.IDENTIFIER + ", " + mode + "]";
  }
}
