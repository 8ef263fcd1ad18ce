package eu.barrier.privacy.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.barrier.core.json.BarrierJson;
import eu.barrier.privacy.InsecureSecretAccess;
import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.SecretAccess;
import eu.barrier.privacy.SecretBytes;
import eu.barrier.privacy.TestData;
import eu.barrier.privacy.internal.Jcs;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

final class PartyKeyFilesTest {

  private static final SecretAccess ACCESS = InsecureSecretAccess.get();
  private static final PartyKeys KEYS = PartyKeys.generate("nl.gemeente.0363", new SecureRandom());
  private static final BarrierJson JSON = BarrierJson.create();

  private static String b64(byte[] b) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  private static String edit(String json, Consumer<ObjectNode> change) {
    ObjectNode root = (ObjectNode) JSON.read(json, JsonNode.class);
    change.accept(root);
    return new String(Jcs.canonicalize(root), StandardCharsets.UTF_8);
  }

  private static PrivacyError errorOf(Runnable r) {
    try {
      r.run();
    } catch (KeySetException e) {
      return e.error();
    }
    throw new AssertionError("expected KeySetException");
  }

  @Test
  void writeThenParse_secretForm_roundTrips() {
    String text = PartyKeyFiles.write(KEYS, ACCESS);
    PartyKeys back = PartyKeyFiles.parse(text, ACCESS);
    assertThat(back.publicKeys()).isEqualTo(KEYS.publicKeys());
    assertThat(back.signingKey(ACCESS).equalsSecret(KEYS.signingKey(ACCESS))).isTrue();
    assertThat(back.encryptionKey(ACCESS).equalsSecret(KEYS.encryptionKey(ACCESS))).isTrue();
    assertThat(text).startsWith("{\"encryption\":{\"algorithm\":\"DHKEM-X25519-HKDF-SHA256\"").endsWith("}\n");
  }

  @Test
  void writePublic_holdsNoPrivateKey_andRoundTrips() {
    String text = PartyKeyFiles.writePublic(KEYS.publicKeys());
    assertThat(text).doesNotContain("privateKey")
        .doesNotContain(b64(KEYS.signingKey(ACCESS).toByteArray(ACCESS)))
        .doesNotContain(b64(KEYS.encryptionKey(ACCESS).toByteArray(ACCESS)))
        .contains(KEYS.publicKeys().signingKeyId());
    assertThat(PartyKeyFiles.parsePublic(text)).isEqualTo(KEYS.publicKeys());
  }

  @Test
  void keyIds_areFingerprints_sixteenBase32Characters() {
    assertThat(KEYS.publicKeys().signingKeyId()).matches("[a-z2-7]{16}");
    assertThat(KEYS.publicKeys().encryptionKeyId()).matches("[a-z2-7]{16}").isNotEqualTo(KEYS.publicKeys().signingKeyId());
    PartyPublicKeys again = PartyPublicKeys.of("other.party", KEYS.publicKeys().signingKey(), KEYS.publicKeys().encryptionKey());
    assertThat(again.signingKeyId()).isEqualTo(KEYS.publicKeys().signingKeyId());
  }

