package eu.barrier.core.establishment;

import static eu.barrier.core.testing.ModelValidation.count;
import static eu.barrier.core.testing.ModelValidation.paths;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.barrier.core.testing.SyntheticIds;
import eu.barrier.core.address.Address;
import eu.barrier.core.address.AddressReference;
import eu.barrier.core.address.Country;
import eu.barrier.core.id.BeEnterpriseNumber;
import eu.barrier.core.id.BeEstablishmentUnitNumber;
import eu.barrier.core.id.NlEstablishmentNumber;
import eu.barrier.core.id.NlKvkNumber;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

final class EstablishmentTest {

  static final BeEnterpriseNumber BE_ORG = BeEnterpriseNumber.parse(SyntheticIds.BE_ENTERPRISE_EXAMPLE);
  static final BeEstablishmentUnitNumber BE_UNIT =
      BeEstablishmentUnitNumber.parse(SyntheticIds.BE_ESTABLISHMENT_EXAMPLE);
  static final Address BE_ADDRESS = new Address(Country.BE, AddressReference.oslo("3706808", null),
      "Zonnebloemstraat", "17", null, null, null, "3600", "Genk", "71016");
  static final ActivityCode OLD = ActivityCode.of(ActivityClassification.NACE_BEL_2008, "96040");
  static final ActivityCode NEW = ActivityCode.of(ActivityClassification.NACE_BEL_2025, "96230");

  static Establishment belgian(List<ActivityCode> codes, Sector sector) {
    return new Establishment("est-0001", BE_UNIT, null, BE_ORG, null, BE_ADDRESS, codes, sector);
  }

  @Test
  void validate_belgianWithBothGenerations_noViolations() {
    Establishment e = belgian(List.of(OLD, NEW), null);
    assertThat(paths(e)).isEmpty();
    assertThat(e.unitNumber()).contains(BE_UNIT);
    assertThat(e.organisationNumber()).contains(BE_ORG);
  }

  @Test
  void effectiveSector_noRecordedSector_derivedFromCodes() {
    assertThat(belgian(List.of(OLD), null).effectiveSector()).contains(Sector.MASSAGE);
    assertThat(belgian(List.of(OLD), Sector.CARWASH).effectiveSector()).contains(Sector.CARWASH);
    assertThat(belgian(List.of(), null).effectiveSector()).isEmpty();
  }

  @Test
  void constructor_nullList_becomesEmpty() {
    Establishment e = belgian(null, null);
    assertThat(e.activityCodes()).isEmpty();
    assertThat(paths(e)).isEmpty();
  }

  @Test
  void constructor_mutableList_copiedAndUnmodifiable() {
    List<ActivityCode> codes = new ArrayList<>(List.of(OLD));
    Establishment e = belgian(codes, null);
    codes.add(NEW);
    assertThat(e.activityCodes()).containsExactly(OLD);
    assertThatThrownBy(() -> e.activityCodes().add(NEW))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void validate_nullAndInvalidElements_reportedWithIndex() {
    Establishment e = belgian(
        Arrays.asList(OLD, null, new ActivityCode(ActivityClassification.SBI_2008, "x")), null);
    assertThat(paths(e))
        .containsExactly("activityCodes[1].<list element>", "activityCodes[2].codeWellFormed");
  }

  @Test
  void validate_duplicateCodes_reportsActivityCodesDistinct() {
    assertThat(paths(belgian(List.of(OLD, OLD), null))).containsExactly("activityCodesDistinct");
  }

  @Test
  void validate_tooManyCodes_reportsActivityCodes() {
    List<ActivityCode> codes = new ArrayList<>();
    for (int i = 10; i < 43; i++) {
      codes.add(ActivityCode.of(ActivityClassification.SBI_2025, Integer.toString(i)));
    }
    assertThat(paths(belgian(codes, null))).containsExactly("activityCodes");
  }

  @Test
  void validate_mixedCountries_reportsSingleCountry() {
    Establishment e = new Establishment("k", BE_UNIT, null, null, NlKvkNumber.parse("90000017"),
        null, List.of(), null);
    assertThat(paths(e)).containsExactly("singleCountry");
    Establishment dutchUnitBelgianAddress = new Establishment("k", null,
        NlEstablishmentNumber.parse("000012345678"), null, null, BE_ADDRESS, List.of(), null);
    assertThat(paths(dutchUnitBelgianAddress)).containsExactly("singleCountry");
  }

  @Test
  void validate_badKeyAndNestedAddress_reportsAll() {
    Address bad = new Address(Country.BE, null, null, null, null, null, null, "12", null, null);
    Establishment e = new Establishment("bad key", null, null, null, null, bad, List.of(), null);
    assertThat(paths(e))
        .containsExactly("address.identifiable", "address.postcodeValid", "key");
    assertThat(count(e)).isEqualTo(3);
    assertThat(paths(new Establishment(null, null, null, null, null, null, null, null)))
        .containsExactly("key");
  }

  @Test
  void toString_anyEstablishment_showsSectorAndCodesOnly() {
    Establishment e = belgian(List.of(OLD), Sector.MASSAGE);
    assertThat(e.toString())
        .contains("sector=MASSAGE")
        .contains("96.040")
        .contains("redacted")
        .doesNotContain("est-0001")
        .doesNotContain(BE_UNIT.canonical())
        .doesNotContain(BE_ORG.canonical())
        .doesNotContain("Zonnebloemstraat");
  }
}
