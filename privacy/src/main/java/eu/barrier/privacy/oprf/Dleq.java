package eu.barrier.privacy.oprf;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.SecureRandom;
import org.bouncycastle.math.ec.ECPoint;

/**
 * The discrete-log-equality proof of RFC 9497 section 2.2, with the batched composites of section
 * 2.2.1: GenerateProof, VerifyProof, ComputeComposites and ComputeCompositesFast.
 */
final class Dleq {

  private Dleq() {}

  /** The composite elements M and Z. */
  private record Composites(ECPoint m, ECPoint z) {}

  /**
   * The prover's tables of odd multiples of one side of the proof, already built for the secret
   * multiplication of the blinded elements, so the composite over that side reuses them.
   *
   * @param tables the tables of C (when {@code ofC}) or of D
   * @param ofC whether the tables are of C
   * @param inverse when they are of D: the inverse of the proof scalar, the factor from Z to M
   */
  record Tables(OddMultiples tables, boolean ofC, BigInteger inverse) {

    /** Tables of C: M = Σ d_i·C_i from them, then Z = k·M. */
    static Tables ofC(OddMultiples tables) {
      return new Tables(tables, true, null);
    }

    /** Tables of D: Z = Σ d_i·D_i from them, then M = k⁻¹·Z (equal to Σ d_i·C_i when k·C_i = D_i). */
    static Tables ofD(OddMultiples tables, BigInteger inverse) {
      return new Tables(tables, false, inverse);
    }
  }

  /**
   * GenerateProof(k, A, B, C, D) with A = G.
   *
   * @param r the proof nonce; {@code null} draws a random one (the test vectors fix it)
   * @param tables the prover's tables of C or D, or {@code null}
   */
  static byte[] generate(P256Sha256 group, BigInteger k, ECPoint b, ECPoint[] c, ECPoint[] d, BigInteger r,
      SecureRandom random, Tables tables) {
    Composites mz = composites(group, b, c, d, k, random, tables);
    BigInteger nonce = r != null ? r : P256Sha256.randomScalar(random);
    ECPoint t2 = P256Sha256.multiplyGenerator(nonce);
    ECPoint t3 = P256Sha256.multiplySecret(mz.m(), nonce, random);
    BigInteger challenge = challenge(group, b, mz.m(), mz.z(), t2, t3);
    BigInteger s = nonce.subtract(challenge.multiply(k)).mod(P256Sha256.ORDER);
    return Oprf.concat(P256Sha256.serializeScalar(challenge), P256Sha256.serializeScalar(s));
  }

  /** VerifyProof(A, B, C, D, proof) with A = G; compares the challenge in constant time. */
  static boolean verify(P256Sha256 group, ECPoint b, ECPoint[] c, ECPoint[] d, byte[] proof) {
    if (proof == null || proof.length != Oprf.PROOF_LENGTH) {
      return false;
    }
    byte[] cBytes = java.util.Arrays.copyOfRange(proof, 0, P256Sha256.SCALAR_LENGTH);
    BigInteger challenge = P256Sha256.deserializeScalar(cBytes);
    BigInteger s = P256Sha256.deserializeScalar(java.util.Arrays.copyOfRange(proof, P256Sha256.SCALAR_LENGTH, Oprf.PROOF_LENGTH));
    if (challenge == null || s == null) {
      return false;
    }
    Composites mz = composites(group, b, c, d, null, null, null);
    ECPoint t2 = P256Sha256.sumOfTwoMultiplies(P256Sha256.GENERATOR, s, b, challenge);
    ECPoint t3 = P256Sha256.sumOfTwoMultiplies(mz.m(), s, mz.z(), challenge);
    if (t2.isInfinity() || t3.isInfinity()) {
      return false;
    }
    BigInteger expected = challenge(group, b, mz.m(), mz.z(), t2, t3);
    return MessageDigest.isEqual(P256Sha256.serializeScalar(expected), cBytes);
  }

  /**
   * ComputeCompositesFast when {@code k} is given (the prover: Z = k·M), ComputeComposites
   * otherwise (the verifier: Z = sum of d_i·D_i). Both give the same Z for an honest prover (D_i
   * = k·C_i); for a single element the prover takes the second form too, because d_0·D_0 has a
   * public scalar and a public point and so costs one plain multiplication instead of a blinded
   * one by k. M and Z are computed from public values (d_i, C_i, D_i) with variable-time code;
   * only Z = k·M involves the secret. With the prover's {@link Tables} of D, the sum is taken over
   * D instead (Z = Σ d_i·D_i) and M = k⁻¹·Z: the same two points for an honest prover, whose
   * tables of D are already built.
   */
  private static Composites composites(P256Sha256 group, ECPoint b, ECPoint[] c, ECPoint[] d, BigInteger k,
      SecureRandom random, Tables tables) {
    byte[] bm = P256Sha256.serialize(b);
    byte[] seedDst = Oprf.concat(P256Sha256.bytes("Seed-"), group.contextString());
    ByteArrayOutputStream seedTranscript = new ByteArrayOutputStream();
    Oprf.lengthPrefixed(seedTranscript, bm);
    Oprf.lengthPrefixed(seedTranscript, seedDst);
    byte[] seed = P256Sha256.hash(seedTranscript.toByteArray());
    BigInteger[] di = new BigInteger[c.length];
    for (int i = 0; i < c.length; i++) {
      ByteArrayOutputStream t = new ByteArrayOutputStream(2 + 32 + 2 + 2 * (2 + 33) + 9);
      Oprf.lengthPrefixed(t, seed);
      t.write(i >>> 8);
      t.write(i);
      Oprf.lengthPrefixed(t, P256Sha256.serialize(c[i]));
      Oprf.lengthPrefixed(t, P256Sha256.serialize(d[i]));
      t.writeBytes(P256Sha256.bytes("Composite"));
      di[i] = group.hashToScalar(t.toByteArray());
    }
    if (k == null || c.length == 1) {
      return new Composites(P256Sha256.sumOfMultiplies(c, di), P256Sha256.sumOfMultiplies(d, di));
    }
    if (tables != null && !tables.ofC()) {
      ECPoint z = P256Sha256.sumOfMultiplies(tables.tables(), di);
      return new Composites(P256Sha256.multiplySecret(z, tables.inverse(), random), z);
    }
    ECPoint m = tables != null ? P256Sha256.sumOfMultiplies(tables.tables(), di) : P256Sha256.sumOfMultiplies(c, di);
    return new Composites(m, P256Sha256.multiplySecret(m, k, random));
  }

  private static BigInteger challenge(P256Sha256 group, ECPoint b, ECPoint m, ECPoint z, ECPoint t2, ECPoint t3) {
    ByteArrayOutputStream t = new ByteArrayOutputStream(5 * 35 + 9);
    for (ECPoint p : new ECPoint[] {b, m, z, t2, t3}) {
      Oprf.lengthPrefixed(t, P256Sha256.serialize(p));
    }
    t.writeBytes(P256Sha256.bytes("Challenge"));
    return group.hashToScalar(t.toByteArray());
  }
}
