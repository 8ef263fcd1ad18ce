package eu.barrier.privacy.exchange;

import eu.barrier.core.json.JsonFormatException;
import eu.barrier.core.validation.Boundary;
import eu.barrier.core.validation.BoundaryResult;
import eu.barrier.core.validation.Violation;
import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.internal.PrivacyJson;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import tools.jackson.databind.JsonNode;

/**
 * Reads, validates and writes exchange messages ({@link MessageType}).
 *
 * <p>Reading binds with core's strict {@code BarrierJson} and validates with core's {@link
 * Boundary} (Jakarta constraints on the records), then applies the rules a constraint cannot
 * express: the child-protection rule of {@link SignalReport} ({@code BARRIER-PRIV-0502}) and that
 * an ISO week 53 exists in its year. Every problem is reported at once, in a {@link
 * MessageValidationException}. The records and the JSON Schemas describe the same documents; a
 * test checks both against the same examples.
 *
 * <p>Thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Messages {

  private static final Boundary BOUNDARY = Boundary.create(PrivacyJson.MESSAGES);

  private Messages() {}

  /**
   * Reads and validates a message of a known record type.
   *
   * @param json the document, UTF-8
   * @param type the record class, for example {@code SignalReport.class}
   * @param <T> the record type
   * @return the message
   * @throws MessageValidationException with every violation
   * @throws IllegalArgumentException if {@code type} is not a message record
   */
  public static <T> T read(byte[] json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    if (MessageType.of(type).isEmpty()) {
      throw new IllegalArgumentException("not a message record: " + type.getSimpleName());
    }
    BoundaryResult<T> result = BOUNDARY.parse(json, type);
    if (!result.isValid()) {
      throw new MessageValidationException(PrivacyError.MESSAGE_INVALID, result.violations());
    }
    List<Violation> violations = rules(result.value());
    if (!violations.isEmpty()) {
      throw new MessageValidationException(PrivacyError.MESSAGE_INVALID, violations);
    }
    return result.value();
  }

  /**
   * Reads a message of the type its {@code type} member declares.
   *
   * @param json the document, UTF-8
   * @return the message record
   * @throws MessageValidationException with {@link PrivacyError#MESSAGE_TYPE} if no known type is
   *     declared, or with every violation of the declared type
   */
  public static Record read(byte[] json) {
    Objects.requireNonNull(json, "json");
    MessageType type = declaredType(json).orElseThrow(() -> new MessageValidationException(
        PrivacyError.MESSAGE_TYPE, List.of(typeViolation("/type", "the type member must name a known message type"))));
    return read(json, type.recordType());
  }

  /**
   * Returns the type a document declares in its top-level {@code type} member.
   *
   * @param json the document
   * @return the type, or empty if the document is not a JSON object, has no string {@code type}
   *     member, or names a type outside the {@value MessageType#NAMESPACE} namespace
   * @throws MessageValidationException with {@link PrivacyError#MESSAGE_TYPE} if the type is in the
   *     {@value MessageType#NAMESPACE} namespace but unknown
   */
  public static Optional<MessageType> declaredType(byte[] json) {
    Objects.requireNonNull(json, "json");
    JsonNode root;
    try {
      root = PrivacyJson.MESSAGES.read(json, JsonNode.class);
    } catch (JsonFormatException e) {
      return Optional.empty();
    }
    return declaredType(root);
  }

  /**
   * Returns the type a parsed document declares; see {@link #declaredType(byte[])}.
   *
   * @param root the document
   * @return the type, or empty
   * @throws MessageValidationException with {@link PrivacyError#MESSAGE_TYPE} for an unknown type
   *     in the {@value MessageType#NAMESPACE} namespace
   */
  public static Optional<MessageType> declaredType(JsonNode root) {
    Objects.requireNonNull(root, "root");
    JsonNode type = root.isObject() ? root.get("type") : null;
    if (type == null || !type.isString() || !type.stringValue().startsWith(MessageType.NAMESPACE)) {
      return Optional.empty();
    }
    Optional<MessageType> known = MessageType.fromId(type.stringValue());
    if (known.isEmpty()) {
      throw new MessageValidationException(PrivacyError.MESSAGE_TYPE,
          List.of(typeViolation("/type", "a type in the barrier. namespace must be a known message type")));
    }
    return known;
  }

  /**
   * Returns every violation of a document against a type, or an empty list if it is valid.
   *
   * @param json the document
   * @param type the type
   * @return the violations, ordered by path; empty if valid
   */
  public static List<Violation> violations(byte[] json, MessageType type) {
    Objects.requireNonNull(type, "type");
    try {
      read(json, type.recordType());
      return List.of();
    } catch (MessageValidationException e) {
      return e.violations();
    }
  }

  /**
   * Validates a message record and writes it as JSON (members in declaration order, {@code null}
   * members left out).
   *
   * @param message a message record
   * @return the document, UTF-8
   * @throws MessageValidationException if the message is not valid
   * @throws IllegalArgumentException if {@code message} is not a message record
   */
  public static byte[] write(Record message) {
    Objects.requireNonNull(message, "message");
    if (MessageType.of(message.getClass()).isEmpty()) {
      throw new IllegalArgumentException("not a message record: " + message.getClass().getSimpleName());
    }
    byte[] json = PrivacyJson.MESSAGES.write(message);
    read(json, message.getClass());
    return json;
  }

  // ---------------------------------------------------------------- rules beyond constraints

  private static List<Violation> rules(Object message) {
    List<Violation> out = new ArrayList<>();
    if (message instanceof SignalReport) {
      SignalReport r = (SignalReport) message;
      if (!periodExists(r.period())) {
        out.add(new Violation("/period", PrivacyError.MESSAGE_INVALID.code(), "week 53 does not exist in that year"));
      }
      boolean flagged = r.childProtection();
      for (int i = 0; i < r.indicators().size(); i++) {
        if (!flagged && SignalReport.CHILD_PROTECTION_CATALOGUES.contains(r.indicators().get(i).catalogue())) {
          out.add(new Violation("/indicators/" + i + "/catalogue", PrivacyError.MESSAGE_CHILD_PROTECTION.code(),
              "a child-protection catalogue requires childProtection true (and domain care)"));
        }
      }
      if (flagged && r.domain() != ExchangeDomain.CARE) {
        out.add(new Violation("/domain", PrivacyError.MESSAGE_CHILD_PROTECTION.code(),
            "a report marked childProtection has domain care"));
      }
      for (int i = 0; i < r.subjects().size(); i++) {
        aliasRules(r.subjects().get(i), "/subjects/" + i, out);
      }
    } else if (message instanceof InformationRequest) {
      InformationRequest q = (InformationRequest) message;
      for (int i = 0; i < q.subjects().size(); i++) {
        if (q.subjects().get(i).aliases() != null) {
          out.add(new Violation("/subjects/" + i + "/aliases", PrivacyError.MESSAGE_INVALID.code(),
              "rotation aliases are sent in signal reports only"));
        }
      }
    }
    return out;
  }

  /**
   * A subject's rotation aliases: only beside a keyed pseudonym, and every pseudonym of the subject
   * under another key (the key ids differ), so no alias repeats the pseudonym or another alias.
   */
  private static void aliasRules(PseudonymousSubject s, String at, List<Violation> out) {
    if (s.aliases() == null) {
      return;
    }
    if (!s.pseudonym().startsWith("pk1.")) {
      out.add(new Violation(at + "/aliases", PrivacyError.MESSAGE_INVALID.code(),
          "rotation aliases are allowed beside a keyed (pk1) pseudonym only"));
      return;
    }
    Set<String> kids = new HashSet<>();
    kids.add(kid(s.pseudonym()));
    for (int j = 0; j < s.aliases().size(); j++) {
      if (!kids.add(kid(s.aliases().get(j)))) {
        out.add(new Violation(at + "/aliases/" + j, PrivacyError.MESSAGE_INVALID.code(),
            "each rotation alias is under a key of its own, not the pseudonym's nor another alias's"));
      }
    }
  }

  /** The key id of a pseudonym text that matched its pattern: the 8 characters after the prefix. */
  private static String kid(String pseudonym) {
    return pseudonym.substring(4, 12);
  }

  private static boolean periodExists(String period) {
    int w = period.indexOf("-W");
    if (w < 0 || !period.endsWith("53")) {
      return true;
    }
    int year = Integer.parseInt(period.substring(0, w));
    return LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) == 53;
  }

  private static Violation typeViolation(String path, String message) {
    return new Violation(path, PrivacyError.MESSAGE_TYPE.code(), message);
  }
}
