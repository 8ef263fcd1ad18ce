package eu.barrier.core.person;

import static eu.barrier.core.testing.ModelValidation.paths;
import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.core.testing.SyntheticIds;
import eu.barrier.core.id.BeNationalNumber;
import eu.barrier.core.id.NlBsn;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

final class PersonTest {

  static final NlBsn BSN = NlBsn.parse(SyntheticIds.NL_BSN_EXAMPLE);
  static final BeNationalNumber NN = BeNationalNumber.parse(SyntheticIds.BE_NATIONAL_EXAMPLE);

  @Test
  void validate_minimalPerson_noViolations() {
    assertThat(paths(new Person("p-1", null, null, null, null))).isEmpty();
  }

  @Test
  void validate_fullDutchPerson_noViolations() {
    Person p = new Person("p-1", null, BSN, "Ariadne Vlinderkamp", LocalDate.of(1985, 7, 30));
    assertThat(paths(p)).isEmpty();
    assertThat(p.identifier()).contains(BSN);
  }

  @Test
  void validate_bothIdentifiers_reportsSingleIdentifier() {
    assertThat(paths(new Person("p-1", NN, BSN, null, null))).containsExactly("singleIdentifier");
  }

  @Test
  void validate_futureBirthDateBadKeyMultilineName_reportsAll() {
    Person p = new Person("p 1", null, null, "a\u0000b", LocalDate.now().plusDays(2));
    assertThat(paths(p)).containsExactly("birthDate", "key", "name");
  }

  @Test
  void validate_missingKey_reportsKey() {
    assertThat(paths(new Person(null, null, null, null, null))).containsExactly("key");
  }

  @Test
  void recordComponents_noSpecialCategoryOrProxyFields() {
    String[] forbidden = {"nationality", "ethnic", "religion", "language", "birthplace",
        "countryofbirth", "gender", "sex"};
    for (RecordComponent c : Person.class.getRecordComponents()) {
      String name = c.getName().toLowerCase(Locale.ROOT);
      assertThat(Arrays.stream(forbidden).noneMatch(name::contains))
          .as("component %s", c.getName())
          .isTrue();
    }
    assertThat(Person.class.getRecordComponents()).hasSize(5);
  }

  @Test
  void toString_fullPerson_revealsNothing() {
    Person p = new Person("local-key-777", NN, null, "Ariadne Vlinderkamp", LocalDate.of(1985, 7, 30));
    assertThat(p.toString())
        .isEqualTo("Person[redacted]")
        .doesNotContain("Vlinderkamp")
        .doesNotContain("777")
        .doesNotContain("1985");
  }
}
