package eu.barrier.privacy.envelope;

import eu.barrier.privacy.key.PartyPublicKeys;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The JSON form of {@link EnvelopeHeader} and the header rules shared by seal and open. */
final class HeaderCodec {

  private static final Set<String> HEADER = Set.of("version", "messageId", "sender", "recipients", "issuedAt",
      "expiresAt", "purpose", "legalBasis", "handling", "retainUntil", "payloadType");
  private static final Set<String> PARTY = Set.of("party", "keyId");
  private static final Set<String> HANDLING = Set.of("tlp", "community", "statements");

  private HeaderCodec() {}

  /** A header rule was broken; the message is a JSON path or field name, never a value. */
  static final class Invalid extends Exception {
    private static final long serialVersionUID = 1L;

    Invalid(String where) {
      super(where, null, false, false);
    }
  }

  static ObjectNode toJson(EnvelopeHeader h) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("version", h.version());
    n.put("messageId", h.messageId().toString());
    n.set("sender", party(h.sender()));
    ArrayNode r = n.putArray("recipients");
    h.recipients().forEach(p -> r.add(party(p)));
    n.put("issuedAt", h.issuedAt().toString());
    n.put("expiresAt", h.expiresAt().toString());
    n.put("purpose", h.purpose());
    n.put("legalBasis", h.legalBasis());
    ObjectNode handling = n.putObject("handling");
    handling.put("tlp", h.handling().tlp().label());
    h.handling().communityName().ifPresent(c -> handling.put("community", c));
    ArrayNode s = handling.putArray("statements");
    h.handling().statements().forEach(s::add);
    n.put("retainUntil", h.retainUntil().toString());
    n.put("payloadType", h.payloadType());
    return n;
  }

  private static ObjectNode party(PartyRef p) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("party", p.party());
    n.put("keyId", p.keyId());
    return n;
  }

  /** Checks the rules every header obeys; throws naming the field. */
  static void validate(EnvelopeHeader h) throws Invalid {
    if (h.version() != Envelopes.VERSION) {
      throw new Invalid("/header/version");
    }
    checkParty(h.sender(), "/header/sender");
    if (h.recipients().isEmpty() || h.recipients().size() > Envelopes.MAX_RECIPIENTS) {
      throw new Invalid("/header/recipients: 1 to 32 recipients");
    }
    Set<PartyRef> unique = new HashSet<>();
    for (int i = 0; i < h.recipients().size(); i++) {
      checkParty(h.recipients().get(i), "/header/recipients/" + i);
      if (!unique.add(h.recipients().get(i))) {
        throw new Invalid("/header/recipients/" + i + ": repeated recipient");
      }
    }
    if (h.issuedAt().getNano() != 0 || h.expiresAt().getNano() != 0) {
      throw new Invalid("/header/issuedAt: whole seconds");
    }
    if (!h.issuedAt().isBefore(h.expiresAt())
        || Duration.between(h.issuedAt(), h.expiresAt()).compareTo(Envelopes.MAX_VALIDITY) > 0) {
      throw new Invalid("/header/expiresAt: after issuedAt, by at most 90 days");
    }
    if (!Texts.isValidPurpose(h.purpose())) {
      throw new Invalid("/header/purpose");
    }
    if (!Texts.isValidText(h.legalBasis(), SealParameters.MAX_LEGAL_BASIS_LENGTH)) {
      throw new Invalid("/header/legalBasis");
    }
    if (h.retainUntil().isBefore(LocalDate.ofInstant(h.issuedAt(), ZoneOffset.UTC))) {
      throw new Invalid("/header/retainUntil: not before the day of issue");
    }
    if (!Texts.isValidLabel(h.payloadType())) {
      throw new Invalid("/header/payloadType");
    }
  }

  private static void checkParty(PartyRef p, String path) throws Invalid {
    if (!PartyPublicKeys.isValidPartyId(p.party())) {
      throw new Invalid(path + "/party");
    }
    if (!Texts.isValidKeyId(p.keyId())) {
      throw new Invalid(path + "/keyId");
    }
  }

  /** Reads the version member only: empty if it is missing or not an integer. */
  static Integer version(JsonNode header) {
    JsonNode v = header.get("version");
    if (v == null || !v.isIntegralNumber() || !v.canConvertToInt()) {
      return null;
    }
    return v.intValue();
  }

  static EnvelopeHeader fromJson(JsonNode n) throws Invalid {
    members(n, HEADER, HEADER, "/header");
    UUID id = uuid(n.get("messageId"));
    PartyRef sender = party(n.get("sender"), "/header/sender");
    JsonNode rs = n.get("recipients");
    if (!rs.isArray()) {
      throw new Invalid("/header/recipients");
    }
    List<PartyRef> recipients = new ArrayList<>();
    for (int i = 0; i < rs.size(); i++) {
      recipients.add(party(rs.get(i), "/header/recipients/" + i));
    }
    Instant iat = instant(n.get("issuedAt"), "/header/issuedAt");
    Instant exp = instant(n.get("expiresAt"), "/header/expiresAt");
    String purpose = text(n.get("purpose"), "/header/purpose");
    String legalBasis = text(n.get("legalBasis"), "/header/legalBasis");
    Handling handling = handling(n.get("handling"));
    LocalDate retainUntil = date(n.get("retainUntil"));
    String payloadType = text(n.get("payloadType"), "/header/payloadType");
    EnvelopeHeader h = new EnvelopeHeader(Envelopes.VERSION, id, sender, recipients, iat, exp, purpose, legalBasis,
        handling, retainUntil, payloadType);
    validate(h);
    return h;
  }

  private static void members(JsonNode n, Set<String> allowed, Set<String> required, String path) throws Invalid {
    if (n == null || !n.isObject()) {
      throw new Invalid(path + ": expected an object");
    }
    for (String name : n.propertyNames()) {
      if (!allowed.contains(name)) {
        throw new Invalid(path + ": unknown member");
      }
    }
    for (String name : required) {
      if (!n.has(name)) {
        throw new Invalid(path + "/" + name + ": missing");
      }
    }
  }

  private static String text(JsonNode n, String path) throws Invalid {
    if (n == null || !n.isString()) {
      throw new Invalid(path + ": expected a string");
    }
    return n.stringValue();
  }

  private static PartyRef party(JsonNode n, String path) throws Invalid {
    members(n, PARTY, PARTY, path);
    return new PartyRef(text(n.get("party"), path + "/party"), text(n.get("keyId"), path + "/keyId"));
  }

  private static UUID uuid(JsonNode n) throws Invalid {
    String s = text(n, "/header/messageId");
    try {
      UUID u = UUID.fromString(s);
      if (u.toString().equals(s)) {
        return u;
      }
    } catch (IllegalArgumentException e) {
      // falls through
    }
    throw new Invalid("/header/messageId: a lower-case UUID");
  }

  private static Instant instant(JsonNode n, String path) throws Invalid {
    String s = text(n, path);
    try {
      Instant i = Instant.parse(s);
      if (i.toString().equals(s) && i.getNano() == 0) {
        return i;
      }
    } catch (DateTimeParseException e) {
      // falls through
    }
    throw new Invalid(path + ": an ISO-8601 UTC instant in whole seconds");
  }

  private static LocalDate date(JsonNode n) throws Invalid {
    String s = text(n, "/header/retainUntil");
    try {
      LocalDate d = LocalDate.parse(s);
      if (d.toString().equals(s)) {
        return d;
      }
    } catch (DateTimeParseException e) {
      // falls through
    }
    throw new Invalid("/header/retainUntil: an ISO-8601 date");
  }

  private static Handling handling(JsonNode n) throws Invalid {
    members(n, HANDLING, Set.of("tlp", "statements"), "/header/handling");
    Tlp tlp = Tlp.fromLabel(text(n.get("tlp"), "/header/handling/tlp"))
        .orElseThrow(() -> new Invalid("/header/handling/tlp"));
    String community = n.has("community") ? text(n.get("community"), "/header/handling/community") : null;
    JsonNode st = n.get("statements");
    if (!st.isArray()) {
      throw new Invalid("/header/handling/statements");
    }
    List<String> statements = new ArrayList<>();
    for (int i = 0; i < st.size(); i++) {
      statements.add(text(st.get(i), "/header/handling/statements/" + i));
    }
    try {
      return new Handling(tlp, community, statements);
    } catch (EnvelopeException e) {
      throw new Invalid("/header/handling");
    }
  }
}
