package eu.barrier.indicators.catalogue;

import java.util.Objects;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * A catalogue together with the SHA-256 hash of the document bytes it was read from, so that an
 * assessment can name exactly which catalogue content produced it.
 *
 * <p>Obtain one with {@link Catalogues#hashedBuiltIn(String)} or {@link
 * Catalogues#loadHashed(byte[])}. A catalogue built in code has no document; its owner may pass the
 * hash of whatever document they publish it as.
 *
 * @param catalogue the catalogue
 * @param sha256 the SHA-256 of the document bytes, 64 lower-case hexadecimal digits
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record HashedCatalogue(Catalogue catalogue, String sha256) {

  private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

  /**
   * Checks the components.
   *
   * @param catalogue the catalogue component
   * @param sha256 the sha256 component
   * @throws NullPointerException if a component is {@code null}
   * @throws IllegalArgumentException if {@code sha256} is not 64 lower-case hexadecimal digits
   */
  public HashedCatalogue {
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(sha256, "sha256");
    if (!HEX64.matcher(sha256).matches()) {
      throw new IllegalArgumentException("sha256 must be 64 lower-case hexadecimal digits");
    }
  }

  /**
   * Returns {@code id@version sha256:<first 12 digits>}.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "HashedCatalogue[" + catalogue.reference() + " sha256:" + sha256.substring(0, 12) + "]";
  }
}
