package eu.barrier.privacy.key;

import eu.barrier.core.json.JsonFormatException;
import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.SecretAccess;
import eu.barrier.privacy.SecretBytes;
import eu.barrier.privacy.internal.ExchangeCrypto;
import eu.barrier.privacy.internal.Jcs;
import eu.barrier.privacy.internal.PrivacyJson;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes party key files (format in {@code docs/exchange-keys-format.md}).
 *
 * <p>The secret form ({@code barrier-party-keys/1}) holds the private keys and needs a {@link
 * SecretAccess} token both ways. The public form ({@code barrier-party-public/1}) holds the party
 * id, the public keys and their ids; {@link #parsePublic} rejects a document that holds a private
 * key. Files are written as RFC 8785 canonical JSON followed by a line feed.
 *
 * <p>Every read method throws only {@link KeySetException} for bad input; its message names the
 * rule and a JSON path, never key material.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class PartyKeyFiles {

  /** The format tag of the secret form. */
  public static final String FORMAT = "barrier-party-keys/1";

  /** The format tag of the public form. */
  public static final String PUBLIC_FORMAT = "barrier-party-public/1";

  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();
  private static final Set<String> TOP = Set.of("format", "party", "signing", "encryption");
  private static final Set<String> SECRET_KEY = Set.of("algorithm", "id", "privateKey");
  private static final Set<String> PUBLIC_KEY = Set.of("algorithm", "id", "publicKey");

  private PartyKeyFiles() {}

  /**
   * Writes the secret form.
   *
   * @param keys the keys
   * @param access the token
   * @return the file content
   */
  public static String write(PartyKeys keys, SecretAccess access) {
    Objects.requireNonNull(keys, "keys");
    SecretAccess.require(access);
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("format", FORMAT);
    root.put("party", keys.partyId());
    byte[] sk = keys.signingKey(access).toByteArray(access);
    byte[] ek = keys.encryptionKey(access).toByteArray(access);
    try {
      key(root, "signing", PartyPublicKeys.SIGNING_ALGORITHM, keys.publicKeys().signingKeyId(), "privateKey", sk);
      key(root, "encryption", PartyPublicKeys.ENCRYPTION_ALGORITHM, keys.publicKeys().encryptionKeyId(), "privateKey", ek);
    } finally {
      Arrays.fill(sk, (byte) 0);
      Arrays.fill(ek, (byte) 0);
    }
    return new String(Jcs.canonicalize(root), StandardCharsets.UTF_8) + "\n";
  }

  /**
   * Writes the public form.
   *
   * @param keys the public keys
   * @return the file content
   */
  public static String writePublic(PartyPublicKeys keys) {
    Objects.requireNonNull(keys, "keys");
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("format", PUBLIC_FORMAT);
    root.put("party", keys.partyId());
    key(root, "signing", PartyPublicKeys.SIGNING_ALGORITHM, keys.signingKeyId(), "publicKey", keys.signingKey());
    key(root, "encryption", PartyPublicKeys.ENCRYPTION_ALGORITHM, keys.encryptionKeyId(), "publicKey", keys.encryptionKey());
    return new String(Jcs.canonicalize(root), StandardCharsets.UTF_8) + "\n";
  }

  private static void key(ObjectNode root, String name, String algorithm, String id, String member, byte[] material) {
    ObjectNode k = root.putObject(name);
    k.put("algorithm", algorithm);
    k.put("id", id);
    k.put(member, B64.encodeToString(material));
  }

  /**
   * Reads the secret form.
   *
   * @param json the file content
   * @param access the token
   * @return the keys
   * @throws KeySetException if the text breaks the format, a key is invalid or a key id does not
   *     match its key
   */
  public static PartyKeys parse(String json, SecretAccess access) {
    Objects.requireNonNull(json, "json");
    SecretAccess.require(access);
    JsonNode root = readRoot(json, FORMAT);
    String party = party(root);
    byte[] sk = material(root, "signing", SECRET_KEY, "privateKey", PartyPublicKeys.SIGNING_ALGORITHM);
    byte[] ek = material(root, "encryption", SECRET_KEY, "privateKey", PartyPublicKeys.ENCRYPTION_ALGORITHM);
    try {
      PartyKeys keys = PartyKeys.of(party, SecretBytes.copyFrom(sk, access), SecretBytes.copyFrom(ek, access));
      checkId(root, "signing", keys.publicKeys().signingKeyId());
      checkId(root, "encryption", keys.publicKeys().encryptionKeyId());
      return keys;
    } finally {
      Arrays.fill(sk, (byte) 0);
      Arrays.fill(ek, (byte) 0);
    }
  }

  /**
   * Reads the public form.
   *
   * @param json the file content
   * @return the public keys
   * @throws KeySetException if the text breaks the format (including a private key), a key is
   *     invalid or a key id does not match its key
   */
  public static PartyPublicKeys parsePublic(String json) {
    Objects.requireNonNull(json, "json");
    JsonNode root = readRoot(json, PUBLIC_FORMAT);
    String party = party(root);
    for (String section : new String[] {"signing", "encryption"}) {
      JsonNode k = root.get(section);
      if (k != null && k.isObject() && k.has("privateKey")) {
        throw new KeySetException(PrivacyError.KEYSET_SECRET_IN_PUBLIC, "at /" + section + "/privateKey");
      }
    }
    byte[] sk = material(root, "signing", PUBLIC_KEY, "publicKey", PartyPublicKeys.SIGNING_ALGORITHM);
    byte[] ek = material(root, "encryption", PUBLIC_KEY, "publicKey", PartyPublicKeys.ENCRYPTION_ALGORITHM);
    PartyPublicKeys keys = PartyPublicKeys.of(party, sk, ek);
    checkId(root, "signing", keys.signingKeyId());
    checkId(root, "encryption", keys.encryptionKeyId());
    return keys;
  }

  private static JsonNode readRoot(String json, String expectedFormat) {
    JsonNode root;
    try {
      root = PrivacyJson.KEYS.read(json, JsonNode.class);
    } catch (JsonFormatException e) {
      throw new KeySetException(PrivacyError.KEYSET_SYNTAX, "malformed JSON (" + e.code() + ") at " + pointer(e.path()));
    }
    if (!root.isObject()) {
      throw new KeySetException(PrivacyError.KEYSET_SYNTAX, "at /: expected an object");
    }
    members(root, TOP, "");
    JsonNode format = root.get("format");
    if (!format.isString()) {
      throw new KeySetException(PrivacyError.KEYSET_SYNTAX, "at /format: expected a string");
    }
    if (!expectedFormat.equals(format.stringValue())) {
      if (FORMAT.equals(format.stringValue()) && PUBLIC_FORMAT.equals(expectedFormat)) {
        throw new KeySetException(PrivacyError.KEYSET_SECRET_IN_PUBLIC,
            "at /format: a secret party key file where the public form was expected");
      }
      throw new KeySetException(PrivacyError.PARTY_KEYS_FORMAT, "at /format: expected " + expectedFormat);
    }
    return root;
  }

  private static String pointer(String path) {
    return path.isEmpty() ? "/" : path;
  }

  private static void members(JsonNode node, Set<String> names, String path) {
    for (String name : node.propertyNames()) {
      if (!names.contains(name)) {
        throw new KeySetException(PrivacyError.KEYSET_SYNTAX, "at " + pointer(path) + ": unknown member");
      }
    }
    for (String name : names) {
      if (!node.has(name)) {
        throw new KeySetException(PrivacyError.KEYSET_SYNTAX, "at " + path + "/" + name + ": missing");
      }
    }
  }

  private static String party(JsonNode root) {
    JsonNode p = root.get("party");
    if (!p.isString() || !PartyPublicKeys.isValidPartyId(p.stringValue())) {
      throw new KeySetException(PrivacyError.PARTY_ID, "at /party");
    }
    return p.stringValue();
  }

  private static byte[] material(JsonNode root, String section, Set<String> names, String member, String algorithm) {
    String path = "/" + section;
    JsonNode k = root.get(section);
    if (!k.isObject()) {
      throw new KeySetException(PrivacyError.KEYSET_SYNTAX, "at " + path + ": expected an object");
    }
    members(k, names, path);
    if (!k.get("algorithm").isString() || !algorithm.equals(k.get("algorithm").stringValue())) {
      throw new KeySetException(PrivacyError.PARTY_KEY_ALGORITHM, "at " + path + "/algorithm");
    }
    if (!k.get("id").isString()) {
      throw new KeySetException(PrivacyError.PARTY_KEY_ID, "at " + path + "/id");
    }
    JsonNode m = k.get(member);
    if (!m.isString()) {
      throw new KeySetException(PrivacyError.PARTY_KEY_MATERIAL, "at " + path + "/" + member + ": expected a string");
    }
    byte[] bytes;
    try {
      bytes = B64D.decode(m.stringValue());
    } catch (IllegalArgumentException e) {
      throw new KeySetException(PrivacyError.PARTY_KEY_MATERIAL, "at " + path + "/" + member + ": not base64url");
    }
    if (bytes.length != ExchangeCrypto.KEY_LENGTH || !B64.encodeToString(bytes).equals(m.stringValue())) {
      Arrays.fill(bytes, (byte) 0);
      throw new KeySetException(PrivacyError.PARTY_KEY_MATERIAL,
          "at " + path + "/" + member + ": not 32 bytes of canonical unpadded base64url");
    }
    return bytes;
  }

  private static void checkId(JsonNode root, String section, String expected) {
    if (!expected.equals(root.get(section).get("id").stringValue())) {
      throw new KeySetException(PrivacyError.PARTY_KEY_ID, "at /" + section + "/id");
    }
  }
}
