package eu.barrier.linkage.clk;

import eu.barrier.linkage.LinkageError;
import eu.barrier.linkage.LinkageException;
import eu.barrier.linkage.schema.KdfHash;
import eu.barrier.linkage.schema.KeyDerivation;
import eu.barrier.privacy.InsecureSecretAccess;
import eu.barrier.privacy.SecretAccess;
import eu.barrier.privacy.SecretBytes;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import org.apiguardian.api.API;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * The linkage secret that all parties of one linkage project share, and only they: the linkage
 * unit that compares CLKs never holds it. Held as a {@link SecretBytes}; creating one from raw
 * bytes needs the {@link SecretAccess} token.
 *
 * <p>clkhash takes the secret as a Python {@code str} and uses its UTF-8 bytes; {@link #fromText}
 * does the same, so the same text gives the same CLKs in both.
 *
 * <p>Guarantees: the secret never appears in {@link #toString()}; it is not serializable; {@link
 * #equals} is identity.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class LinkageSecret {

  private final SecretBytes secret;

  private LinkageSecret(SecretBytes secret) {
    this.secret = secret;
  }

  /**
   * Wraps secret bytes.
   *
   * @param secret at least one byte
   * @return the linkage secret
   * @throws IllegalArgumentException if the secret is empty
   */
  public static LinkageSecret of(SecretBytes secret) {
    Objects.requireNonNull(secret, "secret");
    if (secret.size() < 1) {
      throw new IllegalArgumentException("the linkage secret must not be empty");
    }
    return new LinkageSecret(secret);
  }

  /**
   * Copies raw bytes into a linkage secret.
   *
   * @param secret at least one byte; copied
   * @param access the token
   * @return the linkage secret
   */
  public static LinkageSecret copyFrom(byte[] secret, SecretAccess access) {
    return of(SecretBytes.copyFrom(secret, access));
  }

  /**
   * Takes a text secret as clkhash takes a {@code str}: its UTF-8 bytes.
   *
   * @param secret the text, not empty
   * @param access the token
   * @return the linkage secret
   */
  public static LinkageSecret fromText(String secret, SecretAccess access) {
    byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
    try {
      return copyFrom(bytes, access);
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  /**
   * Reads the content of a secret file: the bytes, without one trailing line break ({@code LF} or
   * {@code CR LF}), so that a file written by an editor holds the same secret as the text typed.
   * clkhash gets the same secret from the same text.
   *
   * @param content the file's bytes; not kept
   * @param access the token
   * @return the linkage secret
   * @throws LinkageException ({@link LinkageError#SECRET_FORMAT}) if nothing remains
   */
  public static LinkageSecret fromFileContent(byte[] content, SecretAccess access) {
    Objects.requireNonNull(content, "content");
    int end = content.length;
    if (end > 0 && content[end - 1] == '\n') {
      end--;
      if (end > 0 && content[end - 1] == '\r') {
        end--;
      }
    }
    if (end == 0) {
      throw new LinkageException(LinkageError.SECRET_FORMAT, "the secret file is empty");
    }
    byte[] secret = Arrays.copyOf(content, end);
    try {
      return copyFrom(secret, access);
    } finally {
      Arrays.fill(secret, (byte) 0);
    }
  }

  /**
   * Generates a new secret text: 32 random bytes as unpadded base64url (43 characters), a text
   * that clkhash takes unchanged as its {@code str} secret.
   *
   * @param random the source, normally a {@link SecureRandom}
   * @return the text's UTF-8 bytes as secret bytes; write them to the secret file
   */
  public static SecretBytes generateText(SecureRandom random) {
    Objects.requireNonNull(random, "random");
    byte[] raw = new byte[32];
    random.nextBytes(raw);
    byte[] text = Base64.getUrlEncoder().withoutPadding().encode(raw);
    try {
      return SecretBytes.copyFrom(text, InsecureSecretAccess.get());
    } finally {
      Arrays.fill(raw, (byte) 0);
      Arrays.fill(text, (byte) 0);
    }
  }

  /**
   * Derives the feature keys as clkhash does: one HKDF call of {@code features x 2 x keySize}
   * bytes, cut into {@code keySize}-byte keys; feature {@code j} gets keys {@code 2j} and {@code
   * 2j + 1}. The raw secret leaves its holder only here, inside the module.
   */
  byte[][] deriveKeys(KeyDerivation kdf, int features) {
    int keySize = kdf.keySize();
    byte[] okm = new byte[features * 2 * keySize];
    byte[] ikm = secret.toByteArray(InsecureSecretAccess.get());
    try {
      hkdf(kdf.hash(), ikm, kdf.salt().orElse(null), kdf.info().orElse(null), okm);
    } finally {
      Arrays.fill(ikm, (byte) 0);
    }
    byte[][] keys = new byte[features * 2][];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = Arrays.copyOfRange(okm, i * keySize, (i + 1) * keySize);
    }
    Arrays.fill(okm, (byte) 0);
    return keys;
  }

  /** Bytes derived from the secret for a Barrier hardening step, apart from clkhash's keys by their info. */
  byte[] deriveHardeningKey(String label, int length) {
    byte[] out = new byte[length];
    byte[] ikm = secret.toByteArray(InsecureSecretAccess.get());
    try {
      hkdf(KdfHash.SHA256, ikm, null, ("barrier-linkage/" + label).getBytes(StandardCharsets.UTF_8), out);
    } finally {
      Arrays.fill(ikm, (byte) 0);
    }
    return out;
  }

  static void hkdf(KdfHash hash, byte[] ikm, byte[] salt, byte[] info, byte[] out) {
    Digest digest = hash == KdfHash.SHA512 ? new SHA512Digest() : new SHA256Digest();
    HKDFBytesGenerator hkdf = new HKDFBytesGenerator(digest);
    hkdf.init(new HKDFParameters(ikm, salt, info));
    hkdf.generateBytes(out, 0, out.length);
  }

  /**
   * Returns a text without the secret.
   *
   * @return {@code LinkageSecret[redacted]}
   */
  @Override
  public String toString() {
    return "LinkageSecret[redacted]";
  }
}
