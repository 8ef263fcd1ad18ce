package eu.barrier.core.establishment;

import static eu.barrier.core.testing.ModelValidation.paths;
import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.core.testing.SyntheticIds;
import eu.barrier.core.address.Country;
import eu.barrier.core.id.BeEnterpriseNumber;
import eu.barrier.core.id.NlKvkNumber;
import eu.barrier.core.id.NlRsin;
import org.junit.jupiter.api.Test;

final class OrganisationTest {

  static final BeEnterpriseNumber BE = BeEnterpriseNumber.parse(SyntheticIds.BE_ENTERPRISE_EXAMPLE);
  static final NlKvkNumber KVK = NlKvkNumber.parse("90000017");
  static final NlRsin RSIN = NlRsin.parse("123456782");

  @Test
  void belgian_withName_validAndBelgian() {
    Organisation o = Organisation.belgian(BE, "Glansdelux Carwash BV");
    assertThat(paths(o)).isEmpty();
    assertThat(o.country()).contains(Country.BE);
    assertThat(o.registrationNumber()).contains(BE);
  }

  @Test
  void dutch_withRsin_validAndDutch() {
    Organisation o = Organisation.dutch(KVK, RSIN, "Nagelstudio Zwaluw VOF");
    assertThat(paths(o)).isEmpty();
    assertThat(o.country()).contains(Country.NL);
  }

  @Test
  void validate_noRegistration_reportsSingleRegistration() {
    Organisation o = new Organisation(null, null, null, "X");
    assertThat(paths(o)).containsExactly("singleRegistration");
    assertThat(o.country()).isEmpty();
  }

  @Test
  void validate_bothRegistrations_reportsSingleRegistration() {
    assertThat(paths(new Organisation(BE, KVK, null, null))).containsExactly("singleRegistration");
  }

  @Test
  void validate_rsinOnBelgian_reportsRsinWithKvk() {
    assertThat(paths(new Organisation(BE, null, RSIN, null))).containsExactly("rsinWithKvk");
  }

  @Test
  void validate_multiLineName_reportsLegalName() {
    assertThat(paths(new Organisation(BE, null, null, "a\nb"))).containsExactly("legalName");
  }

  @Test
  void toString_soleTrader_hidesNameAndNumbers() {
    Organisation o = Organisation.dutch(KVK, RSIN, "Pieternella Zonnedauw-Kwakernaak");
    assertThat(o.toString())
        .isEqualTo("Organisation[country=NL, redacted]")
        .doesNotContain("Zonnedauw")
        .doesNotContain(KVK.canonical())
        .doesNotContain(RSIN.canonical());
  }
}
