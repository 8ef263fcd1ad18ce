package eu.barrier.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.barrier.core.CoreError;
import eu.barrier.core.Language;
import eu.barrier.core.testing.TestIdentifiers;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every identifier problem carries its specific code and a specific message in Dutch, French and
 * English, and no message holds the rejected value.
 */
final class IdentifierMessagesTest {

  private static final String KBO = TestIdentifiers.beEnterprise("2030405");

  /** Inputs that break each rule a type can break; synthetic, never real numbers. */
  private static List<String> badInputs(IdentifierType type) {
    List<String> inputs = new ArrayList<>(List.of("", "..", "9".repeat(70), "12a4", "123"));
    switch (type) {
      case BE_ENTERPRISE -> inputs.addAll(List.of("2030405060", KBO.substring(0, 9) + (KBO.charAt(9) == '9' ? '0' : '9')));
      case BE_ESTABLISHMENT -> inputs.addAll(List.of("9030405060", "2030405061"));
      case BE_NATIONAL_NUMBER -> inputs.addAll(List.of("85073003329", "85133003370"));
      case NL_BSN, NL_RSIN -> inputs.addAll(List.of("000000000", "123456789"));
      case NL_KVK, NL_ESTABLISHMENT -> { }
    }
    return inputs;
  }

  @ParameterizedTest
  @EnumSource(IdentifierType.class)
  void everyProblem_specificCodeAndMessageInEveryLanguage(IdentifierType type) {
    Set<CoreError> seen = EnumSet.noneOf(CoreError.class);
    for (String input : badInputs(type)) {
      InvalidIdentifierException e = catchThrowableOfType(InvalidIdentifierException.class, () -> type.parse(input));
      assertThat(e).as("%s rejects an input", type).isNotNull();
      seen.add(e.errorCode());
      assertThat(e.code()).as("specific code").startsWith("BARRIER-CORE-000");
      assertThat(e.reason(Language.EN)).isEqualTo(e.reason());
      String english = e.message(Language.EN);
      String dutch = e.message(Language.NL);
      String french = e.message(Language.FR);
      assertThat(english).startsWith(type.label(Language.EN) + ": ").contains(e.reason());
      assertThat(dutch).startsWith(type.label(Language.NL) + ": ").isNotEqualTo(english);
      assertThat(french).startsWith(type.label(Language.FR) + ": ").isNotEqualTo(english).isNotEqualTo(dutch);
      for (String message : List.of(english, dutch, french, e.getMessage())) {
        if (input.length() >= 4) {
          assertThat(message).as("no input in the message").doesNotContain(input);
        }
      }
    }
    assertThat(seen).as("the inputs break several rules").hasSizeGreaterThanOrEqualTo(4);
  }

  @Test
  void wrongCheckDigits_enterpriseNumber_dutchFrenchEnglish() {
    String bad = KBO.substring(0, 9) + (KBO.charAt(9) == '9' ? '0' : '9');
    InvalidIdentifierException e = catchThrowableOfType(InvalidIdentifierException.class,
        () -> BeEnterpriseNumber.parse(bad));

    assertThat(e.code()).isEqualTo("BARRIER-CORE-0006");
    assertThat(e.message(Language.NL)).isEqualTo("Belgisch ondernemingsnummer: controlecijfers kloppen niet: "
        + "de laatste 2 cijfers moeten gelijk zijn aan 97 - (eerste 8 cijfers mod 97)");
    assertThat(e.message(Language.FR)).isEqualTo("Num\u00e9ro d'entreprise belge: les chiffres de contr\u00f4le ne "
        + "correspondent pas: les 2 derniers chiffres doivent valoir 97 - (8 premiers chiffres mod 97)");
    assertThat(e.message(Language.EN)).isEqualTo("Belgian enterprise number: check digits do not match: "
        + "the last 2 digits must equal 97 - (first 8 digits mod 97)");
    assertThat(e.getMessage()).isEqualTo("BARRIER-CORE-0006: be-enterprise: check digits do not match: "
        + "the last 2 digits must equal 97 - (first 8 digits mod 97)");
  }

  @Test
  void wrongLength_dutchMessageHasTheSchemesNumbers_whateverTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      InvalidIdentifierException e = catchThrowableOfType(InvalidIdentifierException.class,
          () -> BeEnterpriseNumber.parse("12345"));
      assertThat(e.code()).isEqualTo("BARRIER-CORE-0004");
      assertThat(e.message(Language.NL)).isEqualTo("Belgisch ondernemingsnummer: verkeerd aantal cijfers: "
          + "precies 10 cijfers zijn vereist (9 cijfers krijgen een voorloopnul)");
      assertThat(e.getMessage()).isEqualTo("BARRIER-CORE-0004: be-enterprise: wrong number of digits: "
          + "exactly 10 digits are required (9 digits get a leading 0)");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void bagId_problem_specificMessageInEveryLanguage() {
    BagId.InvalidBagIdException length = catchThrowableOfType(BagId.InvalidBagIdException.class,
        () -> BagId.parse("0363"));
    assertThat(length.code()).isEqualTo("BARRIER-CORE-0004");
    assertThat(length.message(Language.NL))
        .isEqualTo("BAG-identificatie: verkeerd aantal cijfers: precies 16 cijfers zijn vereist");
    assertThat(length.message(Language.FR))
        .isEqualTo("Identifiant BAG: nombre de chiffres incorrect: exactement 16 chiffres sont requis");
    assertThat(length.getMessage())
        .isEqualTo("BARRIER-CORE-0004: nl-bag: wrong number of digits: exactly 16 digits are required");
    BagId.InvalidBagIdException type = catchThrowableOfType(BagId.InvalidBagIdException.class,
        () -> BagId.parse("0363990000000001"));
    assertThat(type.code()).isEqualTo("BARRIER-CORE-0009");
    assertThat(type.message(Language.NL)).contains("objecttypecode").doesNotContain("0363990000000001");
  }
}
