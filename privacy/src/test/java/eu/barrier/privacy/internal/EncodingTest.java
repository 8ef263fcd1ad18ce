package eu.barrier.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class EncodingTest {

  @Test
  void input_typeAndValue_areLengthPrefixedAfterVersionByte() {
    assertThat(Hex.encode(PseudonymDerivation.input("nl-bsn", "111222333")))
        .isEqualTo("01" + "0006" + Hex.encode("nl-bsn".getBytes()) + "0009" + Hex.encode("111222333".getBytes()));
  }

  @Test
  void input_shiftedBoundary_givesDifferentBytes() {
    assertThat(PseudonymDerivation.input("ab", "c")).isNotEqualTo(PseudonymDerivation.input("a", "bc"));
  }

  @Test
  void info_keyIdIsBigEndianU32AtTheEnd() {
    byte[] info = PseudonymDerivation.info("p", "r", 0x01020304);
    assertThat(Hex.encode(info)).endsWith("0001" + "70" + "0001" + "72" + "01020304");
  }

  @Test
  void base32_fiveBytes_givesEightLowerCaseCharacters() {
    assertThat(Base32.encode5(new byte[] {0, 0, 0, 0, 0})).isEqualTo("aaaaaaaa");
    assertThat(Base32.encode5(new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff}))
        .isEqualTo("77777777");
    assertThat(Base32.isEncoded5("abcdefg2")).isTrue();
    assertThat(Base32.isEncoded5("abcdefg1")).isFalse();
    assertThat(Base32.isEncoded5("ABCDEFGH")).isFalse();
  }

  @Test
  void hex_nonAsciiDigit_isRejected() {
    assertThatThrownBy(() -> Hex.decode("\u0661\u0662")).isInstanceOf(IllegalArgumentException.class);
    assertThat(Hex.decode("0aFf")).containsExactly(0x0a, 0xff);
  }
}
