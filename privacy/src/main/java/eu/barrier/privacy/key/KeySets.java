package eu.barrier.privacy.key;

import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.SecretAccess;
import eu.barrier.privacy.SecretBytes;
import eu.barrier.core.json.JsonFormatException;
import eu.barrier.privacy.internal.Jcs;
import eu.barrier.privacy.internal.PrivacyJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes key set files (format described in {@code docs/privacy-keyset-format.md}).
 *
 * <p>The secret form ({@code barrier-keyset/1}) holds key material and needs a {@link
 * SecretAccess} token both ways. The public form ({@code barrier-keyset-public/1}) holds ids,
 * statuses and parameter sets only; {@link #writePublic} never writes material and {@link
 * #parsePublic} rejects a document that contains any.
 *
 * <p>Files are written as RFC 8785 canonical JSON on one line followed by a line feed (members in
 * code-unit order, keys in key set order); any JSON white space is accepted on reading. Reading
 * goes through core's strict {@code BarrierJson} codec.
 *
 * <p>Every read method throws only {@link KeySetException} for bad input; its message names the
 * rule and a JSON path, never key material.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class KeySets {

  /** The format tag of the secret form. */
  public static final String FORMAT = "barrier-keyset/1";

  /** The format tag of the public form. */
  public static final String PUBLIC_FORMAT = "barrier-keyset-public/1";

  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();

  private static final Set<String> TOP = Set.of("format", "keys");
  private static final Set<String> KEY = Set.of("id", "status", "parameters", "material");
  private static final Set<String> PUBLIC_KEY = Set.of("id", "status", "parameters");

  private KeySets() {}

  /**
   * Writes the secret form, including key material.
   *
   * @param keySet the key set
   * @param access the token
   * @return UTF-8 JSON text
   */
  public static String write(KeySet keySet, SecretAccess access) {
    Objects.requireNonNull(keySet, "keySet");
    SecretAccess.require(access);
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("format", FORMAT);
    ArrayNode keys = root.putArray("keys");
    for (PseudonymKey k : keySet.keys()) {
      ObjectNode n = keys.addObject();
      n.put("id", k.id());
      n.put("status", k.status().name());
      n.put("parameters", k.parameters().name());
      k.material(access).ifPresent(m -> n.put("material", B64.encodeToString(m.toByteArray(access))));
    }
    return new String(Jcs.canonicalize(root), StandardCharsets.UTF_8) + "\n";
  }

  /**
   * Saves the secret form {@link #write} makes to a new file that only its owner can read or
   * write ({@code rw-------} from the moment it exists, where the file system has POSIX
   * permissions; elsewhere the directory's default access applies). Never replaces a file.
   *
   * @param file the new file; its directory must exist
   * @param keySet the key set
   * @param access the token
   * @throws java.nio.file.FileAlreadyExistsException if the file exists
   * @throws IOException if the file cannot be written; no partial file is left
   */
  public static void save(Path file, KeySet keySet, SecretAccess access) throws IOException {
    SecretFiles.writeNew(file, write(keySet, access));
  }

  /**
   * Writes the public form: ids, statuses, parameter sets; never material.
   *
   * @param keySet the key set
   * @return UTF-8 JSON text
   */
  public static String writePublic(KeySet keySet) {
    Objects.requireNonNull(keySet, "keySet");
    return writePublic(keySet.info());
  }

  /**
   * Writes the public form of a key set description.
   *
   * @param info the description
   * @return UTF-8 JSON text
   */
  public static String writePublic(KeySetInfo info) {
    Objects.requireNonNull(info, "info");
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("format", PUBLIC_FORMAT);
    ArrayNode keys = root.putArray("keys");
    for (KeyInfo k : info.keys()) {
      ObjectNode n = keys.addObject();
      n.put("id", k.id());
      n.put("status", k.status().name());
      n.put("parameters", k.parameters());
    }
    return new String(Jcs.canonicalize(root), StandardCharsets.UTF_8) + "\n";
  }

  /**
   * Reads the secret form.
   *
   * @param json the text
   * @param access the token
   * @return the key set
   * @throws KeySetException if the text breaks the format or a key set invariant
   */
  public static KeySet parse(String json, SecretAccess access) {
    Objects.requireNonNull(json, "json");
    SecretAccess.require(access);
    JsonNode root = readRoot(json, FORMAT);
    JsonNode keys = root.get("keys");
    List<PseudonymKey> out = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      String path = "/keys/" + i;
      JsonNode k = object(keys.get(i), path);
      members(k, KEY, Set.of("id", "status", "parameters"), path);
      int id = id(k.get("id"), path + "/id");
      KeyStatus status = status(k.get("status"), path + "/status");
      PseudonymParameters parameters = parameters(k.get("parameters"), path + "/parameters");
      JsonNode material = k.get("material");
      if (status == KeyStatus.DESTROYED) {
        if (material != null) {
          throw new KeySetException(PrivacyError.KEYSET_MATERIAL, "at " + path + "/material: destroyed key holds material");
        }
        out.add(PseudonymKey.destroyed(id, parameters));
      } else {
        if (material == null) {
          throw new KeySetException(PrivacyError.KEYSET_MATERIAL, "at " + path + "/material: missing");
        }
        byte[] bytes = material(material, parameters.rootKeyLength(), path + "/material");
        try {
          out.add(PseudonymKey.of(id, status, parameters, SecretBytes.copyFrom(bytes, access)));
        } finally {
          java.util.Arrays.fill(bytes, (byte) 0);
        }
      }
    }
    return KeySet.of(out);
  }

  /**
   * Reads the public form.
   *
   * @param json the text
   * @return the description
   * @throws KeySetException if the text breaks the format (including any key material) or a key
   *     set invariant
   */
  public static KeySetInfo parsePublic(String json) {
    Objects.requireNonNull(json, "json");
    JsonNode root = readRoot(json, PUBLIC_FORMAT);
    JsonNode keys = root.get("keys");
    List<KeyInfo> out = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      String path = "/keys/" + i;
      JsonNode k = object(keys.get(i), path);
      if (k.has("material")) {
        throw new KeySetException(PrivacyError.KEYSET_SECRET_IN_PUBLIC, "at " + path + "/material");
      }
      members(k, PUBLIC_KEY, PUBLIC_KEY, path);
      int id = id(k.get("id"), path + "/id");
      KeyStatus status = status(k.get("status"), path + "/status");
      PseudonymParameters parameters = parameters(k.get("parameters"), path + "/parameters");
      out.add(new KeyInfo(id, status, parameters.name()));
    }
    return new KeySetInfo(out);
  }

  private static JsonNode readRoot(String json, String expectedFormat) {
    JsonNode root;
    try {
      root = PrivacyJson.KEYS.read(json, JsonNode.class);
    } catch (JsonFormatException e) {
      // no cause needed: the code and the JSON pointer say where; the message never quotes input
      throw new KeySetException(PrivacyError.KEYSET_SYNTAX,
          "malformed JSON (" + e.code() + ") at " + (e.path().isEmpty() ? "/" : e.path()));
    }
    object(root, "");
    members(root, TOP, TOP, "");
    JsonNode format = root.get("format");
    if (!format.isString()) {
      throw new KeySetException(PrivacyError.KEYSET_SYNTAX, "at /format: expected a string");
    }
    if (!expectedFormat.equals(format.stringValue())) {
      if (FORMAT.equals(format.stringValue()) && PUBLIC_FORMAT.equals(expectedFormat)) {
        throw new KeySetException(PrivacyError.KEYSET_SECRET_IN_PUBLIC, "at /format: a secret key set where the public form was expected");
      }
      throw new KeySetException(PrivacyError.KEYSET_FORMAT, "at /format: expected " + expectedFormat);
    }
    if (!root.get("keys").isArray()) {
      throw new KeySetException(PrivacyError.KEYSET_SYNTAX, "at /keys: expected an array");
    }
    return root;
  }

  private static JsonNode object(JsonNode node, String path) {
    if (node == null || !node.isObject()) {
      throw new KeySetException(PrivacyError.KEYSET_SYNTAX, "at " + (path.isEmpty() ? "/" : path) + ": expected an object");
    }
    return node;
  }

  private static void members(JsonNode node, Set<String> allowed, Set<String> required, String path) {
    for (String name : node.propertyNames()) {
      if (!allowed.contains(name)) {
        // the member name is part of the format, not data; still do not echo it
        throw new KeySetException(PrivacyError.KEYSET_SYNTAX, "at " + (path.isEmpty() ? "/" : path) + ": unknown member");
      }
    }
    for (String name : required) {
      if (!node.has(name)) {
        throw new KeySetException(PrivacyError.KEYSET_SYNTAX, "at " + path + "/" + name + ": missing");
      }
    }
  }

  private static int id(JsonNode node, String path) {
    if (!node.isIntegralNumber() || !node.canConvertToLong()) {
      throw new KeySetException(PrivacyError.KEYSET_KEY_ID, "at " + path + ": expected an integer");
    }
    long v = node.longValue();
    if (v < 1 || v > PseudonymKey.MAX_ID) {
      throw new KeySetException(PrivacyError.KEYSET_KEY_ID, "at " + path);
    }
    return (int) v;
  }

  private static KeyStatus status(JsonNode node, String path) {
    if (node.isString()) {
      for (KeyStatus s : KeyStatus.values()) {
        if (s.name().equals(node.stringValue())) {
          return s;
        }
      }
    }
    throw new KeySetException(PrivacyError.KEYSET_STATUS, "at " + path);
  }

  private static PseudonymParameters parameters(JsonNode node, String path) {
    PseudonymParameters p = node.isString() ? PseudonymParameters.forName(node.stringValue()) : null;
    if (p == null) {
      throw new KeySetException(PrivacyError.KEYSET_PARAMETERS, "at " + path);
    }
    return p;
  }

  private static byte[] material(JsonNode node, int length, String path) {
    if (!node.isString()) {
      throw new KeySetException(PrivacyError.KEYSET_MATERIAL, "at " + path + ": expected a string");
    }
    String text = node.stringValue();
    byte[] bytes;
    try {
      bytes = B64D.decode(text);
    } catch (IllegalArgumentException e) {
      throw new KeySetException(PrivacyError.KEYSET_MATERIAL, "at " + path + ": not base64url");
    }
    if (bytes.length != length || !B64.encodeToString(bytes).equals(text)) {
      java.util.Arrays.fill(bytes, (byte) 0);
      throw new KeySetException(PrivacyError.KEYSET_MATERIAL, "at " + path + ": not " + length + " bytes of canonical unpadded base64url");
    }
    return bytes;
  }
}
