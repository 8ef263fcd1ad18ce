package eu.barrier.privacy.blind;

import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.internal.Jcs;
import eu.barrier.privacy.oprf.Oprf;
import eu.barrier.privacy.oprf.OprfMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The public keys of a pseudonym service, in the format {@value #FORMAT}: suite P256-SHA256, mode
 * POPRF, and every key the service evaluates with, by key id, the primary first. The service
 * publishes it at {@code GET /v1/keys}; a partner may pin it (keep a copy and refuse evaluations
 * under any other key). Immutable; holds no secret.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ServicePublicKeys {

  /** The format tag. */
  public static final String FORMAT = "barrier-oprf-public/1";

  /** The longest document read. */
  public static final int MAX_BYTES = 64 * 1024;

  /** The most keys listed. */
  public static final int MAX_KEYS = 64;

  /**
   * One usable service key.
   *
   * @param id the key id (as in the service's key set)
   * @param primary whether the service evaluates with it by default; the others are kept for the
   *     rotation overlap
   * @param publicKey the 33-byte POPRF public key
   */
  public record Key(int id, boolean primary, byte[] publicKey) {

    /**
     * Checks and copies.
     *
     * @param id the key id, at least 1
     * @param primary whether it is the primary key
     * @param publicKey 33 bytes; copied
     */
    public Key {
      if (id < 1) {
        throw new IllegalArgumentException("key id must be at least 1");
      }
      Objects.requireNonNull(publicKey, "publicKey");
      if (publicKey.length != Oprf.ELEMENT_LENGTH) {
        throw new IllegalArgumentException("a public key is 33 bytes");
      }
      publicKey = publicKey.clone();
    }

    /**
     * Returns a copy of the public key.
     *
     * @return 33 bytes
     */
    @Override
    public byte[] publicKey() {
      return publicKey.clone();
    }

    /**
     * Returns the id and status; a public key is not secret, but it is long.
     *
     * @return the description
     */
    @Override
    public String toString() {
      return "Key[id=" + id + (primary ? ", primary" : ", active") + "]";
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.id == id && k.primary == primary && java.util.Arrays.equals(k.publicKey, publicKey);
    }

    @Override
    public int hashCode() {
      return Objects.hash(id, primary, java.util.Arrays.hashCode(publicKey));
    }
  }

  private final List<Key> keys;

  private ServicePublicKeys(List<Key> keys) {
    this.keys = keys;
  }

  /**
   * Builds the listing.
   *
   * @param keys 1 to {@value #MAX_KEYS} keys with unique ids, exactly one primary; listed primary
   *     first
   * @return the listing
   * @throws BlindPseudonymException with {@link PrivacyError#BLIND_PUBLIC_KEYS} otherwise
   */
  public static ServicePublicKeys of(List<Key> keys) {
    Objects.requireNonNull(keys, "keys");
    if (keys.isEmpty() || keys.size() > MAX_KEYS) {
      throw new BlindPseudonymException(PrivacyError.BLIND_PUBLIC_KEYS, "1 to " + MAX_KEYS + " keys");
    }
    Set<Integer> ids = new HashSet<>();
    List<Key> ordered = new ArrayList<>();
    for (Key k : keys) {
      if (!ids.add(k.id())) {
        throw new BlindPseudonymException(PrivacyError.BLIND_PUBLIC_KEYS, "duplicate key id");
      }
      if (k.primary()) {
        ordered.add(0, k);
      } else {
        ordered.add(k);
      }
    }
    if (keys.stream().filter(Key::primary).count() != 1) {
      throw new BlindPseudonymException(PrivacyError.BLIND_PUBLIC_KEYS, "exactly one primary key");
    }
    return new ServicePublicKeys(List.copyOf(ordered));
  }

  /**
   * Reads the document.
   *
   * @param json the document, at most {@value #MAX_BYTES} bytes
   * @return the listing
   * @throws BlindPseudonymException with {@link PrivacyError#BLIND_PUBLIC_KEYS} for anything
   *     that breaks the format, and for no other reason
   */
  public static ServicePublicKeys parse(byte[] json) {
    Objects.requireNonNull(json, "json");
    if (json.length > MAX_BYTES) {
      throw new BlindPseudonymException(PrivacyError.BLIND_PUBLIC_KEYS, "larger than " + MAX_BYTES + " bytes");
    }
    Wire w = Wire.read(json, PrivacyError.BLIND_PUBLIC_KEYS, FORMAT, Set.of("format", "suite", "mode", "keys"), false);
    if (!Oprf.SUITE.equals(w.string("suite")) || !OprfMode.POPRF.name().equals(w.string("mode"))) {
      throw w.fail("at /suite and /mode: expected P256-SHA256 and POPRF");
    }
    JsonNode a = w.node("keys");
    if (!a.isArray() || a.isEmpty() || a.size() > MAX_KEYS) {
      throw w.fail("at /keys: expected an array of 1 to " + MAX_KEYS + " keys");
    }
    List<Key> keys = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      JsonNode k = a.get(i);
      String path = "/keys/" + i;
      if (!k.isObject() || k.size() != 3 || !k.has("id") || !k.has("status") || !k.has("publicKey")) {
        throw w.fail("at " + path + ": expected id, status and publicKey");
      }
      String status = w.string(k.get("status"), path + "/status");
      if (!status.equals("PRIMARY") && !status.equals("ACTIVE")) {
        throw w.fail("at " + path + "/status: expected PRIMARY or ACTIVE");
      }
      keys.add(new Key(w.keyId(k.get("id"), path + "/id"), status.equals("PRIMARY"),
          w.bytes(k.get("publicKey"), path + "/publicKey", Oprf.ELEMENT_LENGTH)));
    }
    return of(keys);
  }

  /**
   * Writes the document as RFC 8785 canonical JSON followed by a line feed.
   *
   * @return the document
   */
  public String toJson() {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("format", FORMAT);
    root.put("suite", Oprf.SUITE);
    root.put("mode", OprfMode.POPRF.name());
    ArrayNode a = root.putArray("keys");
    for (Key k : keys) {
      ObjectNode o = a.addObject();
      o.put("id", k.id());
      o.put("status", k.primary() ? "PRIMARY" : "ACTIVE");
      o.put("publicKey", Wire.B64.encodeToString(k.publicKey));
    }
    return new String(Jcs.canonicalize(root), StandardCharsets.UTF_8) + "\n";
  }

  /**
   * Returns the keys, primary first.
   *
   * @return the keys
   */
  public List<Key> keys() {
    return keys;
  }

  /**
   * Returns the primary key.
   *
   * @return the key the service evaluates with by default
   */
  public Key primary() {
    return keys.get(0);
  }

  /**
   * Finds a key by id.
   *
   * @param id the key id
   * @return the key, if listed
   */
  public Optional<Key> find(int id) {
    return keys.stream().filter(k -> k.id() == id).findFirst();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ServicePublicKeys s && s.keys.equals(keys);
  }

  @Override
  public int hashCode() {
    return keys.hashCode();
  }

  /**
   * Returns the key ids and the primary.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "ServicePublicKeys[primary=" + primary().id() + ", keys=" + keys.stream().map(Key::id).toList() + "]";
  }
}
