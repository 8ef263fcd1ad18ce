package eu.barrier.privacy.audit;

import eu.barrier.privacy.InsecureSecretAccess;
import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.SecretAccess;
import eu.barrier.privacy.internal.ExchangeCrypto;
import eu.barrier.privacy.key.PartyKeys;
import eu.barrier.privacy.key.PartyPublicKeys;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A signed checkpoint of an audit log: a C2SP {@code tlog-checkpoint} (origin, tree size, RFC 9162
 * root hash) in a C2SP {@code signed-note}, signed with the log party's Ed25519 key and optionally
 * cosigned by witnesses (C2SP {@code tlog-cosignature}, {@code cosignature/v1}). Immutable.
 *
 * <pre>
 * nl.gemeente.0363/audit
 * 42
 * 5dnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=
 *
 * — nl.gemeente.0363 Az3grl…
 * — nl.riec.amsterdam jWbPPw…
 * </pre>
 *
 * <p>Signatures (signed-note, type {@code 0x01}): key name = the party id, key ID = {@code
 * SHA-256(name || 0x0A || 0x01 || public key)[:4]}, Ed25519 over the note text. Cosignatures
 * (type {@code 0x04}): key ID = {@code SHA-256(name || 0x0A || 0x04 || public key)[:4]}, a
 * big-endian 8-byte POSIX timestamp, then Ed25519 over {@code "cosignature/v1\ntime T\n" ||
 * note text}. A witness that cosigns states that, at that time, this is the largest consistent
 * tree it saw for that origin.
 *
 * <p>Limits when parsing: at most {@value #MAX_BYTES} bytes, {@value #MAX_SIGNATURES} signature
 * lines; UTF-8 without control characters other than line feed. Unknown signature lines are kept
 * and ignored, as the format requires.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class SignedCheckpoint {

  /** The largest note read. */
  public static final int MAX_BYTES = 16 * 1024;

  /** The most signature lines read. */
  public static final int MAX_SIGNATURES = 32;

  private static final byte ED25519 = 0x01;
  private static final byte COSIGNATURE = 0x04;
  private static final String DASH = "\u2014 ";

  private final String origin;
  private final long size;
  private final byte[] root;
  private final String body;
  private final List<String> signatureLines;

  private SignedCheckpoint(String origin, long size, byte[] root, String body, List<String> signatureLines) {
    this.origin = origin;
    this.size = size;
    this.root = root;
    this.body = body;
    this.signatureLines = List.copyOf(signatureLines);
  }

  /**
   * Signs a checkpoint of a log.
   *
   * @param origin the log's name, for example {@code nl.gemeente.0363/audit}: 1 to 128 printable
   *     characters without spaces or {@code +}
   * @param size the number of entries
   * @param root the RFC 9162 root of those entries
   * @param signer the log party's keys
   * @return the signed checkpoint
   */
  public static SignedCheckpoint sign(String origin, long size, byte[] root, PartyKeys signer) {
    Objects.requireNonNull(signer, "signer");
    if (!isValidName(origin) || size < 0 || root.length != 32) {
      throw new IllegalArgumentException("origin must be 1 to 128 printable characters without spaces or +");
    }
    String body = origin + "\n" + size + "\n" + Base64.getEncoder().encodeToString(root) + "\n";
    byte[] pub = signer.publicKeys().signingKey();
    byte[] sig = sign(signer, body.getBytes(StandardCharsets.UTF_8));
    String line = signatureLine(signer.partyId(), keyId(signer.partyId(), ED25519, pub), sig);
    return new SignedCheckpoint(origin, size, root.clone(), body, List.of(line));
  }

  /**
   * Returns a copy with a witness's cosignature added.
   *
   * @param witness the witness's keys
   * @param time when the witness cosigns
   * @return the cosigned checkpoint
   */
  public SignedCheckpoint cosign(PartyKeys witness, Instant time) {
    Objects.requireNonNull(witness, "witness");
    long t = time.getEpochSecond();
    if (t < 0) {
      throw new IllegalArgumentException("time must not be before 1970");
    }
    byte[] sig = sign(witness, cosignedMessage(t));
    byte[] timestamped = ByteBuffer.allocate(8 + sig.length).putLong(t).put(sig).array();
    List<String> lines = new ArrayList<>(signatureLines);
    lines.add(signatureLine(witness.partyId(), keyId(witness.partyId(), COSIGNATURE, witness.publicKeys().signingKey()),
        timestamped));
    return new SignedCheckpoint(origin, size, root, body, lines);
  }

  private static byte[] sign(PartyKeys keys, byte[] message) {
    SecretAccess access = InsecureSecretAccess.get();
    byte[] seed = keys.signingKey(access).toByteArray(access);
    try {
      return ExchangeCrypto.sign(seed, message);
    } finally {
      Arrays.fill(seed, (byte) 0);
    }
  }

  private byte[] cosignedMessage(long time) {
    return ("cosignature/v1\ntime " + time + "\n" + body).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Tells whether the log party's signature is present and valid.
   *
   * @param signer the log party's public keys
   * @return whether a signature line of that key verifies (and none of that key fails)
   */
  public boolean isSignedBy(PartyPublicKeys signer) {
    byte[] pub = signer.signingKey();
    byte[] id = keyId(signer.partyId(), ED25519, pub);
    boolean any = false;
    for (byte[] sig : signatures(signer.partyId(), id)) {
      if (sig.length != 64 || !ExchangeCrypto.verify(pub, body.getBytes(StandardCharsets.UTF_8), sig)) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /**
   * Returns the time of a valid cosignature of a witness.
   *
   * @param witness the witness's public keys
   * @return the cosignature's time, or empty if the witness did not validly cosign
   */
  public Optional<Instant> cosignedBy(PartyPublicKeys witness) {
    byte[] pub = witness.signingKey();
    byte[] id = keyId(witness.partyId(), COSIGNATURE, pub);
    Optional<Instant> time = Optional.empty();
    for (byte[] sig : signatures(witness.partyId(), id)) {
      if (sig.length != 72) {
        return Optional.empty();
      }
      long t = ByteBuffer.wrap(sig, 0, 8).getLong();
      if (t < 0 || !ExchangeCrypto.verify(pub, cosignedMessage(t), Arrays.copyOfRange(sig, 8, 72))) {
        return Optional.empty();
      }
      time = Optional.of(Instant.ofEpochSecond(t));
    }
    return time;
  }

  /** The signature bytes (after the key ID) of every line with this key name and key ID. */
  private List<byte[]> signatures(String name, byte[] id) {
    List<byte[]> out = new ArrayList<>();
    for (String line : signatureLines) {
      int space = line.indexOf(' ', DASH.length());
      if (!line.substring(DASH.length(), space).equals(name)) {
        continue;
      }
      byte[] raw = Base64.getDecoder().decode(line.substring(space + 1));
      if (MessageDigest.isEqual(Arrays.copyOf(raw, 4), id)) {
        out.add(Arrays.copyOfRange(raw, 4, raw.length));
      }
    }
    return out;
  }

  /**
   * Parses a signed checkpoint note.
   *
   * @param text the note
   * @return the checkpoint; its signatures are not verified here
   * @throws AuditException with {@link PrivacyError#AUDIT_CHECKPOINT} if it breaks the format
   */
  public static SignedCheckpoint parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw invalid("larger than " + MAX_BYTES + " bytes");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\n' || c == 0x7F) {
        throw invalid("a control character");
      }
    }
    int split = text.lastIndexOf("\n\n");
    if (split < 0 || !text.endsWith("\n")) {
      throw invalid("no blank line before the signatures, or no final line feed");
    }
    String body = text.substring(0, split + 1);
    String[] bodyLines = body.substring(0, body.length() - 1).split("\n", -1);
    if (bodyLines.length < 3) {
      throw invalid("the body needs an origin, a tree size and a root hash");
    }
    for (String line : bodyLines) {
      if (line.isEmpty()) {
        throw invalid("an empty body line");
      }
    }
    String origin = bodyLines[0];
    if (!isValidName(origin)) {
      throw invalid("line 1: the origin must be 1 to 128 printable characters without spaces or +");
    }
    long size;
    if (!bodyLines[1].matches("0|[1-9][0-9]{0,18}")) {
      throw invalid("line 2: the tree size must be a decimal without leading zeros");
    }
    try {
      size = Long.parseLong(bodyLines[1]);
    } catch (NumberFormatException e) {
      throw invalid("line 2: the tree size is too large");
    }
    byte[] root = decode(bodyLines[2]);
    if (root == null || root.length != 32 || !Base64.getEncoder().encodeToString(root).equals(bodyLines[2])) {
      throw invalid("line 3: the root hash must be the canonical base64 of 32 bytes");
    }
    if (split + 2 >= text.length()) {
      // found by SignedCheckpointProperties: a note ending in its blank line has no signature line
      throw invalid("no signature lines after the blank line");
    }
    String[] sigLines = text.substring(split + 2, text.length() - 1).split("\n", -1);
    if (sigLines.length > MAX_SIGNATURES) {
      throw invalid("more than " + MAX_SIGNATURES + " signatures");
    }
    List<String> sigs = new ArrayList<>();
    for (int i = 0; i < sigLines.length; i++) {
      String line = sigLines[i];
      int space = line.startsWith(DASH) ? line.indexOf(' ', DASH.length()) : -1;
      byte[] raw = space > DASH.length() ? decode(line.substring(space + 1)) : null;
      if (raw == null || raw.length < 5 || !isValidName(line.substring(DASH.length(), space))) {
        throw invalid("signature line " + (i + 1) + ": expected an em dash, a key name and base64 of a key ID and a signature");
      }
      sigs.add(line);
    }
    return new SignedCheckpoint(origin, size, root, body, sigs);
  }

  private static byte[] decode(String s) {
    try {
      return Base64.getDecoder().decode(s);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static AuditException invalid(String detail) {
    return new AuditException(PrivacyError.AUDIT_CHECKPOINT, detail);
  }

  private static boolean isValidName(String s) {
    if (s == null || s.isEmpty() || s.length() > 128) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c <= ' ' || c == '+' || c == 0x7F || Character.isSpaceChar(c)) {
        return false;
      }
    }
    return true;
  }

  private static String signatureLine(String name, byte[] keyId, byte[] signature) {
    byte[] raw = ByteBuffer.allocate(4 + signature.length).put(keyId).put(signature).array();
    return DASH + name + " " + Base64.getEncoder().encodeToString(raw);
  }

  /** {@code SHA-256(name || 0x0A || type || public key)[:4]}. */
  static byte[] keyId(String name, byte type, byte[] publicKey) {
    MessageDigest d = AuditTree.sha256();
    d.update(name.getBytes(StandardCharsets.UTF_8));
    d.update((byte) 0x0A);
    d.update(type);
    d.update(publicKey);
    return Arrays.copyOf(d.digest(), 4);
  }

  /**
   * Returns the origin line: the log's name.
   *
   * @return the origin
   */
  public String origin() {
    return origin;
  }

  /**
   * Returns the number of entries covered.
   *
   * @return the tree size
   */
  public long size() {
    return size;
  }

  /**
   * Returns the RFC 9162 root hash of the covered entries.
   *
   * @return 32 bytes (a copy)
   */
  public byte[] rootHash() {
    return root.clone();
  }

  /**
   * Returns the whole signed note, as written to a file.
   *
   * @return the text, ending in a line feed
   */
  public String text() {
    return body + "\n" + String.join("\n", signatureLines) + "\n";
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof SignedCheckpoint c && c.text().equals(text());
  }

  @Override
  public int hashCode() {
    return text().hashCode();
  }

  /**
   * Returns origin, size and the number of signature lines; checkpoints hold no personal data.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "SignedCheckpoint[" + origin + ", size=" + size + ", signatures=" + signatureLines.size() + "]";
  }
}
