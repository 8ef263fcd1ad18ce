package eu.barrier.privacy;

/**
 * Hands out the {@link SecretAccess} token.
 *
 * <p>Call this only where raw key material must cross a trust boundary: reading or writing a key
 * set file, importing keys from a key management system. Every call site deserves a review.
 */
public final class InsecureSecretAccess {

  private InsecureSecretAccess() {}

  /**
   * Returns the token.
   *
   * @return the token; never {@code null}
   */
  public static SecretAccess get() {
    return SecretAccess.instance();
  }
}
