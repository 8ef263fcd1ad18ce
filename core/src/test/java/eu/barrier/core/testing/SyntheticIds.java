package eu.barrier.core.testing;

import eu.barrier.core.id.BeEnterpriseNumber;
import eu.barrier.core.id.BeEstablishmentUnitNumber;
import eu.barrier.core.id.BeNationalNumber;
import eu.barrier.core.id.NlBsn;
import eu.barrier.core.id.NlEstablishmentNumber;
import eu.barrier.core.id.NlKvkNumber;
import eu.barrier.core.id.NlRsin;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Test helper: synthetic identifiers with valid check digits, computed here, never real ones.
 * The fixed examples are the published test numbers of Barrier's domain notes.
 */
public final class SyntheticIds {

  /** Published example (stdnum doctest). */
  public static final String BE_ENTERPRISE_EXAMPLE = "0403019261";
  /** Published example (public test in a repository). */
  public static final String BE_ESTABLISHMENT_EXAMPLE = "2104471814";
  /** Synthetic (stdnum doctest), born 1985. */
  public static final String BE_NATIONAL_EXAMPLE = "85073003328";
  /** Common BSN test number. */
  public static final String NL_BSN_EXAMPLE = "111222333";

  private SyntheticIds() {}

  /**
   * Valid Belgian enterprise numbers.
   *
   * @return the generator
   */
  public static Arbitrary<BeEnterpriseNumber> beEnterprise() {
    return mod97(Arbitraries.of('0', '1')).map(BeEnterpriseNumber::parse);
  }

  /**
   * Valid Belgian establishment unit numbers.
   *
   * @return the generator
   */
  public static Arbitrary<BeEstablishmentUnitNumber> beEstablishment() {
    return mod97(Arbitraries.chars().range('2', '8')).map(BeEstablishmentUnitNumber::parse);
  }

  /**
   * Valid Belgian national numbers, pre-2000 rule, real dates.
   *
   * @return the generator
   */
  public static Arbitrary<BeNationalNumber> beNational() {
    return Combinators.combine(
            Arbitraries.integers().between(30, 99),
            Arbitraries.integers().between(1, 12),
            Arbitraries.integers().between(1, 28),
            Arbitraries.integers().between(1, 997))
        .as((yy, mm, dd, seq) -> {
          long base = Long.parseLong(String.format(Locale.ROOT, "%02d%02d%02d%03d", yy, mm, dd, seq));
          long check = 97 - base % 97;
          return BeNationalNumber.parse(String.format(Locale.ROOT, "%09d%02d", base, check));
        });
  }

  /**
   * Valid BSNs.
   *
   * @return the generator
   */
  public static Arbitrary<NlBsn> nlBsn() {
    return elevenTest().map(NlBsn::parse);
  }

  /**
   * Valid RSINs.
   *
   * @return the generator
   */
  public static Arbitrary<NlRsin> nlRsin() {
    return elevenTest().map(NlRsin::parse);
  }

  /**
   * KvK numbers (no check digit).
   *
   * @return the generator
   */
  public static Arbitrary<NlKvkNumber> nlKvk() {
    return Arbitraries.strings().numeric().ofLength(8).map(NlKvkNumber::parse);
  }

  /**
   * Establishment numbers (no check digit).
   *
   * @return the generator
   */
  public static Arbitrary<NlEstablishmentNumber> nlEstablishment() {
    return Arbitraries.strings().numeric().ofLength(12).map(NlEstablishmentNumber::parse);
  }

  private static Arbitrary<String> mod97(Arbitrary<Character> first) {
    return Combinators.combine(first, Arbitraries.strings().numeric().ofLength(7))
        .as((f, rest) -> {
          String base = f + rest;
          long check = 97 - Long.parseLong(base) % 97;
          return base + String.format(Locale.ROOT, "%02d", check);
        });
  }

  private static Arbitrary<String> elevenTest() {
    return Arbitraries.strings().numeric().ofLength(8)
        .filter(s -> !s.equals("00000000"))
        .map(s -> {
          int sum = 0;
          for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (s.charAt(i) - '0');
          }
          int last = sum % 11;
          return last == 10 ? null : s + last;
        })
        .filter(s -> s != null);
  }
}
