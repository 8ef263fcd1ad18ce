package eu.barrier.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

final class IdentifierTypeTest {

  @ParameterizedTest
  @EnumSource(IdentifierType.class)
  void fromId_ownId_returnsType(IdentifierType type) {
    assertThat(IdentifierType.fromId(type.id())).isSameAs(type);
  }

  @Test
  void fromId_unknown_throwsIllegalArgumentListingIds() {
    assertThatThrownBy(() -> IdentifierType.fromId("be-vat"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("be-enterprise, be-establishment, be-national-number, nl-bsn");
  }

  @Test
  void isPersonal_onlyNationalNumberAndBsn() {
    assertThat(IdentifierType.values())
        .filteredOn(IdentifierType::isPersonal)
        .containsExactly(IdentifierType.BE_NATIONAL_NUMBER, IdentifierType.NL_BSN);
  }

  @Test
  void parse_eachType_returnsInstanceOfItsClass() {
    assertThat(IdentifierType.BE_ENTERPRISE.parse("0203.201.340")).isInstanceOf(BeEnterpriseNumber.class);
    assertThat(IdentifierType.BE_ESTABLISHMENT.parse("2.104.471.814"))
        .isInstanceOf(BeEstablishmentUnitNumber.class);
    assertThat(IdentifierType.BE_NATIONAL_NUMBER.parse("85.07.30-033.28"))
        .isInstanceOf(BeNationalNumber.class);
    assertThat(IdentifierType.NL_BSN.parse("111222333")).isInstanceOf(NlBsn.class);
    assertThat(IdentifierType.NL_RSIN.parse("123456782")).isInstanceOf(NlRsin.class);
    assertThat(IdentifierType.NL_KVK.parse("12345678")).isInstanceOf(NlKvkNumber.class);
    assertThat(IdentifierType.NL_ESTABLISHMENT.parse("000012345678"))
        .isInstanceOf(NlEstablishmentNumber.class);
  }

  @ParameterizedTest
  @EnumSource(IdentifierType.class)
  void isValid_null_isFalse(IdentifierType type) {
    assertThat(type.isValid(null)).isFalse();
  }

  @ParameterizedTest
  @EnumSource(IdentifierType.class)
  void parse_null_throwsNullPointer(IdentifierType type) {
    assertThatThrownBy(() -> type.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("input");
  }
}
