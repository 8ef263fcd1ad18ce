package eu.barrier.privacy.oprf;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.bouncycastle.math.ec.ECPoint;

/**
 * The client's state between {@link OprfClient#blind} and {@link OprfClient#finalizeBatch}: the
 * inputs, their secret blinds and the blinded elements to send, and in the POPRF mode the info and
 * the tweaked key. Use it once, with the client that made it.
 *
 * <p>Privacy guarantees: the inputs and blinds never leave this object; only {@link
 * #blindedElements()} (uniformly random group elements) are meant for the server; {@link
 * #toString()} shows the batch size only.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class BlindedBatch {

  private final OprfMode mode;
  private final List<byte[]> inputs;
  private final BigInteger[] blinds;
  private final ECPoint[] blinded;
  private final byte[] info;
  private final ECPoint verificationKey;

  BlindedBatch(OprfMode mode, List<byte[]> inputs, BigInteger[] blinds, ECPoint[] blinded, byte[] info,
      ECPoint verificationKey) {
    this.mode = mode;
    this.inputs = inputs;
    this.blinds = blinds;
    this.blinded = blinded;
    this.info = info;
    this.verificationKey = verificationKey;
  }

  /**
   * Returns the blinded elements to send to the server.
   *
   * @return serialized elements, in input order
   */
  public List<byte[]> blindedElements() {
    List<byte[]> out = new ArrayList<>(blinded.length);
    for (ECPoint p : blinded) {
      out.add(P256Sha256.serialize(p));
    }
    return out;
  }

  /**
   * Returns the number of inputs.
   *
   * @return the batch size
   */
  public int size() {
    return blinded.length;
  }

  /**
   * Returns the mode the batch was blinded for.
   *
   * @return the mode
   */
  public OprfMode mode() {
    return mode;
  }

  List<byte[]> inputs() {
    return inputs;
  }

  BigInteger[] blinds() {
    return blinds;
  }

  ECPoint[] blinded() {
    return blinded;
  }

  byte[] info() {
    return info;
  }

  ECPoint verificationKey() {
    return verificationKey;
  }

  /**
   * Returns the mode and batch size; never an input or a blind.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "BlindedBatch[" + mode + ", size=" + blinded.length + "]";
  }
}
