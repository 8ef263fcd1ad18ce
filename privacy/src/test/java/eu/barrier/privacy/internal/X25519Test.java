package eu.barrier.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.barrier.privacy.TestData;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.agreement.X25519Agreement;
import org.bouncycastle.crypto.hpke.HPKE;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.X25519PublicKeyParameters;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Wycheproof X25519 vectors against the primitive the exchange envelope uses: BouncyCastle's
 * {@link X25519Agreement} (what {@code org.bouncycastle.crypto.hpke.DHKEM} calls) and
 * {@link X25519PrivateKeyParameters#generateSecret} (what {@link ExchangeCrypto} calls).
 *
 * <p>What BouncyCastle does on the {@code acceptable} cases, asserted here: it computes the RFC
 * 7748 value for public keys on the twist and for non-canonical encodings (bit 255 ignored, u
 * reduced mod p), and throws {@link IllegalStateException} whenever the shared secret is all
 * zero (every low-order public key, canonical or not). HPKE's DHKEM therefore refuses low-order
 * keys on both sides (RFC 9180 section 7.1.4), and {@link ExchangeCrypto#isValidX25519PublicKey}
 * rejects the keys whose shared secret is all zero and every non-canonical encoding.
 */
final class X25519Test {

  private static final String FILE = "x25519_wycheproof_subset_v1.json";
  private static final byte[] INFO = "barrier/envelope/v1".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ZERO = new byte[32];

  private static HPKE suite() {
    return new HPKE(HPKE.mode_base, HPKE.kem_X25519_SHA256, HPKE.kdf_HKDF_SHA256, HPKE.aead_AES_GCM128);
  }

  /** The agreement as DHKEM computes it; {@code null} when BouncyCastle refuses. */
  private static byte[] agreement(byte[] privateKey, byte[] publicKey) {
    X25519Agreement agreement = new X25519Agreement();
    agreement.init(new X25519PrivateKeyParameters(privateKey, 0));
    byte[] out = new byte[agreement.getAgreementSize()];
    try {
      agreement.calculateAgreement(new X25519PublicKeyParameters(publicKey, 0), out, 0);
      return out;
    } catch (IllegalStateException e) {
      return null;
    }
  }

  /** The agreement as {@link ExchangeCrypto} computes it; {@code null} when BouncyCastle refuses. */
  private static byte[] generateSecret(byte[] privateKey, byte[] publicKey) {
    byte[] out = new byte[32];
    try {
      new X25519PrivateKeyParameters(privateKey, 0).generateSecret(new X25519PublicKeyParameters(publicKey, 0), out, 0);
      return out;
    } catch (IllegalStateException e) {
      return null;
    }
  }

  @Test
  void agreement_wycheproofSubset_computesRfc7748ValueOrRejectsAllZeroSecret() {
    JsonNode doc = TestData.vectors(FILE);
    List<String> failures = new ArrayList<>();
    int count = 0;
    int zero = 0;
    for (JsonNode group : doc.get("testGroups")) {
      assertThat(group.get("curve").stringValue()).isEqualTo("curve25519");
      for (JsonNode t : group.get("tests")) {
        count++;
        String id = "tcId " + t.get("tcId").intValue() + " (" + t.get("result").stringValue() + ")";
        byte[] pub = TestData.hex(t.get("public").stringValue());
        byte[] priv = TestData.hex(t.get("private").stringValue());
        byte[] shared = TestData.hex(t.get("shared").stringValue());
        byte[] viaAgreement = agreement(priv, pub);
        byte[] viaParameters = generateSecret(priv, pub);
        boolean allZero = Arrays.equals(shared, ZERO);
        if (allZero) {
          zero++;
          // RFC 7748 section 6.1 check: BouncyCastle throws instead of returning zeros
          if (viaAgreement != null || viaParameters != null) {
            failures.add(id + ": all-zero shared secret was not refused");
          }
        } else {
          // valid and acceptable (twist, non-canonical) alike: BouncyCastle computes the RFC value
          if (viaAgreement == null || !Arrays.equals(viaAgreement, shared)) {
            failures.add(id + ": X25519Agreement gave " + hex(viaAgreement));
          }
          if (viaParameters == null || !Arrays.equals(viaParameters, shared)) {
            failures.add(id + ": generateSecret gave " + hex(viaParameters));
          }
        }
        // our key check accepts exactly the canonical encodings that do not give an all-zero secret
        boolean expected = !allZero && canonical(pub);
        if (ExchangeCrypto.isValidX25519PublicKey(pub) != expected) {
          failures.add(id + ": isValidX25519PublicKey gave " + !expected);
        }
        if ("valid".equals(t.get("result").stringValue()) && allZero) {
          failures.add(id + ": a valid vector with an all-zero secret; the subset is not what the test expects");
        }
      }
    }
    assertThat(count).isEqualTo(doc.get("numberOfTests").intValue()).isEqualTo(doc.get("tcIdsIncluded").size());
    assertThat(zero).as("low-order cases in the subset").isGreaterThanOrEqualTo(18);
    assertThat(failures).isEmpty();
  }

  @Test
  void hpke_lowOrderRecipientKeyOrEncapsulation_isRefusedOnBothSides() {
    JsonNode doc = TestData.vectors(FILE);
    HPKE hpke = suite();
    AsymmetricCipherKeyPair kpE = hpke.deriveKeyPair(bytes(0x11));
    AsymmetricCipherKeyPair kpR = hpke.deriveKeyPair(bytes(0x22));
    byte[] skR = hpke.serializePrivateKey(kpR.getPrivate());
    List<String> failures = new ArrayList<>();
    int lowOrder = 0;
    for (JsonNode group : doc.get("testGroups")) {
      for (JsonNode t : group.get("tests")) {
        if (!Arrays.equals(TestData.hex(t.get("shared").stringValue()), ZERO)) {
          continue;
        }
        lowOrder++;
        String id = "tcId " + t.get("tcId").intValue();
        byte[] pub = TestData.hex(t.get("public").stringValue());
        // sender: Encap to a low-order recipient key (RFC 9180 section 7.1.4 requires the check)
        try {
          hpke.setupBaseS(new X25519PublicKeyParameters(pub, 0), INFO, kpE);
          failures.add(id + ": setupBaseS accepted a low-order recipient key");
        } catch (IllegalStateException expected) {
          // BouncyCastle: "X25519 agreement failed"
        }
        // receiver: Decap of a low-order encapsulated key
        try {
          hpke.setupBaseR(pub, kpR, INFO);
          failures.add(id + ": setupBaseR accepted a low-order encapsulated key");
        } catch (IllegalStateException expected) {
          // as above
        }
        // our wrapper turns the refusal into a GeneralSecurityException
        try {
          ExchangeCrypto.hpkeOpen(pub, skR, INFO, new byte[0], new byte[16]);
          failures.add(id + ": hpkeOpen accepted a low-order encapsulated key");
        } catch (GeneralSecurityException expected) {
          // refused
        }
      }
    }
    assertThat(lowOrder).isGreaterThanOrEqualTo(18);
    assertThat(failures).isEmpty();
  }

  @Test
  void hpkeOpen_encapsulationWithBit255Set_failsThoughTheDhValueIsTheSame() throws Exception {
    // RFC 7748 ignores bit 255, so the DH value does not change, but the KEM context binds the
    // bytes of enc: a flipped top bit is not a second valid encoding of the same message
    byte[] sk = bytes(0x33);
    byte[] pk = ExchangeCrypto.x25519PublicKey(sk);
    byte[] aad = {7};
    ExchangeCrypto.Sealed s = ExchangeCrypto.hpkeSeal(pk, INFO, aad, new byte[] {1, 2, 3}, new FixedRandom(0x44));
    assertThat(ExchangeCrypto.hpkeOpen(s.enc(), sk, INFO, aad, s.ct())).containsExactly(1, 2, 3);
    byte[] enc = s.enc().clone();
    enc[31] ^= (byte) 0x80;
    assertThat(generateSecret(sk, enc)).isEqualTo(generateSecret(sk, s.enc()));
    assertThatThrownBy(() -> ExchangeCrypto.hpkeOpen(enc, sk, INFO, aad, s.ct()))
        .isInstanceOf(GeneralSecurityException.class);
  }

  @Test
  void isValidX25519PublicKey_nonCanonicalEncoding_isRefused() throws Exception {
    // a non-canonical encoding must be refused: HPKE binds the raw bytes into the KEM context
    // while the recipient binds the canonical public key of its private key, so a message sealed
    // to it could not be opened, and the same key would get a second key id
    byte[] sk = bytes(0x55);
    byte[] pk = ExchangeCrypto.x25519PublicKey(sk);
    assertThat(ExchangeCrypto.isValidX25519PublicKey(pk)).isTrue();
    byte[] bit255 = pk.clone();
    bit255[31] ^= (byte) 0x80;
    assertThat(ExchangeCrypto.isValidX25519PublicKey(bit255)).isFalse();
    ExchangeCrypto.Sealed s = ExchangeCrypto.hpkeSeal(bit255, INFO, new byte[0], new byte[] {9}, new FixedRandom(0x66));
    assertThatThrownBy(() -> ExchangeCrypto.hpkeOpen(s.enc(), sk, INFO, new byte[0], s.ct()))
        .isInstanceOf(GeneralSecurityException.class);
    // u = p + 9 is the non-canonical form of the base point u = 9
    byte[] pPlus9 = new byte[32];
    Arrays.fill(pPlus9, (byte) 0xff);
    pPlus9[0] = (byte) (0xed + 9);
    pPlus9[31] = 0x7f;
    assertThat(canonical(pPlus9)).isFalse();
    assertThat(ExchangeCrypto.isValidX25519PublicKey(pPlus9)).isFalse();
  }

  /** Independent of the code under test: bit 255 clear and the little-endian u below 2^255 - 19. */
  private static boolean canonical(byte[] u) {
    byte[] be = new byte[32];
    for (int i = 0; i < 32; i++) {
      be[i] = u[31 - i];
    }
    java.math.BigInteger value = new java.math.BigInteger(1, be);
    java.math.BigInteger p = java.math.BigInteger.ONE.shiftLeft(255).subtract(java.math.BigInteger.valueOf(19));
    return !value.testBit(255) && value.compareTo(p) < 0;
  }

  private static byte[] bytes(int start) {
    byte[] b = new byte[32];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (start + i);
    }
    return b;
  }

  private static String hex(byte[] b) {
    return b == null ? "a refusal" : HexFormat.of().formatHex(b);
  }

  /** Deterministic bytes for the ephemeral key; test only. */
  private static final class FixedRandom extends java.security.SecureRandom {
    private static final long serialVersionUID = 1L;
    private final int start;

    FixedRandom(int start) {
      this.start = start;
    }

    @Override
    public void nextBytes(byte[] out) {
      for (int i = 0; i < out.length; i++) {
        out[i] = (byte) (start + i);
      }
    }
  }
}
