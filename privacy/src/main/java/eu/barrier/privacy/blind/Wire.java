package eu.barrier.privacy.blind;

import eu.barrier.core.json.JsonFormatException;
import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.internal.Jcs;
import eu.barrier.privacy.internal.PrivacyJson;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Strict reading of the protocol's JSON documents; every failure is one typed exception. */
final class Wire {

  static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();

  private final PrivacyError error;
  private final JsonNode root;

  private Wire(PrivacyError error, JsonNode root) {
    this.error = error;
    this.root = root;
  }

  /** Reads a document and checks its members and format tag. */
  static Wire read(byte[] json, PrivacyError error, String format, Set<String> members, boolean canonical) {
    JsonNode root;
    try {
      root = PrivacyJson.KEYS.read(json, JsonNode.class);
    } catch (JsonFormatException e) {
      throw new BlindPseudonymException(error, "malformed JSON (" + e.code() + ") at " + (e.path().isEmpty() ? "/" : e.path()));
    }
    if (!root.isObject()) {
      throw new BlindPseudonymException(error, "at /: expected an object");
    }
    for (String name : root.propertyNames()) {
      if (!members.contains(name)) {
        throw new BlindPseudonymException(error, "at /: unknown member");
      }
    }
    for (String name : members) {
      if (!root.has(name)) {
        throw new BlindPseudonymException(error, "at /" + name + ": missing");
      }
    }
    Wire w = new Wire(error, root);
    if (!format.equals(w.string("format"))) {
      throw new BlindPseudonymException(error, "at /format: expected " + format);
    }
    if (canonical) {
      byte[] c;
      try {
        c = Jcs.canonicalize(root);
      } catch (Jcs.NotCanonicalisable e) {
        throw new BlindPseudonymException(error, "at /: not canonicalisable");
      }
      if (!Arrays.equals(c, json)) {
        throw new BlindPseudonymException(error, "at /: not RFC 8785 canonical JSON");
      }
    }
    return w;
  }

  JsonNode node(String name) {
    return root.get(name);
  }

  String string(String name) {
    return string(root.get(name), "/" + name);
  }

  String string(JsonNode n, String path) {
    if (n == null || !n.isString()) {
      throw new BlindPseudonymException(error, "at " + path + ": expected a string");
    }
    return n.stringValue();
  }

  int keyId(JsonNode n, String path) {
    if (n == null || !n.isIntegralNumber() || !n.canConvertToInt() || n.intValue() < 1) {
      throw new BlindPseudonymException(error, "at " + path + ": expected a key id from 1 to 2147483647");
    }
    return n.intValue();
  }

  byte[] bytes(JsonNode n, String path, int length) {
    String s = string(n, path);
    byte[] b;
    try {
      b = B64D.decode(s);
    } catch (IllegalArgumentException e) {
      throw new BlindPseudonymException(error, "at " + path + ": not base64url");
    }
    if (b.length != length || !B64.encodeToString(b).equals(s)) {
      throw new BlindPseudonymException(error, "at " + path + ": not " + length + " bytes of canonical unpadded base64url");
    }
    return b;
  }

  List<byte[]> elements(String name, int max, int length) {
    JsonNode a = root.get(name);
    if (!a.isArray() || a.isEmpty() || a.size() > max) {
      throw new BlindPseudonymException(error, "at /" + name + ": expected an array of 1 to " + max + " elements");
    }
    List<byte[]> out = new ArrayList<>(a.size());
    for (int i = 0; i < a.size(); i++) {
      out.add(bytes(a.get(i), "/" + name + "/" + i, length));
    }
    return out;
  }

  BlindPseudonymException fail(String detail) {
    return new BlindPseudonymException(error, detail);
  }
}
