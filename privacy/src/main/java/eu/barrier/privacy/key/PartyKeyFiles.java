package eu.barrier.privacy.key;

import eu.barrier.core.json.JsonFormatException;
import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.SecretAccess;
import eu.barrier.privacy.SecretBytes;
import eu.barrier.privacy.internal.ExchangeCrypto;
import eu.barrier.privacy.internal.Jcs;
import eu.barrier.privacy.internal.PrivacyJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
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
  private static final Set<String> RETIRED = Set.of("use", "algorithm", "id", "publicKey", "until", "revoked");
  private static final Set<String> RETIRED_SECRET =
      Set.of("use", "algorithm", "id", "publicKey", "until", "revoked", "privateKey");

  /** The most retired keys one file holds. */
  public static final int MAX_RETIRED = 64;

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
    retired(root, keys.publicKeys(), keys, access);
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
    retired(root, keys, null, null);
    return new String(Jcs.canonicalize(root), StandardCharsets.UTF_8) + "\n";
  }

  /** Writes the retired keys, if any; with {@code secret}, the kept private keys too. */
  private static void retired(ObjectNode root, PartyPublicKeys pub, PartyKeys secret, SecretAccess access) {
    if (pub.retired().isEmpty()) {
      return;
    }
    tools.jackson.databind.node.ArrayNode list = root.putArray("retired");
    for (RetiredKey k : pub.retired()) {
      ObjectNode n = list.addObject();
      n.put("use", k.use().name().toLowerCase(java.util.Locale.ROOT));
      n.put("algorithm", RetiredKey.algorithm(k.use()));
      n.put("id", k.id());
      n.put("publicKey", B64.encodeToString(k.publicKey()));
      n.put("until", k.until().toString());
      n.put("revoked", k.revoked());
      if (secret != null) {
        secret.retiredEncryptionKey(k.id(), access).ifPresent(m -> {
          byte[] bytes = m.toByteArray(access);
          try {
            n.put("privateKey", B64.encodeToString(bytes));
          } finally {
            Arrays.fill(bytes, (byte) 0);
          }
        });
      }
    }
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
      List<byte[]> privates = new ArrayList<>();
      try {
        List<RetiredKey> retired = readRetired(root, true, privates);
        List<SecretBytes> kept = new ArrayList<>();
        for (byte[] p : privates) {
          kept.add(SecretBytes.copyFrom(p, access));
        }
        return retired.isEmpty() ? keys : keys.withRetired(retired, kept);
      } finally {
        privates.forEach(p -> Arrays.fill(p, (byte) 0));
      }
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
    List<RetiredKey> retired = readRetired(root, false, new ArrayList<>());
    return retired.isEmpty() ? keys : keys.withRetired(retired);
  }

  private static List<RetiredKey> readRetired(JsonNode root, boolean secret, List<byte[]> privates) {
    JsonNode list = root.get("retired");
    if (list == null) {
      return List.of();
    }
    if (!list.isArray() || list.size() > MAX_RETIRED) {
      throw new KeySetException(PrivacyError.PARTY_KEY_ROTATION, "at /retired: expected an array of at most " + MAX_RETIRED);
    }
    List<RetiredKey> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String path = "/retired/" + i;
      JsonNode k = list.get(i);
      if (!k.isObject()) {
        throw new KeySetException(PrivacyError.KEYSET_SYNTAX, "at " + path + ": expected an object");
      }
      for (String name : k.propertyNames()) {
        if (!(secret ? RETIRED_SECRET : RETIRED).contains(name)) {
          throw new KeySetException(name.equals("privateKey") ? PrivacyError.KEYSET_SECRET_IN_PUBLIC
              : PrivacyError.KEYSET_SYNTAX, "at " + path + ": unknown member");
        }
      }
      for (String name : RETIRED) {
        if (!k.has(name)) {
          throw new KeySetException(PrivacyError.KEYSET_SYNTAX, "at " + path + "/" + name + ": missing");
        }
      }
      JsonNode use = k.get("use");
      RetiredKey.Use u = use.isString() && use.stringValue().equals("signing") ? RetiredKey.Use.SIGNING
          : use.isString() && use.stringValue().equals("encryption") ? RetiredKey.Use.ENCRYPTION : null;
      if (u == null) {
        throw new KeySetException(PrivacyError.PARTY_KEY_ROTATION, "at " + path + "/use: signing or encryption");
      }
      if (!k.get("algorithm").isString() || !RetiredKey.algorithm(u).equals(k.get("algorithm").stringValue())) {
        throw new KeySetException(PrivacyError.PARTY_KEY_ALGORITHM, "at " + path + "/algorithm");
      }
      java.time.Instant until;
      try {
        until = k.get("until").isString() ? java.time.Instant.parse(k.get("until").stringValue()) : null;
      } catch (java.time.format.DateTimeParseException e) {
        until = null;
      }
      if (until == null || !k.get("revoked").isBoolean()) {
        throw new KeySetException(PrivacyError.PARTY_KEY_ROTATION, "at " + path + ": until (an instant) and revoked (a boolean)");
      }
      byte[] publicKey = bytes(k.get("publicKey"), path + "/publicKey");
      RetiredKey key = RetiredKey.of(u, publicKey, until, k.get("revoked").booleanValue());
      if (!k.get("id").isString() || !key.id().equals(k.get("id").stringValue())) {
        throw new KeySetException(PrivacyError.PARTY_KEY_ID, "at " + path + "/id");
      }
      if (k.has("privateKey")) {
        if (u != RetiredKey.Use.ENCRYPTION || key.revoked()) {
          throw new KeySetException(PrivacyError.PARTY_KEY_ROTATION,
              "at " + path + "/privateKey: kept only for a retired, not revoked encryption key");
        }
        privates.add(bytes(k.get("privateKey"), path + "/privateKey"));
      }
      out.add(key);
    }
    return out;
  }

  private static byte[] bytes(JsonNode m, String path) {
    if (!m.isString()) {
      throw new KeySetException(PrivacyError.PARTY_KEY_MATERIAL, "at " + path + ": expected a string");
    }
    byte[] bytes;
    try {
      bytes = B64D.decode(m.stringValue());
    } catch (IllegalArgumentException e) {
      throw new KeySetException(PrivacyError.PARTY_KEY_MATERIAL, "at " + path + ": not base64url");
    }
    if (bytes.length != ExchangeCrypto.KEY_LENGTH || !B64.encodeToString(bytes).equals(m.stringValue())) {
      Arrays.fill(bytes, (byte) 0);
      throw new KeySetException(PrivacyError.PARTY_KEY_MATERIAL, "at " + path + ": not 32 bytes of canonical unpadded base64url");
    }
    return bytes;
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
    members(root, TOP, Set.of("retired"), "");
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
    members(node, names, Set.of(), path);
  }

  private static void members(JsonNode node, Set<String> names, Set<String> optional, String path) {
    for (String name : node.propertyNames()) {
      if (!names.contains(name) && !optional.contains(name)) {
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
    return bytes(k.get(member), path + "/" + member);
  }

  private static void checkId(JsonNode root, String section, String expected) {
    if (!expected.equals(root.get(section).get("id").stringValue())) {
      throw new KeySetException(PrivacyError.PARTY_KEY_ID, "at /" + section + "/id");
    }
  }
}
