package eu.barrier.privacy;

import org.apiguardian.api.API;

/**
 * A token that must be passed to every method that reads or creates raw secret key material.
 *
 * <p>The only way to obtain one is {@link InsecureSecretAccess#get()}, so searching a code base for
 * {@code InsecureSecretAccess} finds every place that touches raw keys. Methods that never expose
 * secrets (pseudonymising, the public form of a key set) need no token.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class SecretAccess {

  private static final SecretAccess INSTANCE = new SecretAccess();

  private SecretAccess() {}

  static SecretAccess instance() {
    return INSTANCE;
  }

  /**
   * Checks that a token was passed.
   *
   * @param access the token
   * @return the token
   * @throws NullPointerException if {@code access} is {@code null}
   */
  public static SecretAccess require(SecretAccess access) {
    if (access == null) {
      throw new NullPointerException("SecretAccess token required: use InsecureSecretAccess.get()");
    }
    return access;
  }

  @Override
  public String toString() {
    return "SecretAccess";
  }
}
