package eu.barrier.privacy.key;

import eu.barrier.core.json.JsonFormatException;
import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.SecretAccess;
import eu.barrier.privacy.internal.Jcs;
import eu.barrier.privacy.internal.PrivacyJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes the combined keys file {@value #FORMAT} of one party (format in {@code
 * docs/exchange-keys-format.md}): a wrapper document that holds the party id, a {@link KeySets}
 * document ({@code barrier-keyset/1}) under {@code pseudonym} and a {@link PartyKeyFiles} document
 * ({@code barrier-party-keys/1}) under {@code exchange}. The two parts are read by {@link
 * KeySets#parse} and {@link PartyKeyFiles#parse}; this class adds only the wrapper and the check
 * that both name the same party.
 *
 * <p>The shareable public part is the {@code barrier-party-public/1} document of {@link
 * PartyKeyFiles#writePublic}: partners need the exchange public keys only; pseudonym keys are
 * never shared. Files are RFC 8785 canonical JSON followed by a line feed. Every read method
 * throws only {@link KeySetException}: {@link PrivacyError#KEYS_FILE} for the wrapper, the parts'
 * own codes for the parts (with the wrapper member in the path); messages never hold key material.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class KeyFiles {

  /** The format tag of the combined secret file. */
  public static final String FORMAT = "barrier-keys/1";

  private static final Set<String> TOP = Set.of("format", "party", "pseudonym", "exchange");

  private KeyFiles() {}

  /**
   * Writes the combined secret file.
   *
   * @param bundle the keys
   * @param access the token
   * @return the file content
   */
  public static String write(PartyKeyBundle bundle, SecretAccess access) {
    Objects.requireNonNull(bundle, "bundle");
    SecretAccess.require(access);
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("format", FORMAT);
    root.put("party", bundle.partyId());
    root.set("pseudonym", PrivacyJson.KEYS.read(KeySets.write(bundle.keySet(), access), JsonNode.class));
    root.set("exchange", PrivacyJson.KEYS.read(PartyKeyFiles.write(bundle.partyKeys(), access), JsonNode.class));
    return new String(Jcs.canonicalize(root), StandardCharsets.UTF_8) + "\n";
  }

  /**
   * Saves the combined secret file {@link #write} makes to a new file that only its owner can
   * read or write ({@code rw-------} from the moment it exists, where the file system has POSIX
   * permissions; elsewhere the directory's default access applies). Never replaces a file.
   *
   * @param file the new file; its directory must exist
   * @param bundle the keys
   * @param access the token
   * @throws java.nio.file.FileAlreadyExistsException if the file exists
   * @throws IOException if the file cannot be written; no partial file is left
   */
  public static void save(Path file, PartyKeyBundle bundle, SecretAccess access) throws IOException {
    SecretFiles.writeNew(file, write(bundle, access));
  }

  /**
   * Writes the shareable public part ({@code barrier-party-public/1}).
   *
   * @param bundle the keys
   * @return the file content; holds no secret
   */
  public static String writePublic(PartyKeyBundle bundle) {
    Objects.requireNonNull(bundle, "bundle");
    return PartyKeyFiles.writePublic(bundle.publicKeys());
  }

  /**
   * Reads the combined secret file.
   *
   * @param json the file content
   * @param access the token
   * @return the keys
   * @throws KeySetException if the wrapper or a part breaks its format, or the parts name another
   *     party than the wrapper
   */
  public static PartyKeyBundle parse(String json, SecretAccess access) {
    Objects.requireNonNull(json, "json");
    SecretAccess.require(access);
    JsonNode root;
    try {
      root = PrivacyJson.KEYS.read(json, JsonNode.class);
    } catch (JsonFormatException e) {
      throw new KeySetException(PrivacyError.KEYSET_SYNTAX,
          "malformed JSON (" + e.code() + ") at " + (e.path().isEmpty() ? "/" : e.path()));
    }
    if (!root.isObject()) {
      throw new KeySetException(PrivacyError.KEYS_FILE, "at /: expected an object");
    }
    for (String name : root.propertyNames()) {
      if (!TOP.contains(name)) {
        throw new KeySetException(PrivacyError.KEYS_FILE, "at /: unknown member");
      }
    }
    for (String name : TOP) {
      if (!root.has(name)) {
        throw new KeySetException(PrivacyError.KEYS_FILE, "at /" + name + ": missing");
      }
    }
    JsonNode format = root.get("format");
    if (!format.isString() || !FORMAT.equals(format.stringValue())) {
      throw new KeySetException(PrivacyError.KEYS_FILE, "at /format: expected " + FORMAT);
    }
    JsonNode party = root.get("party");
    if (!party.isString() || !PartyPublicKeys.isValidPartyId(party.stringValue())) {
      throw new KeySetException(PrivacyError.PARTY_ID, "at /party");
    }
    KeySet keySet;
    PartyKeys partyKeys;
    try {
      keySet = KeySets.parse(part(root, "pseudonym"), access);
    } catch (KeySetException e) {
      throw within("pseudonym", e);
    }
    try {
      partyKeys = PartyKeyFiles.parse(part(root, "exchange"), access);
    } catch (KeySetException e) {
      throw within("exchange", e);
    }
    if (!partyKeys.partyId().equals(party.stringValue())) {
      throw new KeySetException(PrivacyError.KEYS_FILE, "at /exchange/party: another party than /party");
    }
    return PartyKeyBundle.of(keySet, partyKeys);
  }

  private static String part(JsonNode root, String name) {
    JsonNode node = root.get(name);
    if (!node.isObject()) {
      throw new KeySetException(PrivacyError.KEYS_FILE, "at /" + name + ": expected an object");
    }
    try {
      return new String(Jcs.canonicalize(node), StandardCharsets.UTF_8);
    } catch (Jcs.NotCanonicalisable e) {
      throw new KeySetException(PrivacyError.KEYS_FILE, "at /" + name + ": not canonicalisable JSON");
    }
  }

  /** The part's exception with the wrapper member put in front of its JSON path. */
  private static KeySetException within(String member, KeySetException e) {
    String detail = e.getMessage().substring(e.code().length() + 2).replace("at /", "at /" + member + "/");
    PrivacyError error = e.error() != null ? e.error() : PrivacyError.KEYS_FILE;
    return new KeySetException(error, detail);
  }
}
