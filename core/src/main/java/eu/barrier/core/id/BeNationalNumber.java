package eu.barrier.core.id;

import eu.barrier.core.internal.Checksums;
import eu.barrier.core.internal.NationalNumbers;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A Belgian national register number (rijksregisternummer, numéro de registre national) or bis
 * number, together the INSZ/NISS. Personal data whose use Belgian law restricts: pseudonymise it
 * before exchange.
 *
 * <p>Rule: 11 digits {@code YYMMDDSSSCC}. The check digits {@code CC} equal {@code 97 - (YYMMDDSSS
 * mod 97)} for people born before 2000, and {@code 97 - (2YYMMDDSSS mod 97)} (a 2 in front, that is
 * plus 2,000,000,000) for people born from 2000. Both rules are tried; at most one can match, and
 * the one that matched gives the {@linkplain #birthYear() century}. The date part must be a
 * possible date in that century: bis numbers add 20 or 40 to the month; {@code 00} stands for an
 * unknown month or day. With the month unknown ({@code 00}, {@code 20} or {@code 40}) any day
 * digits {@code 00}–{@code 99} are accepted, because the National Register also writes month
 * {@code 00} when a day's serial numbers run out and then counts on in the day digits (as
 * python-stdnum 2.2 reads the register's instruction IT000; the instruction itself was not
 * retrieved). With a known month the day must exist in that month of the birth year (an unknown
 * day {@code 00} is allowed). The class does not expose the sex encoded in {@code SSS}.
 *
 * <p>Differences from python-stdnum 2.2 ({@code be.nn} or {@code be.bis}), kept by a differential
 * test on 2 400 numbers: stdnum accepts a known month with a day after its last day ({@code
 * 85.02.30}, read as an unknown day), Barrier rejects it ({@code BARRIER-CORE-0007}); stdnum tries
 * the rule for births from 2000 only for years up to the current one, Barrier always tries both, so
 * its verdict never depends on the clock. For {@code 00.00.01}, {@code 00.20.01} and {@code
 * 00.40.01} (no part of the birth date known) the {@linkplain #birthYear() birth year} is the
 * fictitious 1900 or 2000.
 *
 * <p>Written forms accepted by {@link #parse}: digits with spaces, dots, dashes or slashes
 * anywhere, and {@code (0)} read as {@code 0}. Display: {@code 85.07.30-033.28}.
 *
 * <p>Error detection: a change of one digit never yields a valid number <em>of the same
 * century</em>, because it changes the checked value by {@code d·10^k} with {@code 0 < |d| < 10},
 * which is never a multiple of the prime 97. It yields a valid number of the <em>other</em> century
 * exactly when {@code d·10^k ≡ ±2,000,000,000 ≡ ±68 (mod 97)}; the only such change is to the
 * second digit of {@code YY}, by 6: {@code YY - 6} turns a valid 19YY number into a valid 20(YY-6)
 * number, and {@code YY + 6} turns a valid 20YY number into a valid 19(YY+6) number (for example
 * {@code 12.03.04-…} born 2012 and {@code 18.03.04-…} born 1918 share their check digits), unless
 * the date becomes impossible (29 February). Every other single-digit change is rejected. The
 * property test {@code BeNationalNumberProperties} checks exactly this.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class BeNationalNumber extends DigitIdentifier implements Identifier {

  private final int birthYear;
  private final boolean bis;

  private BeNationalNumber(String digits) {
    super(IdentifierType.BE_NATIONAL_NUMBER, digits);
    this.birthYear = NationalNumbers.year(digits, Checksums.nationalNumberCentury(digits));
    this.bis = NationalNumbers.bisOffset(NationalNumbers.writtenMonth(digits)) != 0;
  }

  /**
   * Returns whether {@code input} is valid; never throws for bad input.
   *
   * @param input the text, may be {@code null} (not valid)
   * @return {@code true} if {@link #parse} would succeed
   */
  public static boolean isValid(CharSequence input) {
    return IdentifierType.BE_NATIONAL_NUMBER.isValid(input);
  }

  /**
   * Parses a written form.
   *
   * @param input the text
   * @return the national number
   * @throws InvalidIdentifierException if the input breaks a rule; the code names which ({@code
   *     BARRIER-CORE-0007} for an impossible birth date)
   * @throws NullPointerException if {@code input} is {@code null}
   */
  public static BeNationalNumber parse(CharSequence input) {
    return new BeNationalNumber(IdentifierType.BE_NATIONAL_NUMBER.canonicalDigits(input));
  }

  /**
   * Returns the full birth year, from {@code YY} and the century whose check-digit rule matched:
   * 1900–1999 under the original rule, 2000–2099 under the rule for births from 2000.
   *
   * @return the birth year
   */
  public int birthYear() {
    return birthYear;
  }

  /**
   * Returns the birth date, or empty when the month or the day is recorded as unknown ({@code 00}).
   *
   * @return the birth date if complete
   */
  public Optional<LocalDate> birthDate() {
    String digits = canonical();
    int month = NationalNumbers.month(digits);
    int day = NationalNumbers.day(digits);
    return month == 0 || day == 0
        ? Optional.empty()
        : Optional.of(LocalDate.of(birthYear, month, day));
  }

  /**
   * Returns whether this is a bis number (month plus 20 or 40), issued to people who are not in the
   * national register.
   *
   * @return {@code true} for a bis number
   */
  public boolean isBis() {
    return bis;
  }
}
