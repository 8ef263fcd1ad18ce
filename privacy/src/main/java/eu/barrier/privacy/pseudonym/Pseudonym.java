package eu.barrier.privacy.pseudonym;

import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.internal.Base32;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A pseudonym: a version, a key id and a 32-byte tag, written {@code <version>.<kid>.<tag>}.
 *
 * <p>Two versions exist. {@code pk1} is a keyed pseudonym ({@link Pseudonymiser}): {@code kid}
 * names the derived key within its context and the tag is an HMAC-SHA-256 tag. {@code pk2} is a
 * blind pseudonym made through a pseudonym service ({@code eu.barrier.privacy.blind}): {@code kid}
 * names the service key and the context, and the tag is an RFC 9497 POPRF output. In both, {@code
 * kid} is 8 characters of lower-case base32 and {@code tag} the unpadded base64url form of 32
 * bytes (43 characters); the text is 56 characters long. Pseudonyms of different versions are
 * never equal.
 *
 * <p>Privacy: a pseudonym is still personal data under the GDPR when it stands for a person. {@link
 * #toString()} therefore shows only the key id; use {@link #format()} where the text is needed.
 * {@link #equals(Object)} compares in time independent of where the first difference lies.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Pseudonym {

  /** The version prefix of the text form of a keyed pseudonym. */
  public static final String VERSION = "pk1";

  /** The version prefix of the text form of a blind pseudonym (RFC 9497 POPRF, through a service). */
  public static final String BLIND_VERSION = "pk2";

  /** The tag length in bytes. */
  public static final int TAG_LENGTH = 32;

  /** The length of the text form in characters. */
  public static final int TEXT_LENGTH = 3 + 1 + 8 + 1 + 43;

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final String version;
  private final String keyId;
  private final byte[] tag;

  private Pseudonym(String version, String keyId, byte[] tag) {
    this.version = version;
    this.keyId = keyId;
    this.tag = tag;
  }

  /**
   * Creates a keyed ({@code pk1}) pseudonym from its parts.
   *
   * @param keyId 8 characters of lower-case base32
   * @param tag 32 bytes; copied
   * @return the pseudonym
   * @throws IllegalArgumentException if a part has the wrong shape
   */
  public static Pseudonym of(String keyId, byte[] tag) {
    return of(VERSION, keyId, tag);
  }

  /**
   * Creates a blind ({@code pk2}) pseudonym from its parts.
   *
   * @param keyId 8 characters of lower-case base32
   * @param tag 32 bytes; copied
   * @return the pseudonym
   * @throws IllegalArgumentException if a part has the wrong shape
   */
  public static Pseudonym ofBlind(String keyId, byte[] tag) {
    return of(BLIND_VERSION, keyId, tag);
  }

  private static Pseudonym of(String version, String keyId, byte[] tag) {
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(tag, "tag");
    if (!Base32.isEncoded5(keyId)) {
      throw new IllegalArgumentException("keyId must be 8 characters of a-z and 2-7");
    }
    if (tag.length != TAG_LENGTH) {
      throw new IllegalArgumentException("tag must be 32 bytes");
    }
    return new Pseudonym(version, keyId, tag.clone());
  }

  /** For the pseudonymiser: a key id it derived and a fresh tag array it hands over. */
  static Pseudonym ofTrusted(String keyId, byte[] tag) {
    return new Pseudonym(VERSION, keyId, tag);
  }

  /**
   * Parses the text form {@code pk1.<kid>.<tag>} or {@code pk2.<kid>.<tag>}.
   *
   * @param text untrusted text
   * @return the pseudonym; {@code parse(p.format())} equals {@code p}
   * @throws InvalidPseudonymException if the text is not a well-formed pseudonym; no other
   *     exception escapes for non-null input
   * @throws NullPointerException if {@code text} is {@code null}
   */
  public static Pseudonym parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int n = text.length();
    if (n > 4 * TEXT_LENGTH) {
      throw new InvalidPseudonymException(PrivacyError.PSEUDONYM_SYNTAX, "text is too long");
    }
    String s = text.toString();
    int first = s.indexOf('.');
    int second = first < 0 ? -1 : s.indexOf('.', first + 1);
    if (first < 0 || second < 0 || s.indexOf('.', second + 1) >= 0) {
      throw new InvalidPseudonymException(PrivacyError.PSEUDONYM_SYNTAX, "expected 3 parts");
    }
    String version = s.substring(0, first);
    if (!VERSION.equals(version) && !BLIND_VERSION.equals(version)) {
      throw new InvalidPseudonymException(PrivacyError.PSEUDONYM_VERSION, "in part 1");
    }
    String kid = s.substring(first + 1, second);
    if (!Base32.isEncoded5(kid)) {
      throw new InvalidPseudonymException(PrivacyError.PSEUDONYM_KEY_ID, "in part 2");
    }
    String tagText = s.substring(second + 1);
    byte[] tag = decodeTag(tagText);
    if (tag == null) {
      throw new InvalidPseudonymException(PrivacyError.PSEUDONYM_TAG, "in part 3");
    }
    return new Pseudonym(version.equals(VERSION) ? VERSION : BLIND_VERSION, kid, tag);
  }

  /**
   * Tells whether {@code text} is a well-formed pseudonym; never throws for non-null input.
   *
   * @param text the text, may be {@code null} (not valid)
   * @return whether {@link #parse} would succeed
   */
  public static boolean isValid(CharSequence text) {
    if (text == null) {
      return false;
    }
    try {
      parse(text);
      return true;
    } catch (InvalidPseudonymException e) {
      return false;
    }
  }

  private static byte[] decodeTag(String tagText) {
    if (tagText.length() != 43) {
      return null;
    }
    for (int i = 0; i < tagText.length(); i++) {
      char c = tagText.charAt(i);
      boolean ok =
          (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
      if (!ok) {
        return null;
      }
    }
    byte[] tag = DECODER.decode(tagText);
    // canonical form only: the two unused low bits of the last character must be zero
    if (tag.length != TAG_LENGTH || !ENCODER.encodeToString(tag).equals(tagText)) {
      return null;
    }
    return tag;
  }

  /**
   * Returns the version prefix.
   *
   * @return {@value #VERSION} (keyed) or {@value #BLIND_VERSION} (blind)
   */
  public String version() {
    return version;
  }

  /**
   * Tells whether this is a blind ({@code pk2}) pseudonym.
   *
   * @return whether the version is {@value #BLIND_VERSION}
   */
  public boolean isBlind() {
    return BLIND_VERSION.equals(version);
  }

  /**
   * Returns the key id, 8 characters of lower-case base32. It names the derived key of one
   * context and says nothing about the key material.
   *
   * @return the key id
   */
  public String keyId() {
    return keyId;
  }

  /**
   * Returns a copy of the 32-byte tag.
   *
   * @return the tag
   */
  public byte[] tag() {
    return tag.clone();
  }

  /**
   * Returns the text form {@code <version>.<kid>.<tag>}.
   *
   * @return 56 characters
   */
  public String format() {
    return version + "." + keyId + "." + ENCODER.encodeToString(tag);
  }

  /**
   * Compares version, key id and tag in time independent of where the first difference lies.
   *
   * @param obj the other object
   * @return whether both are the same pseudonym
   */
  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof Pseudonym)) {
      return false;
    }
    Pseudonym other = (Pseudonym) obj;
    boolean sameKid = MessageDigest.isEqual(keyIdBytes(), other.keyIdBytes());
    boolean sameTag = MessageDigest.isEqual(tag, other.tag);
    return version.equals(other.version) & sameKid & sameTag;
  }

  private byte[] keyIdBytes() {
    return keyId.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(tag);
  }

  /**
   * Returns {@code Pseudonym[kid=<kid>, redacted]} for {@code pk1} and {@code Pseudonym[pk2,
   * kid=<kid>, redacted]} for {@code pk2}; the tag is not shown.
   *
   * @return a text without the tag
   */
  @Override
  public String toString() {
    return "Pseudonym[" + (isBlind() ? BLIND_VERSION + ", " : "") + "kid=" + keyId + ", redacted]";
  }
}