  @Test
  void rfc8032Key_derivesTheRfcPublicKey() {
    byte[] seed = TestData.hex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    PartyKeys k = PartyKeys.of("test.party", SecretBytes.copyFrom(seed, ACCESS), SecretBytes.random(32, new SecureRandom()));
    assertThat(k.publicKeys().signingKey())
        .isEqualTo(TestData.hex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"));
  }

  @Test
  void parsePublic_secretFileOrPrivateMember_isSecretInPublic() {
    String secret = PartyKeyFiles.write(KEYS, ACCESS);
    assertThat(errorOf(() -> PartyKeyFiles.parsePublic(secret))).isEqualTo(PrivacyError.KEYSET_SECRET_IN_PUBLIC);
    String pub = PartyKeyFiles.writePublic(KEYS.publicKeys());
    String leaky = edit(pub, r -> ((ObjectNode) r.get("signing")).put("privateKey", "AAAA"));
    assertThat(errorOf(() -> PartyKeyFiles.parsePublic(leaky))).isEqualTo(PrivacyError.KEYSET_SECRET_IN_PUBLIC);
  }

  @Test
  void parse_brokenFiles_giveTheirCodes_andNeverQuoteMaterial() {
    String secret = PartyKeyFiles.write(KEYS, ACCESS);
    String pub = PartyKeyFiles.writePublic(KEYS.publicKeys());
    String material = b64(KEYS.signingKey(ACCESS).toByteArray(ACCESS));
    assertThat(errorOf(() -> PartyKeyFiles.parse("{", ACCESS))).isEqualTo(PrivacyError.KEYSET_SYNTAX);
    assertThat(errorOf(() -> PartyKeyFiles.parse(secret.replace("{\"encryption\"", "{\"x\":1,\"encryption\""), ACCESS)))
        .isEqualTo(PrivacyError.KEYSET_SYNTAX);
    assertThat(errorOf(() -> PartyKeyFiles.parse(pub, ACCESS))).isEqualTo(PrivacyError.PARTY_KEYS_FORMAT);
    assertThat(errorOf(() -> PartyKeyFiles.parse(edit(secret, r -> r.put("party", "Not A Party")), ACCESS)))
        .isEqualTo(PrivacyError.PARTY_ID);
    assertThat(errorOf(() -> PartyKeyFiles.parse(edit(secret, r -> ((ObjectNode) r.get("signing"))
        .put("id", "aaaaaaaaaaaaaaaa")), ACCESS))).isEqualTo(PrivacyError.PARTY_KEY_ID);
    assertThat(errorOf(() -> PartyKeyFiles.parse(edit(secret, r -> ((ObjectNode) r.get("signing"))
        .put("algorithm", "RSA")), ACCESS))).isEqualTo(PrivacyError.PARTY_KEY_ALGORITHM);
    assertThat(errorOf(() -> PartyKeyFiles.parse(edit(secret, r -> ((ObjectNode) r.get("signing"))
        .put("privateKey", material + "A")), ACCESS))).isEqualTo(PrivacyError.PARTY_KEY_MATERIAL);
    assertThat(errorOf(() -> PartyKeyFiles.parsePublic(edit(pub, r -> ((ObjectNode) r.get("encryption"))
        .put("publicKey", b64(new byte[32])))))).isEqualTo(PrivacyError.PARTY_KEY_MATERIAL);
    assertThat(errorOf(() -> PartyKeyFiles.parsePublic(edit(pub, r -> ((ObjectNode) r.get("signing"))
        .put("publicKey", b64(TestData.hex("ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")))))))
        .isEqualTo(PrivacyError.PARTY_KEY_MATERIAL);
    try {
      PartyKeyFiles.parse(edit(secret, r -> ((ObjectNode) r.get("signing")).put("privateKey", material + "A")), ACCESS);
    } catch (KeySetException e) {
      assertThat(e.getMessage()).doesNotContain(material).contains("/signing/privateKey");
    }
  }

  @Test
  void toString_showsIdsNeverMaterial() {
    String s = KEYS.toString() + KEYS.publicKeys();
    assertThat(s).contains("nl.gemeente.0363").contains(KEYS.publicKeys().encryptionKeyId())
        .doesNotContain(b64(KEYS.signingKey(ACCESS).toByteArray(ACCESS)))
        .doesNotContain(b64(KEYS.encryptionKey(ACCESS).toByteArray(ACCESS)))
        .doesNotContain(b64(KEYS.publicKeys().signingKey()));
  }

  @Test
  void partyId_rules() {
    assertThat(PartyPublicKeys.isValidPartyId("nl.gemeente.0363")).isTrue();
    assertThat(PartyPublicKeys.isValidPartyId("be.riec:limburg/team-1")).isTrue();
    assertThat(PartyPublicKeys.isValidPartyId("-x")).isFalse();
    assertThat(PartyPublicKeys.isValidPartyId("Upper")).isFalse();
    assertThat(PartyPublicKeys.isValidPartyId("a".repeat(65))).isFalse();
    assertThat(PartyPublicKeys.isValidPartyId("")).isFalse();
    assertThatThrownBy(() -> PartyKeys.generate("has space", new SecureRandom())).isInstanceOf(KeySetException.class)
        .hasMessageContaining("BARRIER-PRIV-0113").hasMessageNotContaining("has space");
  }
}
