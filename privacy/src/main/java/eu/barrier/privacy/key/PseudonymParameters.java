package eu.barrier.privacy.key;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A named, frozen parameter set for keyed pseudonyms, kept apart from key material.
 *
 * <p>A parameter set fixes the MAC, the key derivation, the root key length, the tag length and the
 * text prefix. Parameter sets are never edited in place: a change gets a new name.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class PseudonymParameters {

  /**
   * HMAC-SHA-256 over the typed, length-prefixed identifier, under a key derived with HKDF-SHA-256
   * per (purpose, recipient domain, key id) from a 32-byte root key; full 32-byte tag; text form
   * {@code pk1.<kid>.<base64url>}. See {@code docs/privacy-guarantees.md} for the exact bytes.
   */
  public static final PseudonymParameters HMAC_SHA256_V1 =
      new PseudonymParameters("HMAC_SHA256_V1", "pk1", 32, 32);

  private final String name;
  private final String textVersion;
  private final int rootKeyLength;
  private final int tagLength;

  private PseudonymParameters(String name, String textVersion, int rootKeyLength, int tagLength) {
    this.name = name;
    this.textVersion = textVersion;
    this.rootKeyLength = rootKeyLength;
    this.tagLength = tagLength;
  }

  /**
   * Returns the parameter set with the given {@linkplain #name() name}.
   *
   * @param name a name such as {@code HMAC_SHA256_V1}
   * @return the parameter set, or {@code null} if none has this name
   */
  public static PseudonymParameters forName(String name) {
    Objects.requireNonNull(name, "name");
    return HMAC_SHA256_V1.name.equals(name) ? HMAC_SHA256_V1 : null;
  }

  /**
   * Returns the stable name used in key set files, for example {@code HMAC_SHA256_V1}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the version prefix of the text form, for example {@code pk1}.
   *
   * @return the prefix
   */
  public String textVersion() {
    return textVersion;
  }

  /**
   * Returns the length of a root key in bytes.
   *
   * @return 32 for {@link #HMAC_SHA256_V1}
   */
  public int rootKeyLength() {
    return rootKeyLength;
  }

  /**
   * Returns the length of a pseudonym tag in bytes.
   *
   * @return 32 for {@link #HMAC_SHA256_V1}
   */
  public int tagLength() {
    return tagLength;
  }

  @Override
  public String toString() {
    return name;
  }
}
