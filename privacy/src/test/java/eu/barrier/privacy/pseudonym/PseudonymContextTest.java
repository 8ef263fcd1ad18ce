package eu.barrier.privacy.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.barrier.privacy.PrivacyError;
import org.junit.jupiter.api.Test;

final class PseudonymContextTest {

  @Test
  void of_wellFormedLabels_isAccepted() {
    PseudonymContext c = PseudonymContext.of("thb-signal", "gemeente:0363");
    assertThat(c.purpose()).isEqualTo("thb-signal");
    assertThat(c.recipient()).isEqualTo("gemeente:0363");
  }

  @Test
  void of_badLabels_throwContextLabelCode() {
    for (String bad : new String[] {"", "Thb", "-x", "a b", "x".repeat(65), "é", "a\nb"}) {
      assertThatThrownBy(() -> PseudonymContext.of(bad, "riec"))
          .isInstanceOfSatisfying(InvalidPseudonymException.class, e -> {
            assertThat(e.error()).isEqualTo(PrivacyError.CONTEXT_LABEL);
            assertThat(e.getMessage()).contains("purpose");
          });
    }
  }

  @Test
  void of_null_throwsNpe() {
    assertThatThrownBy(() -> PseudonymContext.of("p", null)).isInstanceOf(NullPointerException.class);
  }
}
