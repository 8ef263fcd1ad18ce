package eu.barrier.core.address;

import static eu.barrier.core.testing.ModelValidation.count;
import static eu.barrier.core.testing.ModelValidation.paths;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class AddressTest {

  static Address belgian() {
    return new Address(Country.BE, AddressReference.oslo("3706808", null), "Zonnebloemstraat",
        "17A", "3", null, null, "3600", "Genk", "71016");
  }

  static Address dutch() {
    return new Address(Country.NL, AddressReference.bagNummeraanduiding("0363200000218908"),
        "Tulpenlaan", "42", null, "b", "2", "1234 ab", "Amsterdam", "0363");
  }

  @Test
  void validate_belgianAddress_noViolations() {
    assertThat(paths(belgian())).isEmpty();
  }

  @Test
  void validate_dutchAddress_noViolations() {
    assertThat(paths(dutch())).isEmpty();
  }

  @Test
  void constructor_dutchPostcodeWithSpaceAndLowerCase_normalises() {
    assertThat(dutch().postcode()).isEqualTo("1234AB");
    assertThat(Address.normaliseNlPostcode(" 9999zz ")).isEqualTo("9999ZZ");
  }

  @Test
  void constructor_belgianPostcode_leftAlone() {
    Address a = new Address(Country.BE, null, "S", "1", null, null, null, "1234 ab", "G", null);
    assertThat(a.postcode()).isEqualTo("1234 ab");
    assertThat(paths(a)).containsExactly("postcodeValid");
  }

  @Test
  void validate_belgianPostcodeBelow1000_reportsPostcodeValid() {
    Address a = new Address(Country.BE, null, "S", "1", null, null, null, "0999", null, null);
    assertThat(paths(a)).containsExactly("postcodeValid");
  }

  @Test
  void validate_dutchPostcodeStartingWithZero_reportsPostcodeValid() {
    Address a = new Address(Country.NL, null, "S", "1", null, null, null, "0123AB", null, null);
    assertThat(paths(a)).containsExactly("postcodeValid");
  }

  @Test
  void validate_belgianNisCodeOfFourDigits_reportsMunicipalityCodeValid() {
    Address a = new Address(Country.BE, null, "S", "1", null, null, null, "3600", null, "7101");
    assertThat(paths(a)).containsExactly("municipalityCodeValid");
  }

  @Test
  void validate_dutchGemeentecodeOfFiveDigits_reportsMunicipalityCodeValid() {
    Address a = new Address(Country.NL, null, "S", "1", null, null, null, "1234AB", null, "71016");
    assertThat(paths(a)).containsExactly("municipalityCodeValid");
  }

  @Test
  void validate_dutchHouseNumberWithLetter_reportsHouseNumberValid() {
    Address a = new Address(Country.NL, null, "S", "12a", null, null, null, "1234AB", null, null);
    assertThat(paths(a)).containsExactly("houseNumberValid");
  }

  @Test
  void validate_boxOnDutchAndLetterOnBelgian_reportsCountryFieldsConsistent() {
    Address nl = new Address(Country.NL, null, "S", "1", "3", null, null, "1234AB", null, null);
    Address be = new Address(Country.BE, null, "S", "1", null, "a", null, "3600", null, null);
    assertThat(paths(nl)).containsExactly("countryFieldsConsistent");
    assertThat(paths(be)).containsExactly("countryFieldsConsistent");
  }

  @Test
  void validate_bagReferenceOnBelgianAddress_reportsReferenceConsistent() {
    Address a = new Address(Country.BE, AddressReference.bagNummeraanduiding("0363200000218908"),
        null, null, null, null, null, null, null, null);
    assertThat(paths(a)).containsExactly("referenceConsistent");
  }

  @Test
  void validate_noReferenceAndNoStreet_reportsIdentifiable() {
    Address a = new Address(Country.BE, null, null, null, null, null, null, "3600", "Genk", null);
    assertThat(paths(a)).containsExactly("identifiable");
  }

  @Test
  void validate_manyProblems_reportsAllAtOnceWithoutDuplicates() {
    Address a = new Address(null, new AddressReference(null, "x", null), "line\nbreak", "1 2",
        null, "ab", "12345", null, " ", null);
    assertThat(paths(a)).containsExactly("country", "houseLetter", "houseNumber",
        "houseNumberAddition", "municipalityName", "reference.namespace", "street");
    assertThat(count(a)).isEqualTo(7);
  }

  @Test
  void toString_anyAddress_showsCountryOnly() {
    for (Address a : new Address[] {belgian(), dutch()}) {
      assertThat(a.toString())
          .contains("country=" + a.country())
          .contains("redacted")
          .doesNotContain(a.street())
          .doesNotContain(a.postcode())
          .doesNotContain(a.municipalityName())
          .doesNotContain(a.reference().objectId())
          .doesNotContain(a.houseNumber());
    }
  }
}
