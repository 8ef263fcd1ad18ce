package eu.barrier.privacy.oprf;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.hash2curve.HashToCurveProfile;
import org.bouncycastle.crypto.hash2curve.HashToEllipticCurve;
import org.bouncycastle.crypto.hash2curve.OPRFHashToScalar;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.bouncycastle.util.BigIntegers;

/**
 * The prime-order group and hash functions of the RFC 9497 suite P256-SHA256 (section 4.3), wired
 * to BouncyCastle: the curve secp256r1 with BouncyCastle's custom field arithmetic, RFC 9380
 * hash-to-curve {@code P256_XMD:SHA-256_SSWU_RO_} for HashToGroup, RFC 9380 hash_to_field with
 * L = 48 for HashToScalar, SHA-256 for Hash. No primitive is implemented here.
 *
 * <p>Side channels, secret against public:
 *
 * <ul>
 *   <li>Secret scalars (the key and its POPRF tweak, a client's blind, a proof nonce): every
 *       multiplication of a variable point by one goes through {@link #multiplySecret} or {@link
 *       #multiplySecretAll}, which multiply by a freshly randomised representative {@code k + r·n}
 *       of the scalar ({@link #blindedRepresentative}: r of {@value #BLINDING_BITS} bits with the
 *       top bit set, drawn anew for every multiplication), so the sequence of doublings, additions
 *       and table look-ups of BouncyCastle's window-NAF multiplier is decorrelated from the scalar
 *       between runs. A shorter term would leave bits of the scalar weakly blinded with this group
 *       order (see {@link #BLINDING_BITS}). Multiplications of the generator by a secret use
 *       BouncyCastle's fixed-point comb, which does the same additions for every scalar. Inverses
 *       of secret scalars use BouncyCastle's constant-time {@code modOddInverse}.
 *   <li>Public values (blinded and evaluated elements, the proof's composite weights d_i, the
 *       challenge, a received proof): {@link #multiplyPublic}, {@link #sumOfMultiplies} and
 *       {@link #sumOfTwoMultiplies} use BouncyCastle's variable-time window-NAF code directly.
 * </ul>
 *
 * <p>Java's {@code BigInteger} arithmetic itself is not constant-time; see {@code
 * docs/blind-pseudonymisation.md}.
 */
final class P256Sha256 {

  /** The suite identifier of RFC 9497 section 4.3. */
  static final String IDENTIFIER = "P256-SHA256";

  /** Ne: the length of a serialized element (compressed SEC1). */
  static final int ELEMENT_LENGTH = 33;

  /** Ns: the length of a serialized scalar. */
  static final int SCALAR_LENGTH = 32;

  /** Nh: the length of the hash output. */
  static final int HASH_LENGTH = 32;

  private static final X9ECParameters PARAMETERS = CustomNamedCurves.getByName("secp256r1");
  static final ECCurve CURVE = PARAMETERS.getCurve();
  static final ECPoint GENERATOR = PARAMETERS.getG();
  static final BigInteger ORDER = PARAMETERS.getN();

  private static final FixedPointCombMultiplier COMB = new FixedPointCombMultiplier();

  /**
   * The length of the random term r of a blinded scalar {@code k + r·n}. The order n of P-256 is
   * {@code 2^256 - 2^224 + 2^192 - e} with e between 2^126 and 2^127, so r·n reaches bits 0 to
   * about |r| + 127 only through r·e, and bits 192 and up through the powers of two. A short r
   * leaves the bits of k between them the same, up to one borrow, in every blinded
   * representative, where averaging over many runs reads them as if unblinded: with r of 32 bits
   * bits 158 to 191, with 64 bits (the size usually quoted for orders without such structure)
   * still bits 190 and 191 for some keys; with 66 bits bit 191 flips in only about one run in
   * twenty. From 67 bits on every bit of the representative flips with a probability close to
   * one half (computed here; {@code OprfProperties} checks it); 68 leaves a bit of margin. The
   * weakness of short blinding terms for orders of special form is the subject of Fluhrer, IACR
   * ePrint 2015/801.
   */
  static final int BLINDING_BITS = 68;

  private final String contextString;
  private final HashToEllipticCurve hashToGroup;
  private final byte[] hashToScalarDst;

  /**
   * The group and hashes for one mode.
   *
   * @param mode the RFC 9497 mode; it is part of the context string
   */
  P256Sha256(OprfMode mode) {
    // contextString = "OPRFV1-" || I2OSP(mode, 1) || "-" || identifier
    this.contextString = "OPRFV1-" + (char) mode.id() + "-" + IDENTIFIER;
    this.hashToGroup = HashToEllipticCurve.getInstance(HashToCurveProfile.P256_XMD_SHA_256, "HashToGroup-" + contextString);
    this.hashToScalarDst = bytes("HashToScalar-" + contextString);
  }

  /** The context string as bytes (it holds the mode byte, which may be 0x00). */
  byte[] contextString() {
    return bytes(contextString);
  }

