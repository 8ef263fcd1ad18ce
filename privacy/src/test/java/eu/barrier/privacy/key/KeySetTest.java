package eu.barrier.privacy.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.barrier.privacy.InsecureSecretAccess;
import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.TestData;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

final class KeySetTest {

  private final SecureRandom random = new SecureRandom();

  @Test
  void generate_oneKey_isPrimaryWithMaterial() {
    KeySet ks = KeySet.generate(random);
    assertThat(ks.keys()).hasSize(1);
    assertThat(ks.primary().status()).isEqualTo(KeyStatus.PRIMARY);
    assertThat(ks.primary().hasMaterial()).isTrue();
    assertThat(ks.primary().parameters()).isSameAs(PseudonymParameters.HMAC_SHA256_V1);
  }

  @Test
  void rotate_twice_keepsOldKeysActiveAndNewPrimary() {
    KeySet one = KeySet.generate(random);
    KeySet three = one.rotate(random).rotate(random);
    assertThat(three.keys()).hasSize(3);
    assertThat(three.primary().id()).isEqualTo(three.keys().get(2).id());
    assertThat(three.usableKeys()).extracting(PseudonymKey::id)
        .containsExactly(three.keys().get(2).id(), three.keys().get(0).id(), three.keys().get(1).id());
    assertThat(one.keys()).hasSize(1); // unchanged
  }

  @Test
  void lifeCycle_disableEnableDestroy_changesStatusAndDropsMaterial() {
    KeySet ks = KeySet.generate(random).rotate(random);
    int old = ks.keys().get(0).id();
    KeySet disabled = ks.disable(old);
    assertThat(disabled.find(old).orElseThrow().status()).isEqualTo(KeyStatus.DISABLED);
    assertThat(disabled.usableKeys()).hasSize(1);
    assertThat(disabled.enable(old).find(old).orElseThrow().status()).isEqualTo(KeyStatus.ACTIVE);
    KeySet destroyed = disabled.destroy(old);
    PseudonymKey gone = destroyed.find(old).orElseThrow();
    assertThat(gone.status()).isEqualTo(KeyStatus.DESTROYED);
    assertThat(gone.hasMaterial()).isFalse();
    assertThat(gone.material(InsecureSecretAccess.get())).isEmpty();
  }

  @Test
  void promote_activeKey_swapsPrimary() {
    KeySet ks = KeySet.generate(random).addKey(random);
    int first = ks.keys().get(0).id();
    int second = ks.keys().get(1).id();
    KeySet promoted = ks.promote(second);
    assertThat(promoted.primary().id()).isEqualTo(second);
    assertThat(promoted.find(first).orElseThrow().status()).isEqualTo(KeyStatus.ACTIVE);
  }

  @Test
  void transitions_notAllowed_throwTransitionCode() {
    KeySet ks = KeySet.generate(random).rotate(random);
    int primary = ks.primary().id();
    int old = ks.keys().get(0).id();
    assertCode(() -> ks.disable(primary), PrivacyError.KEYSET_TRANSITION);
    assertCode(() -> ks.destroy(primary), PrivacyError.KEYSET_TRANSITION);
    assertCode(() -> ks.disable(old).promote(old), PrivacyError.KEYSET_TRANSITION);
    assertCode(() -> ks.destroy(old).enable(old), PrivacyError.KEYSET_TRANSITION);
    assertCode(() -> ks.promote(12345), PrivacyError.KEYSET_UNKNOWN_KEY);
  }

  @Test
  void of_twoPrimariesOrDuplicateIds_throwTypedErrors() {
    PseudonymKey a = PseudonymKey.of(1, KeyStatus.PRIMARY, PseudonymParameters.HMAC_SHA256_V1, TestData.testKey(0));
    PseudonymKey b = PseudonymKey.of(2, KeyStatus.PRIMARY, PseudonymParameters.HMAC_SHA256_V1, TestData.testKey(1));
    PseudonymKey c = PseudonymKey.of(1, KeyStatus.ACTIVE, PseudonymParameters.HMAC_SHA256_V1, TestData.testKey(2));
    assertCode(() -> KeySet.of(List.of(a, b)), PrivacyError.KEYSET_PRIMARY);
    assertCode(() -> KeySet.of(List.of()), PrivacyError.KEYSET_PRIMARY);
    assertCode(() -> KeySet.of(List.of(a, c)), PrivacyError.KEYSET_DUPLICATE_KEY_ID);
    assertCode(() -> PseudonymKey.of(0, KeyStatus.ACTIVE, PseudonymParameters.HMAC_SHA256_V1, TestData.testKey(0)),
        PrivacyError.KEYSET_KEY_ID);
  }

  @Test
  void toString_keySetAndKey_neverShowMaterial() {
    KeySet ks = KeySet.generate(random).rotate(random);
    for (PseudonymKey k : ks.keys()) {
      byte[] m = k.material(InsecureSecretAccess.get()).orElseThrow().toByteArray(InsecureSecretAccess.get());
      String hex = HexFormat.of().formatHex(m);
      assertThat(ks.toString()).doesNotContain(hex).contains(String.valueOf(k.id()));
      assertThat(k.toString()).doesNotContain(hex).contains("status=");
      assertThat(k.material(InsecureSecretAccess.get()).orElseThrow().toString()).isEqualTo("SecretBytes[redacted, 32 bytes]");
    }
  }

  private static void assertCode(Runnable r, PrivacyError code) {
    assertThatThrownBy(r::run).isInstanceOfSatisfying(KeySetException.class, e -> assertThat(e.error()).isEqualTo(code));
  }
}
