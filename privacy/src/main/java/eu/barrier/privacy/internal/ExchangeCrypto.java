package eu.barrier.privacy.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.hpke.HPKE;
import org.bouncycastle.crypto.hpke.HPKEContext;
import org.bouncycastle.crypto.hpke.HPKEContextWithEncapsulation;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.X25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * The BouncyCastle wiring of the exchange envelope: Ed25519 (RFC 8032) and HPKE (RFC 9180) base
 * mode with DHKEM(X25519, HKDF-SHA256), HKDF-SHA256 and AES-128-GCM. Key ids are fingerprints of
 * public keys. No primitive is implemented here.
 */
public final class ExchangeCrypto {

  /** Length of every key and of an HPKE encapsulated key, in bytes. */
  public static final int KEY_LENGTH = 32;

  /** Length of an Ed25519 signature. */
  public static final int SIGNATURE_LENGTH = 64;

  private static final byte[] KID_LABEL = "barrier/kid/v1".getBytes(StandardCharsets.US_ASCII);

  private ExchangeCrypto() {}

  // ---------------------------------------------------------------- Ed25519

  /**
   * Derives the Ed25519 public key of a 32-byte private key (seed).
   *
   * @param seed the private key
   * @return the 32-byte public key
   */
  public static byte[] ed25519PublicKey(byte[] seed) {
    return new Ed25519PrivateKeyParameters(seed, 0).generatePublicKey().getEncoded();
  }

