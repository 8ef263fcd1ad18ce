package eu.barrier.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import eu.barrier.core.CoreError;
import eu.barrier.core.Language;
import eu.barrier.core.id.BeEnterpriseNumber;
import eu.barrier.core.id.IdentifierType;
import eu.barrier.core.id.NlBsn;
import eu.barrier.core.json.BarrierJson;
import eu.barrier.core.json.JsonLimits;
import eu.barrier.core.testing.TestIdentifiers;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

final class BoundaryTest {

  enum Grading {
    A1,
    B2,
    C3
  }

  record Address(@NotNull @Size(max = 20) String street, @NotNull @Size(min = 4, max = 4) String postcode) {}

  record Observation(@NotNull Grading grading, @NotNull LocalDate observedOn, @Size(max = 10) String note) {}

  record Case(
      @NotNull @Size(max = 10) String title,
      @NotNull @Valid Address address,
      @NotNull List<@NotNull @Valid Observation> observations,
      BeEnterpriseNumber enterprise,
      NlBsn bsn) {}

  private static final String KBO = TestIdentifiers.beEnterprise("2030405");
  private static final String BSN = TestIdentifiers.elevenTest("12345678");

  private static final String VALID =
      "{\"title\":\"Case 1\",\"address\":{\"street\":\"Main\",\"postcode\":\"1000\"},"
          + "\"observations\":[{\"grading\":\"a1\",\"observedOn\":\"2026-11-28\"},"
          + "{\"grading\":\"c3\",\"observedOn\":\"2026-11-29\",\"note\":\"ok\"}],"
          + "\"enterprise\":\"" + KBO + "\",\"bsn\":\"" + BSN + "\"}";

  private final Boundary boundary = Boundary.create();

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String badCheckDigits(String id) {
    char last = id.charAt(id.length() - 1);
    return id.substring(0, id.length() - 1) + (last == '9' ? '0' : (char) (last + 1));
  }

  @Test
  void parse_validDocument_returnsValue() {
    BoundaryResult<Case> result = boundary.parse(utf8(VALID), Case.class);
    assertThat(result.isValid()).isTrue();
    assertThat(result.violations()).isEmpty();
    assertThat(result.value().observations()).hasSize(2);
    assertThat(result.value().enterprise().canonical()).isEqualTo(KBO);
    assertThat(result).hasToString("BoundaryResult[valid]");
  }

