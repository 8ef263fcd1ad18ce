package eu.barrier.privacy.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.barrier.privacy.PrivacyError;
import org.junit.jupiter.api.Test;

final class PseudonymTest {

  private static final String TEXT = "pk1.vnlb5w5c.yR2oAGrfaXUX-heJq_ldBIXKHSdne8b1kCvCGshBuyU";

  @Test
  void parse_wellFormed_roundTrips() {
    Pseudonym p = Pseudonym.parse(TEXT);
    assertThat(p.keyId()).isEqualTo("vnlb5w5c");
    assertThat(p.tag()).hasSize(32);
    assertThat(p.format()).isEqualTo(TEXT).hasSize(Pseudonym.TEXT_LENGTH);
    assertThat(Pseudonym.parse(TEXT)).isEqualTo(p).hasSameHashCodeAs(p);
  }

  @Test
  void parse_wrongVersion_throwsVersionCode() {
    assertCode("pk3.vnlb5w5c.yR2oAGrfaXUX-heJq_ldBIXKHSdne8b1kCvCGshBuyU", PrivacyError.PSEUDONYM_VERSION);
    assertCode("pk0.vnlb5w5c.yR2oAGrfaXUX-heJq_ldBIXKHSdne8b1kCvCGshBuyU", PrivacyError.PSEUDONYM_VERSION);
    assertCode("PK1.vnlb5w5c.yR2oAGrfaXUX-heJq_ldBIXKHSdne8b1kCvCGshBuyU", PrivacyError.PSEUDONYM_VERSION);
  }

  @Test
  void parse_blindPk2_roundTripsAndNeverEqualsTheKeyedForm() {
    Pseudonym blind = Pseudonym.parse("pk2" + TEXT.substring(3));
    Pseudonym keyed = Pseudonym.parse(TEXT);

    assertThat(blind.isBlind()).isTrue();
    assertThat(blind.version()).isEqualTo(Pseudonym.BLIND_VERSION);
    assertThat(blind.format()).isEqualTo("pk2" + TEXT.substring(3));
    assertThat(blind).isEqualTo(Pseudonym.ofBlind(keyed.keyId(), keyed.tag())).isNotEqualTo(keyed);
    assertThat(keyed.isBlind()).isFalse();
    assertThat(blind.toString()).isEqualTo("Pseudonym[pk2, kid=vnlb5w5c, redacted]");
  }

  @Test
  void parse_badKeyId_throwsKeyIdCode() {
    assertCode("pk1.vnlb5w5.yR2oAGrfaXUX-heJq_ldBIXKHSdne8b1kCvCGshBuyU", PrivacyError.PSEUDONYM_KEY_ID);
    assertCode("pk1.VNLB5W5C.yR2oAGrfaXUX-heJq_ldBIXKHSdne8b1kCvCGshBuyU", PrivacyError.PSEUDONYM_KEY_ID);
    assertCode("pk1.vnlb5w51.yR2oAGrfaXUX-heJq_ldBIXKHSdne8b1kCvCGshBuyU", PrivacyError.PSEUDONYM_KEY_ID);
  }

  @Test
  void parse_badTag_throwsTagCode() {
    assertCode("pk1.vnlb5w5c.yR2oAGrfaXUX-heJq_ldBIXKHSdne8b1kCvCGshBuy", PrivacyError.PSEUDONYM_TAG);
    assertCode("pk1.vnlb5w5c.yR2oAGrfaXUX-heJq_ldBIXKHSdne8b1kCvCGshBuyU=", PrivacyError.PSEUDONYM_TAG);
    assertCode("pk1.vnlb5w5c.yR2oAGrfaXUX+heJq_ldBIXKHSdne8b1kCvCGshBuyU", PrivacyError.PSEUDONYM_TAG);
    // non-canonical: the last character carries bits that do not fit in 32 bytes
    assertCode("pk1.vnlb5w5c.yR2oAGrfaXUX-heJq_ldBIXKHSdne8b1kCvCGshBuyV", PrivacyError.PSEUDONYM_TAG);
  }

  @Test
  void parse_wrongNumberOfParts_throwsSyntaxCode() {
    assertCode("", PrivacyError.PSEUDONYM_SYNTAX);
    assertCode("pk1", PrivacyError.PSEUDONYM_SYNTAX);
    assertCode("pk1.vnlb5w5c", PrivacyError.PSEUDONYM_SYNTAX);
    assertCode(TEXT + ".x", PrivacyError.PSEUDONYM_SYNTAX);
  }

  @Test
  void toString_showsKeyIdButNotTag() {
    Pseudonym p = Pseudonym.parse(TEXT);
    assertThat(p.toString()).isEqualTo("Pseudonym[kid=vnlb5w5c, redacted]").doesNotContain("yR2oAG");
  }

  @Test
  void equals_differentTagOrKid_isFalse() {
    Pseudonym p = Pseudonym.parse(TEXT);
    byte[] tag = p.tag();
    tag[31] ^= 1;
    assertThat(Pseudonym.of("vnlb5w5c", tag)).isNotEqualTo(p);
    assertThat(Pseudonym.of("vnlb5w5d", p.tag())).isNotEqualTo(p);
  }

  @Test
  void of_wrongTagLength_throwsIae() {
    assertThatThrownBy(() -> Pseudonym.of("vnlb5w5c", new byte[31])).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void isValid_badText_isFalseAndNeverThrows() {
    assertThat(Pseudonym.isValid(TEXT)).isTrue();
    assertThat(Pseudonym.isValid(null)).isFalse();
    assertThat(Pseudonym.isValid("pk1..")).isFalse();
  }

  private static void assertCode(String text, PrivacyError code) {
    assertThatThrownBy(() -> Pseudonym.parse(text))
        .isInstanceOfSatisfying(
            InvalidPseudonymException.class,
            e -> {
              assertThat(e.error()).isEqualTo(code);
              assertThat(e.code()).isEqualTo(code.code());
              if (text.length() > 12) {
                assertThat(e.getMessage()).doesNotContain(text.substring(13));
              }
            });
  }
}