  /**
   * Tells whether 32 bytes are the encoding of a valid Ed25519 public key (a point of the curve).
   *
   * @param publicKey the bytes
   * @return whether BouncyCastle accepts the point
   */
  public static boolean isValidEd25519PublicKey(byte[] publicKey) {
    if (publicKey.length != KEY_LENGTH) {
      return false;
    }
    try {
      new Ed25519PublicKeyParameters(publicKey, 0);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * Signs with Ed25519 (pure, RFC 8032 section 5.1.6).
   *
   * @param seed the private key
   * @param message the message
   * @return the 64-byte signature
   */
  public static byte[] sign(byte[] seed, byte[] message) {
    Ed25519Signer signer = new Ed25519Signer();
    signer.init(true, new Ed25519PrivateKeyParameters(seed, 0));
    signer.update(message, 0, message.length);
    return signer.generateSignature();
  }

  /**
   * Verifies an Ed25519 signature (RFC 8032 section 5.1.7, with the check s &lt; L).
   *
   * @param publicKey the 32-byte public key
   * @param message the message
   * @param signature the signature; anything but 64 bytes fails
   * @return whether the signature is valid
   */
  public static boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
    if (signature.length != SIGNATURE_LENGTH || !isValidEd25519PublicKey(publicKey)) {
      return false;
    }
    Ed25519Signer verifier = new Ed25519Signer();
    verifier.init(false, new Ed25519PublicKeyParameters(publicKey, 0));
    verifier.update(message, 0, message.length);
    return verifier.verifySignature(signature);
  }

  // ---------------------------------------------------------------- X25519 and HPKE

  /**
   * Derives the X25519 public key of a 32-byte private key.
   *
   * @param privateKey the private key
   * @return the 32-byte public key
   */
  public static byte[] x25519PublicKey(byte[] privateKey) {
    return new X25519PrivateKeyParameters(privateKey, 0).generatePublicKey().getEncoded();
  }

  /**
   * Tells whether 32 bytes are an acceptable X25519 public key: the canonical encoding (bit 255
   * clear, u below 2^255 - 19) of a point that is not one of the small-order points giving an
   * all-zero shared secret with every private key. A non-canonical encoding is refused because
   * HPKE binds the raw bytes into the key schedule: a message sealed to it could not be opened,
   * and one key would have two key ids.
   *
   * @param publicKey the bytes
   * @return whether the key is usable
   */
  public static boolean isValidX25519PublicKey(byte[] publicKey) {
    if (publicKey.length != KEY_LENGTH || !isCanonicalX25519(publicKey)) {
      return false;
    }
    // a fixed private key: a small-order point gives the all-zero secret with every key
    byte[] probe = new byte[KEY_LENGTH];
    probe[0] = 8;
    byte[] secret = new byte[KEY_LENGTH];
    try {
      new X25519PrivateKeyParameters(probe, 0).generateSecret(new X25519PublicKeyParameters(publicKey, 0), secret, 0);
    } catch (IllegalStateException e) {
      return false; // BouncyCastle refuses an all-zero shared secret
    }
    return !MessageDigest.isEqual(secret, new byte[KEY_LENGTH]);
  }

  /** Little-endian u with bit 255 clear and u < p = 2^255 - 19. */
  private static boolean isCanonicalX25519(byte[] u) {
    if ((u[31] & 0x80) != 0) {
      return false;
    }
    // u >= p only for 0x7f ff .. ff followed by a low byte of at least 0xed
    if ((u[31] & 0xff) != 0x7f || (u[0] & 0xff) < 0xed) {
      return true;
    }
    for (int i = 1; i < 31; i++) {
      if ((u[i] & 0xff) != 0xff) {
        return true;
      }
    }
    return false;
  }

  /** A per-recipient HPKE result: the encapsulated key and the ciphertext. */
  public record Sealed(byte[] enc, byte[] ct) {}

  private static HPKE suite() {
    return new HPKE(HPKE.mode_base, HPKE.kem_X25519_SHA256, HPKE.kdf_HKDF_SHA256, HPKE.aead_AES_GCM128);
  }

  /**
   * Encrypts in HPKE base mode, single shot, with an ephemeral key from {@code random}.
   *
   * @param recipientPublicKey the recipient's X25519 public key
   * @param info the HPKE info
   * @param aad the associated data
   * @param plaintext the plaintext
   * @param random the source of the ephemeral key
   * @return encapsulated key and ciphertext
   */
  public static Sealed hpkeSeal(byte[] recipientPublicKey, byte[] info, byte[] aad, byte[] plaintext, SecureRandom random) {
    HPKE hpke = suite();
    byte[] ephemeral = new byte[KEY_LENGTH];
    random.nextBytes(ephemeral);
    try {
      X25519PrivateKeyParameters skE = new X25519PrivateKeyParameters(ephemeral, 0);
      AsymmetricCipherKeyPair kpE = new AsymmetricCipherKeyPair(skE.generatePublicKey(), skE);
      AsymmetricKeyParameter pkR = new X25519PublicKeyParameters(recipientPublicKey, 0);
      HPKEContextWithEncapsulation ctx = hpke.setupBaseS(pkR, info, kpE);
      return new Sealed(ctx.getEncapsulation(), ctx.seal(aad, plaintext));
    } catch (InvalidCipherTextException e) {
      throw new IllegalStateException("HPKE seal failed", e);
    } finally {
      Arrays.fill(ephemeral, (byte) 0);
    }
  }

  /**
   * Decrypts in HPKE base mode, single shot.
   *
   * @param enc the encapsulated key
   * @param recipientPrivateKey the recipient's X25519 private key
   * @param info the HPKE info
   * @param aad the associated data
   * @param ciphertext the ciphertext with its tag
   * @return the plaintext
   * @throws GeneralSecurityException if the encapsulated key is unusable or the ciphertext, the
   *     associated data or the info do not authenticate
   */
  public static byte[] hpkeOpen(byte[] enc, byte[] recipientPrivateKey, byte[] info, byte[] aad, byte[] ciphertext)
      throws GeneralSecurityException {
    if (enc.length != KEY_LENGTH) {
      throw new GeneralSecurityException("encapsulated key of the wrong length");
    }
    HPKE hpke = suite();
    try {
      X25519PrivateKeyParameters skR = new X25519PrivateKeyParameters(recipientPrivateKey, 0);
      AsymmetricCipherKeyPair kpR = new AsymmetricCipherKeyPair(skR.generatePublicKey(), skR);
      HPKEContext ctx = hpke.setupBaseR(enc, kpR, info);
      return ctx.open(aad, ciphertext);
    } catch (InvalidCipherTextException | RuntimeException e) {
      // RuntimeException: BouncyCastle signals an all-zero DH result with IllegalStateException
      throw new GeneralSecurityException("HPKE open failed");
    }
  }

  // ---------------------------------------------------------------- key ids

  /**
   * Computes the key id of a public key: the first 10 bytes of SHA-256("barrier/kid/v1" 0x00
   * algorithm 0x00 publicKey), in lower-case unpadded base32 (16 characters).
   *
   * @param algorithm the algorithm name, for example {@code Ed25519}
   * @param publicKey the public key
   * @return the key id
   */
  public static String keyId(String algorithm, byte[] publicKey) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(KID_LABEL);
      sha.update((byte) 0);
      sha.update(algorithm.getBytes(StandardCharsets.US_ASCII));
      sha.update((byte) 0);
      sha.update(publicKey);
      byte[] d = sha.digest();
      return Base32.encode5(Arrays.copyOfRange(d, 0, 5)) + Base32.encode5(Arrays.copyOfRange(d, 5, 10));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }
}
