package eu.barrier.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.core.id.IdentifierType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class IdentifierConstraintsTest {

  private static final Pattern DIGIT_RUN = Pattern.compile("\\d{3,}");

  private ValidatorFactory factory;

  @AfterEach
  void close() {
    if (factory != null) {
      factory.close();
    }
  }

  private Validator validator(Locale locale) {
    factory =
        Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(
                new ParameterMessageInterpolator(Set.of(locale), locale, false))
            .buildValidatorFactory();
    return factory.getValidator();
  }

  /** One field per constraint, all set to valid synthetic or published test values. */
  static final class Form {
    @ValidBeEnterpriseNumber String enterprise = "0203.201.340";
    @ValidBeEstablishmentUnitNumber String establishmentUnit = "2.104.471.814";
    @ValidBeNationalNumber String nationalNumber = "85.07.30-033.28";
    @ValidNlBsn String bsn = "111222333";
    @ValidNlRsin String rsin = "123456782";
    @ValidNlKvkNumber String kvk = "12345678";
    @ValidNlEstablishmentNumber String nlEstablishment = "000012345678";
    @ValidIdentifier(IdentifierType.NL_BSN) String generic = "123456782";
  }

  /** Every field invalid. */
  static Form invalidForm() {
    Form form = new Form();
    form.enterprise = "0203.201.341";
    form.establishmentUnit = "2.104.471.666";
    form.nationalNumber = "12345678901";
    form.bsn = "111252333";
    form.rsin = "111252333";
    form.kvk = "1234567";
    form.nlEstablishment = "1234567890";
    form.generic = "111252333";
    return form;
  }

  @Test
  void validate_validValues_noViolations() {
    assertThat(validator(Locale.ENGLISH).validate(new Form())).isEmpty();
  }

  @Test
  void validate_nullValues_noViolations() {
    Form form = new Form();
    form.enterprise = null;
    form.bsn = null;
    form.generic = null;

    assertThat(validator(Locale.ENGLISH).validate(form)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "nl", "fr"})
  void validate_invalidValues_oneResolvedMessagePerFieldWithoutValue(String language) {
    Form form = invalidForm();
    Set<ConstraintViolation<Form>> violations = validator(Locale.forLanguageTag(language)).validate(form);

    assertThat(violations)
        .extracting(v -> v.getPropertyPath().toString())
        .containsExactlyInAnyOrder(
            "enterprise", "establishmentUnit", "nationalNumber", "bsn", "rsin", "kvk",
            "nlEstablishment", "generic");
    assertThat(violations)
        .allSatisfy(
            v -> {
              assertThat(v.getMessage()).doesNotContain("{", "}", "$").isNotBlank();
              assertThat(v.getMessage()).doesNotContainPattern(DIGIT_RUN);
            });
  }

  @Test
  void validate_languages_giveDifferentTexts() {
    String english = bsnMessage(Locale.ENGLISH);
    String dutch = bsnMessage(Locale.forLanguageTag("nl"));
    String french = bsnMessage(Locale.FRENCH);

    assertThat(english).isEqualTo("must be a Dutch BSN: 9 digits, not all zero, passing the 11-test");
    assertThat(dutch).contains("elfproef");
    assertThat(french).contains("n\u00e9erlandais");
  }

  private String bsnMessage(Locale locale) {
    Form form = new Form();
    form.bsn = "111252333";
    return validator(locale).validateProperty(form, "bsn").iterator().next().getMessage();
  }

  static final class Batch {
    List<@ValidNlBsn String> bsns = List.of("111222333", "111252333", "123456782");
  }

  @Test
  void validate_containerElements_reportsInvalidElementByIndex() {
    Set<ConstraintViolation<Batch>> violations = validator(Locale.ENGLISH).validate(new Batch());

    assertThat(violations)
        .singleElement()
        .satisfies(v -> assertThat(v.getPropertyPath().toString()).isEqualTo("bsns[1].<list element>"));
  }
}
