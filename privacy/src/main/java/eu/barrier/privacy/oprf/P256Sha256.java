package eu.barrier.privacy.oprf;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
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
 *   <li>Secret scalars (the key and its POPRF tweak's inverse, a client's blind and its inverse,
 *       a proof nonce, the proof scalar in M = k⁻¹·Z): every multiplication of a variable point by
 *       one goes through {@link #multiplySecret}, {@link #multiplySecretAll} or {@link
 *       #multiplySecretEach}, that is through {@link RegularMultiplier}: a regular signed-digit
 *       recoding of width {@value #WINDOW_WIDTH} (every window w doublings and one addition,
 *       whatever the scalar), the odd multiples read with BouncyCastle's cache-safe table look-up
 *       (every entry read, the wanted one kept by masking), no branch on a bit of the scalar in
 *       Barrier's code, and the accumulator's projective coordinates randomised with a fresh
 *       secret point per call ({@link #randomMask}). Multiplications of the generator by a secret
 *       use BouncyCastle's fixed-point comb, which does the same additions for every scalar.
 *       Inverses of secret scalars use BouncyCastle's constant-time {@code modOddInverse}.
 *   <li>Public values (blinded and evaluated elements, the proof's composite weights d_i, the
 *       challenge, a received proof): {@link #multiplyPublic}, {@link #sumOfMultiplies} ({@link
 *       InterleavedSum}) and {@link #sumOfTwoMultiplies} use variable-time window-NAF code.
 * </ul>
 *
 * <p>Not guaranteed: BouncyCastle's field arithmetic for P-256 is not constant-time (its addition,
 * subtraction, doubling and the reduction after every multiplication branch on a carry or on a
 * comparison with p that stops at the first differing limb; read in the 1.87 jar with {@code
 * javap -c}), and its point addition branches on exceptional cases
 * (which the regular recoding reaches only for scalars within 2^(w+1) of 0 or of the order); Java's
 * {@code BigInteger}, through which every scalar passes (reduction, conversion to limbs), is not
 * constant-time; no timing or power measurement was made. See {@code
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
   * The window width of the regular multiplier for secret scalars, chosen by measurement
   * ({@code OprfProfile} in the benchmarks module; 4, 5 and 6 were compared).
   */
  static final int WINDOW_WIDTH = 4;

  /**
   * The window width of the NAF for public multi-scalar sums: 5, BouncyCastle's own choice for
   * 256-bit scalars, whose 8 odd multiples per point the regular multiplier's tables contain.
   */
  static final int SUM_WIDTH = 5;

  /** The most x-coordinates {@link #randomMask} draws (each is on the curve with probability about 1/2). */
  static final int MASK_TRIES = 256;

  private static final RegularMultiplier REGULAR = new RegularMultiplier(CURVE, ORDER, WINDOW_WIDTH);

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

  /**
   * A secret random point R, normalised: the mask with which {@link RegularMultiplier} randomises
   * the projective coordinates of its accumulators. R is the point with a uniformly random
   * x-coordinate and y even, found by decompressing random x until one is on the curve (about two
   * tries; a square root each, cheaper than a multiplication ρ·G). Its discrete logarithm is
   * never known, nor needed; the number of tries depends only on the random x values.
   *
   * @throws IllegalStateException if {@value #MASK_TRIES} draws give no point (about 2^-{@value
   *     #MASK_TRIES} for a working random source: a broken one, such as one that repeats its
   *     bytes, is refused instead of looping)
   */
  static ECPoint randomMask(SecureRandom random) {
    byte[] encoded = new byte[ELEMENT_LENGTH];
    for (int tries = 0; tries < MASK_TRIES; tries++) {
      random.nextBytes(encoded);
      encoded[0] = 0x02;
      try {
        ECPoint p = CURVE.decodePoint(encoded);
        if (!p.isInfinity()) {
          return p.normalize();
        }
      } catch (IllegalArgumentException notOnTheCurve) {
        // x above the field prime or x³ − 3x + b not a square: draw again
      }
    }
    throw new IllegalStateException("the random source gave no curve point in " + MASK_TRIES + " draws");
  }

  /** k·P for a secret k, with the regular multiplier and a fresh mask. */
  static ECPoint multiplySecret(ECPoint p, BigInteger k, SecureRandom random) {
    return multiplySecretEach(new ECPoint[] {p}, new BigInteger[] {k}, random)[0];
  }

  /**
   * The tables of odd multiples that {@link #multiplySecretAll(OddMultiples, BigInteger,
   * SecureRandom)} reads, normalised for the whole batch with one field inversion; {@link
   * #sumOfMultiplies(OddMultiples, BigInteger[])} can read them again.
   */
  static OddMultiples secretTables(ECPoint[] points) {
    return REGULAR.tables(points);
  }

  /** k·P_i for a secret k and every P_i, with the regular multiplier and one fresh mask. */
  static ECPoint[] multiplySecretAll(ECPoint[] points, BigInteger k, SecureRandom random) {
    return multiplySecretAll(secretTables(points), k, random);
  }

  /**
   * k·P_i for a secret k and every point of {@code tables}, with the regular multiplier (one
   * recoding of k for the batch) and one fresh mask; the products are normalised with one field
   * inversion.
   */
  static ECPoint[] multiplySecretAll(OddMultiples tables, BigInteger k, SecureRandom random) {
    BigInteger[] scalars = new BigInteger[tables.points()];
    Arrays.fill(scalars, k.mod(ORDER));
    return REGULAR.multiply(tables, scalars, randomMask(random));
  }

  /** k_i·P_i for secret scalars k_i, with the regular multiplier and one fresh mask for the batch. */
  static ECPoint[] multiplySecretEach(ECPoint[] points, BigInteger[] scalars, SecureRandom random) {
    BigInteger[] reduced = new BigInteger[scalars.length];
    for (int i = 0; i < scalars.length; i++) {
      reduced[i] = scalars[i].mod(ORDER);
    }
    return REGULAR.multiply(secretTables(points), reduced, randomMask(random));
  }

  /** k·P for a public k (proof verification, composites). */
  static ECPoint multiplyPublic(ECPoint p, BigInteger k) {
    return p.multiply(k).normalize();
  }

  /** a·P + b·Q for public scalars. */
  static ECPoint sumOfTwoMultiplies(ECPoint p, BigInteger a, ECPoint q, BigInteger b) {
    return ECAlgorithms.sumOfTwoMultiplies(p, a, q, b).normalize();
  }

  /** The sum of k_i·P_i for public scalars, normalised. */
  static ECPoint sumOfMultiplies(ECPoint[] points, BigInteger[] scalars) {
    if (points.length == 1) {
      return multiplyPublic(points[0], scalars[0]);
    }
    return sumOfMultiplies(OddMultiples.of(CURVE, points, 1 << (SUM_WIDTH - 2), false), scalars);
  }

  /**
   * The sum of k_i·P_i for public scalars and the points of {@code tables} (which may be the
   * tables of a secret multiplication: they hold public multiples of public points), normalised.
   */
  static ECPoint sumOfMultiplies(OddMultiples tables, BigInteger[] scalars) {
    return InterleavedSum.sum(CURVE, tables, scalars, SUM_WIDTH).normalize();
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
