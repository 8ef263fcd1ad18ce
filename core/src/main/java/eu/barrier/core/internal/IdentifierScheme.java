package eu.barrier.core.internal;

import eu.barrier.core.CoreError;
import eu.barrier.core.Language;

/**
 * The structure of each identifier type: length, padding, prefix, first-digit range, check rule and
 * display pattern. The public {@code eu.barrier.core.id} classes are thin wrappers over these.
 */
public enum IdentifierScheme {

  /** Belgian enterprise number (KBO/BCE). */
  BE_ENTERPRISE(10, true, true, '0', '1', CheckRule.MOD97, "####.###.###"),

  /** Belgian establishment unit number. */
  BE_ESTABLISHMENT(10, false, false, '2', '8', CheckRule.MOD97, "#.###.###.###"),

  /** Belgian national register number (also bis numbers). */
  BE_NATIONAL_NUMBER(11, false, false, '0', '9', CheckRule.NATIONAL_NUMBER, "##.##.##-###.##"),

  /** Dutch citizen service number. */
  NL_BSN(9, true, false, '0', '9', CheckRule.ELEVEN_TEST, "#########"),

  /** Dutch legal-entity and partnership number. */
  NL_RSIN(9, true, false, '0', '9', CheckRule.ELEVEN_TEST, "#########"),

  /** Dutch chamber of commerce number. */
  NL_KVK(8, false, false, '0', '9', CheckRule.NONE, "########"),

  /** Dutch establishment (branch) number. */
  NL_ESTABLISHMENT(12, false, false, '0', '9', CheckRule.NONE, "############");

  private final int length;
  private final boolean padOneZero;
  private final boolean vatPrefix;
  private final char firstMin;
  private final char firstMax;
  private final CheckRule checkRule;
  private final String displayPattern;

  IdentifierScheme(
      int length,
      boolean padOneZero,
      boolean vatPrefix,
      char firstMin,
      char firstMax,
      CheckRule checkRule,
      String displayPattern) {
    this.length = length;
    this.padOneZero = padOneZero;
    this.vatPrefix = vatPrefix;
    this.firstMin = firstMin;
    this.firstMax = firstMax;
    this.checkRule = checkRule;
    this.displayPattern = displayPattern;
  }

  /**
   * Checks a written form and appends its canonical digits to {@code out}.
   *
   * @param input the written form
   * @param out receives the canonical digits; only meaningful when the result is {@code null}
   * @return {@code null} when the input is valid, otherwise the first rule it breaks
   */
  public CoreError check(CharSequence input, StringBuilder out) {
    CoreError error = Digits.normalise(input, vatPrefix, out);
    if (error != null) {
      return error;
    }
    if (padOneZero && out.length() == length - 1) {
      out.insert(0, '0');
    }
    if (out.length() != length) {
      return CoreError.ID_WRONG_LENGTH;
    }
    char first = out.charAt(0);
    if (first < firstMin || first > firstMax) {
      return CoreError.ID_FIRST_DIGIT;
    }
    return checkRule.check(out);
  }

  /**
   * Formats canonical digits for display.
   *
   * @param digits canonical digits of this scheme
   * @return the display form
   */
  public String format(String digits) {
    return Digits.format(digits, displayPattern);
  }

  /**
   * Explains a broken rule for this scheme in English, without any input value.
   *
   * @param error a rule returned by {@link #check}
   * @return the rule, with the specifics of this scheme
   */
  public String explain(CoreError error) {
    return explain(error, Language.EN);
  }

  /**
   * Explains a broken rule for this scheme in a language, without any input value.
   *
   * @param error a rule returned by {@link #check}
   * @param language the language
   * @return the rule, with the specifics of this scheme
   */
  public String explain(CoreError error, Language language) {
    String rule = IdentifierTexts.rule(error, language);
    switch (error) {
      case ID_WRONG_LENGTH:
        return rule
            + ": "
            + IdentifierTexts.text("length", language, length)
            + (padOneZero ? " (" + IdentifierTexts.text("length.padded", language, length - 1) + ")" : "");
      case ID_FIRST_DIGIT:
        return rule
            + ": "
            + IdentifierTexts.text(firstMax - firstMin == 1 ? "firstDigit.or" : "firstDigit.range", language,
                firstMin, firstMax);
      case ID_CHECK_DIGITS:
        return rule + ": " + IdentifierTexts.text("check." + checkRule.name(), language);
      case ID_BIRTH_DATE:
        return rule + ": " + IdentifierTexts.text("birthDate", language);
      default:
        return rule;
    }
  }
}
