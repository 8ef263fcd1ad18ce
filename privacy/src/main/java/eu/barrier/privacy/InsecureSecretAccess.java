package eu.barrier.privacy;

import org.apiguardian.api.API;

/**
 * Hands out the {@link SecretAccess} token.
 *
 * <p>Call this only where raw key material must cross a trust boundary: reading or writing a key
 * set file, importing keys from a key management system. Every call site deserves a review.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
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
