package eu.barrier.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Serializable;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

final class SecretBytesTest {

  @Test
  void copyFrom_copiesInAndOut() {
    byte[] raw = {1, 2, 3};
    SecretBytes s = SecretBytes.copyFrom(raw, InsecureSecretAccess.get());
    raw[0] = 9;
    byte[] out = s.toByteArray(InsecureSecretAccess.get());
    assertThat(out).containsExactly(1, 2, 3);
    out[1] = 9;
    assertThat(s.toByteArray(InsecureSecretAccess.get())).containsExactly(1, 2, 3);
  }

  @Test
  void equalsSecret_comparesContent_equalsIsIdentity() {
    SecretBytes a = SecretBytes.copyFrom(new byte[] {1, 2}, InsecureSecretAccess.get());
    SecretBytes b = SecretBytes.copyFrom(new byte[] {1, 2}, InsecureSecretAccess.get());
    SecretBytes c = SecretBytes.copyFrom(new byte[] {1, 3}, InsecureSecretAccess.get());
    assertThat(a.equalsSecret(b)).isTrue();
    assertThat(a.equalsSecret(c)).isFalse();
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void toString_neverShowsContent_andNotSerializable() {
    SecretBytes s = SecretBytes.random(32, new SecureRandom());
    assertThat(s.toString()).isEqualTo("SecretBytes[redacted, 32 bytes]");
    assertThat(s).isNotInstanceOf(Serializable.class);
    assertThat(SecretAccess.class).isFinal();
  }

  @Test
  void toByteArray_withoutToken_throwsNpe() {
    SecretBytes s = SecretBytes.random(4, new SecureRandom());
    assertThatThrownBy(() -> s.toByteArray(null)).isInstanceOf(NullPointerException.class);
  }
}
