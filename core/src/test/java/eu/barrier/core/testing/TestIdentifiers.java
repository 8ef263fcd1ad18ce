package eu.barrier.core.testing;

/** Synthetic identifiers with valid check digits, for fixtures. Never real numbers. */
public final class TestIdentifiers {

  private TestIdentifiers() {}

  /**
   * Returns a Belgian enterprise number: {@code 0} plus seven digits, then the mod-97 check.
   *
   * @param seven seven digits
   * @return ten digits
   */
  public static String beEnterprise(String seven) {
    String first8 = "0" + seven;
    long n = Long.parseLong(first8);
    return first8 + String.format(java.util.Locale.ROOT, "%02d", 97 - n % 97);
  }

  /**
   * Returns a Dutch BSN-shaped number passing the 11-test, starting with the given eight digits
   * or, if no check digit fits, with the eight digits incremented until one does.
   *
   * @param eight eight digits
   * @return nine digits
   */
  public static String elevenTest(String eight) {
    long base = Long.parseLong(eight);
    while (true) {
      String first = String.format(java.util.Locale.ROOT, "%08d", base);
      int sum = 0;
      for (int i = 0; i < 8; i++) {
        sum += (9 - i) * (first.charAt(i) - '0');
      }
      int check = sum % 11;
      if (check < 10) {
        return first + check;
      }
      base++;
    }
  }
}
