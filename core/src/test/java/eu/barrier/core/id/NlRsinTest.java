package eu.barrier.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class NlRsinTest {

  @Test
  void parse_elevenTestNumber_isValidAndDistinctFromBsn() {
    NlRsin rsin = NlRsin.parse("123456782");

    assertThat(rsin.canonical()).isEqualTo("123456782");
    assertThat(rsin.type()).isEqualTo(IdentifierType.NL_RSIN);
    assertThat((Object) rsin).isNotEqualTo(NlBsn.parse("123456782"));
    assertThat(rsin).hasToString("NlRsin[redacted]");
  }

  @Test
  void parse_failsElevenTest_throwsCheckDigits() {
    assertThatThrownBy(() -> NlRsin.parse("123456789"))
        .isInstanceOf(InvalidIdentifierException.class)
        .hasMessageStartingWith("BARRIER-CORE-0006: nl-rsin: check digits do not match: ");
  }
}