  @Test
  void parse_manyProblems_reportsAllWithPathsAndCodes() {
    String doc =
        "{\"title\":\"A title that is far too long\",\"colour\":\"red\","
            + "\"address\":{\"street\":\"Main\"},"
            + "\"observations\":[{\"grading\":\"a1\",\"observedOn\":\"2026-11-28\"},"
            + "{\"grading\":\"Z9\",\"observedOn\":\"2026-11-29\",\"note\":\"a note longer than ten\"},"
            + "{\"observedOn\":20261130}],"
            + "\"enterprise\":\"" + badCheckDigits(KBO) + "\",\"bsn\":\"" + BSN + "\"}";
    BoundaryResult<Case> result = boundary.parse(utf8(doc), Case.class);
    assertThat(result.isValid()).isFalse();
    assertThat(result.violations())
        .extracting(Violation::path, Violation::code)
        .containsExactly(
            tuple("/*", CoreError.JSON_UNKNOWN_PROPERTY.code()), // an unknown name is never shown
            tuple("/address/postcode", CoreError.BOUNDARY_REQUIRED.code()),
            tuple("/enterprise", CoreError.ID_CHECK_DIGITS.code()),
            tuple("/observations/1/grading", CoreError.JSON_INVALID_VALUE.code()),
            tuple("/observations/1/note", CoreError.BOUNDARY_CONSTRAINT_VIOLATED.code()),
            tuple("/observations/2/grading", CoreError.BOUNDARY_REQUIRED.code()),
            tuple("/observations/2/observedOn", CoreError.JSON_WRONG_TYPE.code()),
            tuple("/title", CoreError.BOUNDARY_CONSTRAINT_VIOLATED.code()));
    assertThatThrownBy(result::value).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void parse_syntaxError_givesSingleViolation() {
    BoundaryResult<Case> result = boundary.parse(utf8("{\"title\":\"x\",}"), Case.class);
    // the path is where the parser stopped: after the last property read
    assertThat(result.violations()).extracting(Violation::path, Violation::code).containsExactly(tuple("/title", CoreError.JSON_SYNTAX.code()));
  }

  @Test
  void parse_duplicateKeyAfterOtherProblems_stopsThere() {
    // unknown properties of a record are reported when the record's object ends, so the nested one is seen first
    String doc = "{\"address\":{\"street\":\"s\",\"postcode\":\"1000\",\"zip\":1},\"title\":\"x\",\"title\":\"y\",\"colour\":1}";
    BoundaryResult<Case> result = boundary.parse(utf8(doc), Case.class);
    assertThat(result.violations())
        .extracting(Violation::path, Violation::code)
        .containsExactly(tuple("/address/*", CoreError.JSON_UNKNOWN_PROPERTY.code()), tuple("/title", CoreError.JSON_DUPLICATE_PROPERTY.code()));
  }

  @Test
  void parse_limitBreach_givesViolation() {
    Boundary small = Boundary.create(BarrierJson.create(JsonLimits.defaults().withMaxNestingDepth(2)));
    BoundaryResult<Case> result = small.parse(utf8(VALID), Case.class);
    assertThat(result.violations()).extracting(Violation::code).containsExactly(CoreError.JSON_TOO_DEEP.code());
  }

  @Test
  void parse_emptyAndTrailing_giveViolations() {
    assertThat(boundary.parse(new byte[0], Case.class).violations()).extracting(Violation::code).containsExactly(CoreError.JSON_EMPTY.code());
    assertThat(boundary.parse(utf8(VALID + " {}"), Case.class).violations())
        .extracting(Violation::code)
        .containsExactly(CoreError.JSON_TRAILING_DATA.code());
    assertThat(boundary.parse(utf8("null"), Case.class).violations())
        .extracting(Violation::path, Violation::code)
        .containsExactly(tuple("", CoreError.JSON_MISSING_VALUE.code()));
  }

  @Test
  void parse_wrongRootType_givesViolation() {
    assertThat(boundary.parse(utf8("[1,2]"), Case.class).violations())
        .extracting(Violation::path, Violation::code)
        .containsExactly(tuple("", CoreError.JSON_WRONG_TYPE.code()));
  }

  @Test
  void parse_nullListElement_isReported() {
    String doc = VALID.replace("\"observations\":[", "\"observations\":[null,");
    assertThat(boundary.parse(utf8(doc), Case.class).violations())
        .extracting(Violation::path, Violation::code)
        .containsExactly(tuple("/observations/0", CoreError.JSON_MISSING_VALUE.code()));
  }

  @Test
  void parse_tooManyProblems_isCapped() {
    StringBuilder sb = new StringBuilder("{\"title\":\"x\",\"address\":{\"street\":\"s\",\"postcode\":\"1000\"},\"observations\":[");
    for (int i = 0; i < 250; i++) {
      sb.append(i == 0 ? "" : ",").append("{\"grading\":\"Z9\",\"observedOn\":\"2026-11-28\"}");
    }
    sb.append("]}");
    List<Violation> violations = boundary.parse(utf8(sb.toString()), Case.class).violations();
    assertThat(violations).hasSize(Boundary.MAX_VIOLATIONS + 1);
    assertThat(violations.get(violations.size() - 1).code()).isEqualTo(CoreError.BOUNDARY_TOO_MANY_VIOLATIONS.code());
    assertThat(violations.get(0).path()).isEqualTo("/observations/0/grading");
  }

  @Test
  void parse_ordersArrayIndexesNumerically() {
    StringBuilder sb = new StringBuilder("{\"title\":\"x\",\"address\":{\"street\":\"s\",\"postcode\":\"1000\"},\"observations\":[");
    for (int i = 0; i < 12; i++) {
      sb.append(i == 0 ? "" : ",").append("{\"grading\":\"a1\"}");
    }
    sb.append("]}");
    List<Violation> violations = boundary.parse(utf8(sb.toString()), Case.class).violations();
    assertThat(violations).extracting(Violation::path).startsWith("/observations/0/observedOn", "/observations/1/observedOn", "/observations/2/observedOn");
    assertThat(violations.get(11).path()).isEqualTo("/observations/11/observedOn");
  }

  @Test
  void parse_messages_followLanguage() {
    String doc = "{\"colour\":1,\"title\":null,\"address\":{\"street\":\"s\",\"postcode\":\"1\"},\"observations\":[]}";
    assertThat(boundary.parse(utf8(doc), Case.class, Language.NL).violations())
        .extracting(Violation::message)
        .containsExactly("eigenschap bestaat niet voor dit type", "grootte moet tussen 4 en 4 liggen", "mag niet null zijn");
    assertThat(boundary.parse(utf8(doc), Case.class, Language.FR).violations())
        .extracting(Violation::message)
        .containsExactly("propriété non définie pour ce type", "la taille doit être comprise entre 4 et 4", "ne doit pas être nul");
    assertThat(boundary.parse(utf8(doc), Case.class, Language.EN).violations())
        .extracting(Violation::message)
        .containsExactly("property is not defined for this type", "size must be between 4 and 4", "must not be null");
  }

  @Test
  @SuppressWarnings("deprecation") // the Locale overload kept for existing callers
  void parse_deprecatedLocale_messagesInTheLocalesLanguage() {
    String doc = "{\"colour\":1,\"title\":null,\"address\":{\"street\":\"s\",\"postcode\":\"1\"},\"observations\":[]}";
    assertThat(boundary.parse(utf8(doc), Case.class, Locale.ENGLISH).violations())
        .extracting(Violation::message)
        .containsExactly("property is not defined for this type", "size must be between 4 and 4", "must not be null");
    assertThat(boundary.parse(utf8(doc), Case.class, Locale.forLanguageTag("nl-BE")).violations())
        .extracting(Violation::message)
        .containsExactly("eigenschap bestaat niet voor dit type", "grootte moet tussen 4 en 4 liggen", "mag niet null zijn");
    assertThat(boundary.parse(utf8(doc), Case.class, Locale.forLanguageTag("fr-BE")).violations())
        .extracting(Violation::message)
        .containsExactly("propriété non définie pour ce type", "la taille doit être comprise entre 4 et 4", "ne doit pas être nul");
    assertThat(boundary.parse(utf8(doc), Case.class, Locale.GERMAN).violations())
        .extracting(Violation::message)
        .contains("property is not defined for this type");
  }

  @Test
  void parse_hostValidator_isUsed() {
    var factory =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    try (factory) {
      Boundary hosted = Boundary.create(BarrierJson.create(), factory.getValidator());
      BoundaryResult<Case> result = hosted.parse(utf8("{\"title\":\"x\",\"address\":{\"street\":\"s\",\"postcode\":\"1000\"}}"), Case.class);
      assertThat(result.violations())
          .extracting(Violation::path, Violation::code)
          .containsExactly(tuple("/observations", CoreError.BOUNDARY_REQUIRED.code()));
      assertThat(hosted.toString()).isEqualTo("Boundary[host validator]");
    }
  }

  @Test
  void result_violations_areUnmodifiable() {
    List<Violation> violations = boundary.parse(utf8("{}"), Case.class).violations();
    assertThat(violations).isNotEmpty();
    assertThatThrownBy(() -> violations.add(new Violation("", "x", "y"))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void parse_nullArguments_throwNpe() {
    assertThatThrownBy(() -> boundary.parse(null, Case.class)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> boundary.parse(new byte[0], null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> boundary.parse(new byte[0], Case.class, (Language) null)).isInstanceOf(NullPointerException.class);
  }

  record Form(@ValidBeEnterpriseNumber String enterprise, @ValidIdentifier(IdentifierType.NL_BSN) String bsn,
      @ValidBagId String bag) {}

  @Test
  void parse_identifierBoundWrong_specificCodeAndSpecificMessage() {
    String doc = VALID.replace(KBO, badCheckDigits(KBO));

    List<Violation> dutch = boundary.parse(utf8(doc), Case.class, Language.NL).violations();
    List<Violation> english = boundary.parse(utf8(doc), Case.class, Language.EN).violations();

    assertThat(dutch).containsExactly(new Violation("/enterprise", "BARRIER-CORE-0006",
        "Belgisch ondernemingsnummer: controlecijfers kloppen niet: "
            + "de laatste 2 cijfers moeten gelijk zijn aan 97 - (eerste 8 cijfers mod 97)"));
    assertThat(english).containsExactly(new Violation("/enterprise", "BARRIER-CORE-0006",
        "Belgian enterprise number: check digits do not match: the last 2 digits must equal 97 - (first 8 digits mod 97)"));
  }

  @Test
  void parse_identifierConstraintBroken_specificCodeAndSpecificMessage() {
    String doc = "{\"enterprise\":\"" + badCheckDigits(KBO) + "\",\"bsn\":\"000000000\",\"bag\":\"0363\"}";

    List<Violation> french = boundary.parse(utf8(doc), Form.class, Language.FR).violations();

    assertThat(french).extracting(Violation::path, Violation::code).containsExactly(
        tuple("/bag", "BARRIER-CORE-0004"), tuple("/bsn", "BARRIER-CORE-0008"), tuple("/enterprise", "BARRIER-CORE-0006"));
    assertThat(french).extracting(Violation::message).containsExactly(
        "Identifiant BAG: nombre de chiffres incorrect: exactement 16 chiffres sont requis",
        "Num\u00e9ro de service au citoyen (BSN): tous les chiffres sont nuls",
        "Num\u00e9ro d'entreprise belge: les chiffres de contr\u00f4le ne correspondent pas: "
            + "les 2 derniers chiffres doivent valoir 97 - (8 premiers chiffres mod 97)");
    assertThat(french).extracting(Violation::message).noneMatch(m -> m.contains(badCheckDigits(KBO)));
  }
}
