package eu.barrier.core.establishment;

import static eu.barrier.core.establishment.ActivityClassification.NACE_BEL_2008;
import static eu.barrier.core.establishment.ActivityClassification.NACE_BEL_2025;
import static eu.barrier.core.establishment.ActivityClassification.SBI_2008;
import static eu.barrier.core.establishment.ActivityClassification.SBI_2025;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class SectorTest {

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
    // 2008 generation (NACE Rev. 2 backbone)
    "NACE_BEL_2008, 96.040, MASSAGE",
    "SBI_2008, 9604, MASSAGE",
    "NACE_BEL_2008, 96.021, HAIRDRESSER",
    "NACE_BEL_2008, 96.022, NAIL_AND_BEAUTY_SALON",
    "NACE_BEL_2008, 96.090, OTHER_PERSONAL_SERVICES",
    "NACE_BEL_2008, 56.101, HORECA",
    "NACE_BEL_2008, 56.102, HORECA",
    "NACE_BEL_2008, 56.301, HORECA",
    "SBI_2008, 56101, HORECA",
    "NACE_BEL_2008, 55.100, ACCOMMODATION",
    "NACE_BEL_2008, 81.210, CLEANING",
    "NACE_BEL_2008, 41.201, CONSTRUCTION",
    "NACE_BEL_2008, 43.330, CONSTRUCTION",
    "NACE_BEL_2008, 49.410, TRANSPORT",
    "NACE_BEL_2008, 49.320, TRANSPORT",
    "NACE_BEL_2008, 53.200, TRANSPORT",
    "NACE_BEL_2008, 92.000, BETTING",
    // 2025 generation (NACE Rev. 2.1 backbone)
    "NACE_BEL_2025, 96.230, MASSAGE",
    "SBI_2025, 96.23, MASSAGE",
    "NACE_BEL_2025, 96.210, HAIRDRESSER",
    "SBI_2025, 9622, NAIL_AND_BEAUTY_SALON",
    "NACE_BEL_2025, 56.300, HORECA",
    "NACE_BEL_2025, 41.000, CONSTRUCTION",
    "SBI_2025, 42, CONSTRUCTION",
    "NACE_BEL_2025, 49.410, TRANSPORT",
  })
  void of_sourcedCode_mapsToSector(ActivityClassification classification, String code,
      Sector expected) {
    assertThat(Sector.of(ActivityCode.of(classification, code))).contains(expected);
  }

  @ParameterizedTest(name = "{0} {1} -> none")
  @CsvSource({
    // carwash: 45.20 is car maintenance in general; the subclass 45.206 is unverified
    "NACE_BEL_2008, 45.206",
    "NACE_BEL_2008, 45.20",
    "NACE_BEL_2025, 95.31",
    // night shop: 47.11 also covers supermarkets
    "NACE_BEL_2008, 47.111",
    "SBI_2025, 47.11",
    // 96.02 covers hairdressers and beauty salons alike
    "NACE_BEL_2008, 96.02",
    "SBI_2008, 96021",
    // the 2008 code for massage is not massage in 2025, and vice versa
    "NACE_BEL_2025, 96.04",
    "NACE_BEL_2008, 96.23",
    // divisions and groups alone
    "NACE_BEL_2008, 96",
    "SBI_2025, 56.1",
  })
  void of_unsourcedCode_empty(ActivityClassification classification, String code) {
    assertThat(Sector.of(ActivityCode.of(classification, code))).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void of_malformedCode_empty() {
    assertThat(Sector.of(new ActivityCode(SBI_2008, "96-04"))).isEqualTo(Optional.empty());
    assertThat(Sector.of(new ActivityCode(null, "96.04"))).isEmpty();
    assertThat(new ActivityCode(NACE_BEL_2025, "96.22").sector()).contains(Sector.NAIL_AND_BEAUTY_SALON);
    assertThat(NACE_BEL_2008.isRevision21()).isFalse();
    assertThat(SBI_2025.isRevision21()).isTrue();
  }
}
