package eu.barrier.privacy.generalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.barrier.privacy.PrivacyError;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

final class GeneraliseTest {

  @Test
  void datePeriod_eachGranularity_givesLabelAndBounds() {
    LocalDate d = LocalDate.of(2026, 2, 4);
    assertThat(DatePeriod.of(d, DateGranularity.WEEK))
        .isEqualTo(new DatePeriod(DateGranularity.WEEK, "2026-W06", LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 8)));
    assertThat(DatePeriod.of(d, DateGranularity.MONTH).label()).isEqualTo("2026-02");
    assertThat(DatePeriod.of(d, DateGranularity.MONTH).end()).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(DatePeriod.of(d, DateGranularity.QUARTER))
        .isEqualTo(new DatePeriod(DateGranularity.QUARTER, "2026-Q1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
    assertThat(DatePeriod.of(d, DateGranularity.YEAR).label()).isEqualTo("2026");
  }

  @Test
  void datePeriod_weekAcrossYearEnd_usesWeekBasedYear() {
    assertThat(DatePeriod.of(LocalDate.of(2027, 1, 1), DateGranularity.WEEK).label()).isEqualTo("2026-W53");
    assertThat(DatePeriod.of(LocalDate.of(2024, 12, 30), DateGranularity.WEEK).label()).isEqualTo("2025-W01");
  }

  @Test
  void ageBands_defaults_coverBoundaries() {
    AgeBands b = AgeBands.DEFAULT;
    assertThat(b.toString()).isEqualTo("AgeBands[0-17, 18-24, 25-34, 35-44, 45-54, 55-64, 65+]");
    assertThat(b.bandOf(17).label()).isEqualTo("0-17");
    assertThat(b.bandOf(18).label()).isEqualTo("18-24");
    assertThat(b.bandOf(64).label()).isEqualTo("55-64");
    assertThat(b.bandOf(65).label()).isEqualTo("65+");
    assertThat(b.bandOf(120).upperBound()).isEmpty();
  }

  @Test
  void ageBands_birthDate_countsCompletedYears() {
    LocalDate birth = LocalDate.of(2008, 3, 15);
    assertThat(AgeBands.DEFAULT.bandOf(birth, LocalDate.of(2026, 3, 14)).label()).isEqualTo("0-17");
    assertThat(AgeBands.DEFAULT.bandOf(birth, LocalDate.of(2026, 3, 15)).label()).isEqualTo("18-24");
  }

  @Test
  void ageBands_birthAfterReference_throwsTypedErrorWithoutDates() {
    assertThatThrownBy(() -> AgeBands.DEFAULT.bandOf(LocalDate.of(2031, 7, 19), LocalDate.of(2026, 1, 1)))
        .isInstanceOfSatisfying(GeneralisationException.class, e -> {
          assertThat(e.error()).isEqualTo(PrivacyError.BIRTH_AFTER_REFERENCE);
          assertThat(e.getMessage()).doesNotContain("2031");
        });
  }

  @Test
  void ageBands_custom_andBadBounds() {
    assertThat(AgeBands.ofLowerBounds(0, 18).bands()).containsExactly(new AgeBand(0, 17), new AgeBand(18, -1));
    assertThatThrownBy(() -> AgeBands.ofLowerBounds(1, 18)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AgeBands.ofLowerBounds(0, 18, 18)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void areaCode_postcodes_keepBeAndCutNlToPc4() {
    assertThat(AreaCode.postcodeArea("BE", "3500").label()).isEqualTo("BE-postcode-3500");
    assertThat(AreaCode.postcodeArea("nl", "1234 ab")).isEqualTo(new AreaCode("NL", AreaCode.Kind.POSTCODE_AREA, "1234"));
    assertThat(AreaCode.postcodeArea("NL", "1234AB").label()).isEqualTo("NL-pc4-1234");
  }

  @Test
  void areaCode_municipalities_nisAndCbs() {
    assertThat(AreaCode.municipality("BE", "71022").label()).isEqualTo("BE-nis-71022");
    assertThat(AreaCode.municipality("NL", "GM0363").label()).isEqualTo("NL-cbs-0363");
    assertThat(AreaCode.municipality("NL", "0363").code()).isEqualTo("0363");
  }

  @Test
  void areaCode_badShapes_throwTypedErrorsWithoutValue() {
    assertGen(() -> AreaCode.postcodeArea("BE", "0999"), PrivacyError.POSTCODE, "0999");
    assertGen(() -> AreaCode.postcodeArea("NL", "9876"), PrivacyError.POSTCODE, "9876");
    assertGen(() -> AreaCode.municipality("BE", "7102"), PrivacyError.MUNICIPALITY_CODE, "7102");
    assertGen(() -> AreaCode.municipality("NL", "GM363"), PrivacyError.MUNICIPALITY_CODE, "GM363");
    assertGen(() -> AreaCode.postcodeArea("DE", "10115"), PrivacyError.COUNTRY, "10115");
  }

  private static void assertGen(Runnable r, PrivacyError code, String value) {
    assertThatThrownBy(r::run).isInstanceOfSatisfying(GeneralisationException.class, e -> {
      assertThat(e.error()).isEqualTo(code);
      assertThat(e.getMessage()).doesNotContain(value);
    });
  }
}
