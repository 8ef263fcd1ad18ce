package eu.barrier.core.internal;

import eu.barrier.core.CoreError;

/**
 * How the digits of an identifier, already of the right length, are checked. The rule's text for
 * people is {@code check.NAME} in {@link IdentifierTexts}.
 */
enum CheckRule {

  /** No public check digit: any digits are accepted. */
  NONE {
    @Override
    CoreError check(CharSequence digits) {
      return null;
    }
  },

  /** Last two digits are {@code 97 - (the other digits mod 97)}. */
  MOD97 {
    @Override
    CoreError check(CharSequence digits) {
      return Checksums.mod97(digits) ? null : CoreError.ID_CHECK_DIGITS;
    }
  },

  /** The Dutch 11-test, and not all zeros. */
  ELEVEN_TEST {
    @Override
    CoreError check(CharSequence digits) {
      if (Digits.allZeros(digits)) {
        return CoreError.ID_ALL_ZEROS;
      }
      return Checksums.elevenTest(digits) ? null : CoreError.ID_CHECK_DIGITS;
    }
  },

  /** Mod 97 with the century rule, then a possible birth date. */
  NATIONAL_NUMBER {
    @Override
    CoreError check(CharSequence digits) {
      int century = Checksums.nationalNumberCentury(digits);
      if (century == 0) {
        return CoreError.ID_CHECK_DIGITS;
      }
      return NationalNumbers.isPossibleDate(digits, century) ? null : CoreError.ID_BIRTH_DATE;
    }
  };

  /** Returns {@code null} when the digits pass, otherwise the rule they break. */
  abstract CoreError check(CharSequence digits);
}
