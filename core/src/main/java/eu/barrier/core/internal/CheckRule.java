package eu.barrier.core.internal;

import eu.barrier.core.CoreError;

/** How the digits of an identifier, already of the right length, are checked. */
enum CheckRule {

  /** No public check digit: any digits are accepted. */
  NONE("") {
    @Override
    CoreError check(CharSequence digits) {
      return null;
    }
  },

  /** Last two digits are {@code 97 - (the other digits mod 97)}. */
  MOD97("the last 2 digits must equal 97 - (first 8 digits mod 97)") {
    @Override
    CoreError check(CharSequence digits) {
      return Checksums.mod97(digits) ? null : CoreError.ID_CHECK_DIGITS;
    }
  },

  /** The Dutch 11-test, and not all zeros. */
  ELEVEN_TEST("9*d1 + 8*d2 + ... + 2*d8 - d9 must be a multiple of 11 (11-test)") {
    @Override
    CoreError check(CharSequence digits) {
      if (Digits.allZeros(digits)) {
        return CoreError.ID_ALL_ZEROS;
      }
      return Checksums.elevenTest(digits) ? null : CoreError.ID_CHECK_DIGITS;
    }
  },

  /** Mod 97 with the century rule, then a possible birth date. */
  NATIONAL_NUMBER(
      "the last 2 digits must equal 97 - (first 9 digits mod 97), "
          + "with a 2 put in front of the 9 digits for births from 2000") {
    @Override
    CoreError check(CharSequence digits) {
      int century = Checksums.nationalNumberCentury(digits);
      if (century == 0) {
        return CoreError.ID_CHECK_DIGITS;
      }
      return NationalNumbers.isPossibleDate(digits, century) ? null : CoreError.ID_BIRTH_DATE;
    }
  };

  private final String explanation;

  CheckRule(String explanation) {
    this.explanation = explanation;
  }

  /** Returns {@code null} when the digits pass, otherwise the rule they break. */
  abstract CoreError check(CharSequence digits);

  /** Explains the check-digit rule, for messages. */
  String explanation() {
    return explanation;
  }
}
