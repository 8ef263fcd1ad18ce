package eu.barrier.privacy.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.barrier.privacy.InsecureSecretAccess;
import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.SecretBytes;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

final class KeySetsTest {

  private static final String MATERIAL = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8"; // test-only: bytes 0..31

  private static String secret(String keys) {
    return "{\"format\":\"barrier-keyset/1\",\"keys\":[" + keys + "]}";
  }

  private static String key(int id, String status, String extra) {
    return "{\"id\":" + id + ",\"status\":\"" + status + "\",\"parameters\":\"HMAC_SHA256_V1\"" + extra + "}";
  }

  @Test
  void write_thenParse_roundTripsIdsStatusesAndMaterial() {
    SecureRandom random = new SecureRandom();
    KeySet ks = KeySet.generate(random).rotate(random).rotate(random);
    ks = ks.disable(ks.keys().get(1).id()).destroy(ks.keys().get(0).id());
    String json = KeySets.write(ks, InsecureSecretAccess.get());
    KeySet back = KeySets.parse(json, InsecureSecretAccess.get());
    assertThat(back.info()).isEqualTo(ks.info());
    for (int i = 0; i < ks.keys().size(); i++) {
      var a = ks.keys().get(i).material(InsecureSecretAccess.get());
      var b = back.keys().get(i).material(InsecureSecretAccess.get());
      assertThat(a.isPresent()).isEqualTo(b.isPresent());
      a.ifPresent(m -> assertThat(m.equalsSecret(b.orElseThrow())).isTrue());
    }
    assertThat(KeySets.write(back, InsecureSecretAccess.get())).isEqualTo(json);
  }

  @Test
  void writePublic_neverContainsMaterial_andParsesBack() {
    SecureRandom random = new SecureRandom();
    KeySet ks = KeySet.generate(random).rotate(random);
    String pub = KeySets.writePublic(ks);
    for (PseudonymKey k : ks.keys()) {
      byte[] m = k.material(InsecureSecretAccess.get()).orElseThrow().toByteArray(InsecureSecretAccess.get());
      assertThat(pub).doesNotContain(Base64.getUrlEncoder().withoutPadding().encodeToString(m));
    }
    assertThat(pub).doesNotContain("material").contains(KeySets.PUBLIC_FORMAT);
    assertThat(KeySets.parsePublic(pub)).isEqualTo(ks.info());
  }

  @Test
  void parsePublic_secretFile_isRejected() {
    String json = KeySets.write(KeySet.generate(new SecureRandom()), InsecureSecretAccess.get());
    assertCode(() -> KeySets.parsePublic(json), PrivacyError.KEYSET_SECRET_IN_PUBLIC);
    String sneaky = "{\"format\":\"barrier-keyset-public/1\",\"keys\":[" + key(1, "PRIMARY", ",\"material\":\"" + MATERIAL + "\"") + "]}";
    assertCode(() -> KeySets.parsePublic(sneaky), PrivacyError.KEYSET_SECRET_IN_PUBLIC);
  }

  @Test
  void parse_testOnlyMaterial_givesExpectedBytes() {
    KeySet ks = KeySets.parse(secret(key(7, "PRIMARY", ",\"material\":\"" + MATERIAL + "\"")), InsecureSecretAccess.get());
    byte[] expected = new byte[32];
    for (int i = 0; i < 32; i++) {
      expected[i] = (byte) i;
    }
    SecretBytes m = ks.primary().material(InsecureSecretAccess.get()).orElseThrow();
    assertThat(m.equalsSecret(SecretBytes.copyFrom(expected, InsecureSecretAccess.get()))).isTrue();
    assertThat(ks.primary().id()).isEqualTo(7);
  }

  @Test
  void parse_malformedInput_throwsTypedErrorWithoutMaterialInMessage() {
    String m = ",\"material\":\"" + MATERIAL + "\"";
    assertCode(() -> KeySets.parse("{", InsecureSecretAccess.get()), PrivacyError.KEYSET_SYNTAX);
    assertCode(() -> KeySets.parse(secret(key(1, "PRIMARY", m)) + " {}", InsecureSecretAccess.get()), PrivacyError.KEYSET_SYNTAX);
    assertCode(() -> KeySets.parse(secret(key(1, "PRIMARY", m + ",\"x\":1")), InsecureSecretAccess.get()), PrivacyError.KEYSET_SYNTAX);
    assertCode(() -> KeySets.parse(secret(key(1, "PRIMARY", m + m)), InsecureSecretAccess.get()), PrivacyError.KEYSET_SYNTAX);
    assertCode(() -> KeySets.parse("{\"format\":\"barrier-keyset/2\",\"keys\":[]}", InsecureSecretAccess.get()), PrivacyError.KEYSET_FORMAT);
    assertCode(() -> KeySets.parse(secret(key(1, "PRIMARY", "")), InsecureSecretAccess.get()), PrivacyError.KEYSET_MATERIAL);
    assertCode(() -> KeySets.parse(secret(key(1, "DESTROYED", m) + "," + key(2, "PRIMARY", m)), InsecureSecretAccess.get()), PrivacyError.KEYSET_MATERIAL);
    assertCode(() -> KeySets.parse(secret(key(1, "PRIMARY", ",\"material\":\"" + MATERIAL + "A\"")), InsecureSecretAccess.get()), PrivacyError.KEYSET_MATERIAL);
    assertCode(() -> KeySets.parse(secret(key(1, "PRIMARY", m) + "," + key(2, "PRIMARY", m)), InsecureSecretAccess.get()), PrivacyError.KEYSET_PRIMARY);
    assertCode(() -> KeySets.parse(secret(key(1, "PRIMARY", m) + "," + key(1, "ACTIVE", m)), InsecureSecretAccess.get()), PrivacyError.KEYSET_DUPLICATE_KEY_ID);
    assertCode(() -> KeySets.parse(secret(key(0, "PRIMARY", m)), InsecureSecretAccess.get()), PrivacyError.KEYSET_KEY_ID);
    assertCode(() -> KeySets.parse(secret(key(1, "ENABLED", m)), InsecureSecretAccess.get()), PrivacyError.KEYSET_STATUS);
    assertCode(() -> KeySets.parse(secret(key(1, "PRIMARY", m).replace("HMAC_SHA256_V1", "HMAC_MD5")), InsecureSecretAccess.get()), PrivacyError.KEYSET_PARAMETERS);
    // a broken token right after the material
    assertCode(() -> KeySets.parse(secret(key(1, "PRIMARY", m + "x")), InsecureSecretAccess.get()), PrivacyError.KEYSET_SYNTAX);
  }

  @Test
  void parse_withoutToken_throwsNpe() {
    assertThatThrownBy(() -> KeySets.parse("{}", null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("InsecureSecretAccess");
  }

  private static void assertCode(Runnable r, PrivacyError code) {
    assertThatThrownBy(r::run)
        .isInstanceOfSatisfying(KeySetException.class, e -> {
          assertThat(e.error()).isEqualTo(code);
          assertThat(e.getMessage()).doesNotContain(MATERIAL).doesNotContain(MATERIAL.substring(0, 12));
          assertThat(e.getCause()).isNull();
        });
  }
}