  static byte[] bytes(String latin1) {
    return latin1.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** HashToGroup: RFC 9380 hash_to_curve with the DST "HashToGroup-" || contextString. */
  ECPoint hashToGroup(byte[] message) {
    return importPoint(hashToGroup.hashToCurve(message));
  }

  /** HashToScalar with the default DST "HashToScalar-" || contextString. */
  BigInteger hashToScalar(byte[] message) {
    return hashToScalar(message, hashToScalarDst);
  }

  /** HashToScalar with an explicit DST (DeriveKeyPair uses "DeriveKeyPair" || contextString). */
  static BigInteger hashToScalar(byte[] message, byte[] dst) {
    return new OPRFHashToScalar(CURVE, new SHA256Digest(), 128).process(message, dst);
  }

  /** Hash: SHA-256. */
  static byte[] hash(byte[] message) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(message);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }

  /** A point of another curve instance (the hash-to-curve one) on this curve instance. */
  private static ECPoint importPoint(ECPoint p) {
    if (p.getCurve() == CURVE) {
      return p;
    }
    ECPoint q = p.normalize();
    if (q.isInfinity()) {
      return CURVE.getInfinity();
    }
    return CURVE.createPoint(q.getAffineXCoord().toBigInteger(), q.getAffineYCoord().toBigInteger());
  }

  /** RandomScalar: uniform in [1, n - 1]. */
  static BigInteger randomScalar(SecureRandom random) {
    return BigIntegers.createRandomInRange(BigInteger.ONE, ORDER.subtract(BigInteger.ONE), random);
  }

  /** ScalarMultGen: k·G with the fixed-point comb. */
  static ECPoint multiplyGenerator(BigInteger k) {
    return COMB.multiply(GENERATOR, k.mod(ORDER)).normalize();
  }

  /** k + r·n for a fresh random r of {@value #BLINDING_BITS} bits whose top bit is set. */
  static BigInteger blindedRepresentative(BigInteger k, SecureRandom random) {
    BigInteger r = new BigInteger(BLINDING_BITS, random).setBit(BLINDING_BITS - 1);
    return k.add(r.multiply(ORDER));
  }

  /** k·P for a secret k, through a randomised representative of k. */
  static ECPoint multiplySecret(ECPoint p, BigInteger k, SecureRandom random) {
    return p.multiply(blindedRepresentative(k, random)).normalize();
  }

  /**
   * k·P_i for a secret k and every P_i, each through its own randomised representative of k (a
   * batch never repeats one representative, so it gives no more runs of one scalar to average
   * than single requests do); the products are normalised together with one field inversion
   * (BouncyCastle's {@code normalizeAll}, Montgomery's trick, constant-time inversion).
   */
  static ECPoint[] multiplySecretAll(ECPoint[] points, BigInteger k, SecureRandom random) {
    ECPoint[] out = new ECPoint[points.length];
    for (int i = 0; i < points.length; i++) {
      out[i] = points[i].multiply(blindedRepresentative(k, random));
    }
    CURVE.normalizeAll(out);
    return out;
  }

  /** k·P for a public k (proof verification, composites). */
  static ECPoint multiplyPublic(ECPoint p, BigInteger k) {
    return p.multiply(k).normalize();
  }

  /** a·P + b·Q for public scalars. */
  static ECPoint sumOfTwoMultiplies(ECPoint p, BigInteger a, ECPoint q, BigInteger b) {
    return ECAlgorithms.sumOfTwoMultiplies(p, a, q, b).normalize();
  }

  /** The sum of k_i·P_i for public scalars. */
  static ECPoint sumOfMultiplies(ECPoint[] points, BigInteger[] scalars) {
    if (points.length == 1) {
      return multiplyPublic(points[0], scalars[0]);
    }
    return ECAlgorithms.sumOfMultiplies(points, scalars).normalize();
  }

  /** ScalarInverse for a secret scalar, in constant time. */
  static BigInteger inverseSecret(BigInteger k) {
    return BigIntegers.modOddInverse(ORDER, k);
  }

  /** SerializeElement: compressed SEC1, 33 bytes; never called on the identity. */
  static byte[] serialize(ECPoint p) {
    return p.getEncoded(true);
  }

  /**
   * DeserializeElement: 33 bytes of compressed SEC1 of a point on the curve other than the
   * identity.
   *
   * @return the point, or {@code null} if the bytes are not such an encoding
   */
  static ECPoint deserialize(byte[] encoded) {
    if (encoded == null || encoded.length != ELEMENT_LENGTH || (encoded[0] != 0x02 && encoded[0] != 0x03)) {
      return null;
    }
    try {
      ECPoint p = CURVE.decodePoint(encoded);
      return p.isInfinity() || !p.isValid() ? null : p.normalize();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** SerializeScalar: 32 bytes big-endian. */
  static byte[] serializeScalar(BigInteger k) {
    return BigIntegers.asUnsignedByteArray(SCALAR_LENGTH, k);
  }

  /**
   * DeserializeScalar: 32 bytes big-endian below the group order.
   *
   * @return the scalar, or {@code null} if the bytes are not such an encoding
   */
  static BigInteger deserializeScalar(byte[] encoded) {
    if (encoded == null || encoded.length != SCALAR_LENGTH) {
      return null;
    }
    BigInteger k = new BigInteger(1, encoded);
    return k.compareTo(ORDER) < 0 ? k : null;
  }
}
