package eu.barrier.core.establishment;

import static eu.barrier.core.testing.ModelValidation.paths;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

final class ActivityCodeTest {

  @Test
  void of_dotlessSubclass_canonicalWithDot() {
    assertThat(ActivityCode.of(ActivityClassification.NACE_BEL_2008, "96040").code())
        .isEqualTo("96.040");
    assertThat(ActivityCode.of(ActivityClassification.SBI_2025, " 9623 ").code())
        .isEqualTo("96.23");
    assertThat(ActivityCode.of(ActivityClassification.SBI_2008, "960").code()).isEqualTo("96.0");
  }

  @Test
  void of_dottedOrDivision_keptAsIs() {
    assertThat(ActivityCode.of(ActivityClassification.NACE_BEL_2025, "96.22").code())
        .isEqualTo("96.22");
    assertThat(ActivityCode.of(ActivityClassification.NACE_BEL_2025, "43").code())
        .isEqualTo("43");
  }

  @Test
  void of_malformed_throwsWithoutEchoingValue() {
    for (String bad : new String[] {"9", "960401", "96-04", "9a.04", "96.", "96.0401", ""}) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> ActivityCode.of(ActivityClassification.NACE_BEL_2008, bad))
          .withMessageContaining("2 digits");
    }
  }

  @Test
  void validate_malformedCode_reportsCodeWellFormed() {
    assertThat(paths(new ActivityCode(ActivityClassification.SBI_2008, "96-04")))
        .containsExactly("codeWellFormed");
  }

  @Test
  void validate_missingComponents_reportsBoth() {
    assertThat(paths(new ActivityCode(null, null))).containsExactly("classification", "code");
  }

  @Test
  void toString_malformedCode_showsInvalidNotText() {
    assertThat(new ActivityCode(ActivityClassification.SBI_2008, "Jan Jansen").toString())
        .doesNotContain("Jansen")
        .contains("invalid");
    assertThat(ActivityCode.of(ActivityClassification.SBI_2008, "5610").toString())
        .isEqualTo("ActivityCode[SBI_2008 56.10]");
  }

  @Property
  void of_anyTwoToFiveDigits_roundTripsThroughDigits(
      @ForAll @NumericChars @StringLength(min = 2, max = 5) String digits,
      @ForAll ActivityClassification classification) {
    ActivityCode code = ActivityCode.of(classification, digits);
    assertThat(code.digits()).isEqualTo(digits);
    assertThat(ActivityCode.of(classification, code.code())).isEqualTo(code);
    assertThat(paths(code)).isEmpty();
  }
}
