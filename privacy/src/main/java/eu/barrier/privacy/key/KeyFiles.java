package eu.barrier.privacy.key;

import eu.barrier.core.input.InputException;
import eu.barrier.core.input.InputFiles;
import eu.barrier.core.json.JsonFormatException;
import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.SecretAccess;
import eu.barrier.privacy.internal.Jcs;
import eu.barrier.privacy.internal.PrivacyJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
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
 *
 * <p>An optional member {@code shared} holds the imported {@link SharedKeySet}s as an array of
 * {@code barrier.shared-key-set/1} documents (at most {@value #MAX_SHARED}); it is written only
 * when there is one, so a file without shared key sets is unchanged from earlier releases.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class KeyFiles {

  /** The format tag of the combined secret file. */
  public static final String FORMAT = "barrier-keys/1";

  private static final Set<String> TOP = Set.of("format", "party", "pseudonym", "exchange");
  private static final Set<String> OPTIONAL = Set.of("shared");

  /** The most shared key sets one keys file holds. */
  public static final int MAX_SHARED = 64;

  /** The largest keys file {@link #read} reads, in bytes (4 MiB, as the command line's {@code --keys}). */
  public static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

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
    if (!bundle.sharedKeySets().isEmpty()) {
      ArrayNode shared = root.putArray("shared");
      for (SharedKeySet s : bundle.sharedKeySets()) {
        shared.add(PrivacyJson.KEYS.read(s.write(access), JsonNode.class));
      }
    }
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
   * Reads a combined secret file that {@link #save} or {@code barrier keys generate} wrote: a
   * regular file of at most {@value #MAX_FILE_BYTES} bytes of UTF-8 that grants no permission to
   * its group or to others where the file system has POSIX permissions (a key file others could
   * read is refused, as OpenSSH refuses such a private key: {@link InputFiles#requireOwnerOnly}),
   * parsed by {@link #parse}. Messages name the input {@code "keys file"}, never its path.
   *
   * @param file the file
   * @param access the token
   * @return the keys
   * @throws InputException if the file is missing, not a regular file, open to its group or others
   *     ({@code BARRIER-CORE-0407}), larger than the limit or not UTF-8
   * @throws KeySetException as {@link #parse}
   */
  public static PartyKeyBundle read(Path file, SecretAccess access) {
    Objects.requireNonNull(file, "file");
    SecretAccess.require(access);
    return parse(InputFiles.readSecretText(file, MAX_FILE_BYTES, "keys file"), access);
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
      if (!TOP.contains(name) && !OPTIONAL.contains(name)) {
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
    return PartyKeyBundle.of(keySet, partyKeys, shared(root, access));
  }

  private static List<SharedKeySet> shared(JsonNode root, SecretAccess access) {
    JsonNode node = root.get("shared");
    if (node == null) {
      return List.of();
    }
    if (!node.isArray() || node.size() > MAX_SHARED) {
      throw new KeySetException(PrivacyError.KEYS_FILE, "at /shared: expected an array of at most " + MAX_SHARED);
    }
    List<SharedKeySet> out = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      byte[] json;
      try {
        json = Jcs.canonicalize(node.get(i));
      } catch (Jcs.NotCanonicalisable e) {
        throw new KeySetException(PrivacyError.KEYS_FILE, "at /shared/" + i + ": not canonicalisable JSON");
      }
      try {
        out.add(SharedKeySet.read(json, access));
      } catch (KeySetException e) {
        throw within("shared/" + i, e);
      }
    }
    return out;
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
    String original = e.getMessage().substring(e.code().length() + 2);
    String detail = original.replace("at /", "at /" + member + "/");
    if (detail.equals(original)) {
      detail = "in /" + member + ": " + original;
    }
    PrivacyError error = e.error() != null ? e.error() : PrivacyError.KEYS_FILE;
    return new KeySetException(error, detail);
  }
}
