package eu.barrier.screening;

import eu.barrier.core.ErrorCode;
import org.apiguardian.api.API;

/**
 * The stable error codes of {@code barrier-screening}.
 *
 * <p>Ranges: {@code 00xx} building a screening, {@code 01xx} the screening input directory, {@code
 * 02xx} the results document, {@code 03xx} human decisions, {@code 04xx} signal reports. Codes are
 * never reused or renumbered. Each constant's {@link #rule()} states the rule in one line; messages
 * built from it never contain keys, identifiers, names or other values from the input.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum ScreeningError implements ErrorCode {

  // ---- 00xx building a screening ----

  /** A catalogue holds child-protection signals. */
  CHILD_PROTECTION_CATALOGUE("BARRIER-SCR-0001",
      "child-protection catalogues never feed a screening or an exchange"),
  /** A catalogue is about persons, not establishments. */
  PERSON_CATALOGUE("BARRIER-SCR-0002",
      "person-level catalogues need an interview and are never mixed into a business screening"),
  /** A catalogue is reference-only. */
  REFERENCE_ONLY_CATALOGUE("BARRIER-SCR-0003", "reference-only catalogues never feed a model"),
  /** The model refuses a catalogue, or the model id is unknown. */
  MODEL_REFUSED("BARRIER-SCR-0004", "the risk model is known and accepts every catalogue of the screening"),
  /** No catalogue, the same catalogue twice, or two catalogues holding the same indicator id. */
  CATALOGUE_SET("BARRIER-SCR-0005",
      "a screening has at least one catalogue, each once, and no indicator id in two of them"),
  /** An observed establishment is not an establishment, or an observation is about another subject. */
  NOT_AN_ESTABLISHMENT("BARRIER-SCR-0006",
      "a screened subject is an establishment and each of its observations is about it"),

  // ---- 01xx the screening input directory ----

  /** A file of the input directory is missing or cannot be read. */
  INPUT_UNREADABLE("BARRIER-SCR-0101", "the input directory holds a readable establishments.json and observations.json"),
  /** A file of the input directory is larger than its limit, or not a regular file. */
  INPUT_TOO_LARGE("BARRIER-SCR-0102", "each input file is a regular file within its documented size limit"),
  /** The establishments document is not JSON within limits, or has no establishments array. */
  INPUT_MALFORMED("BARRIER-SCR-0103",
      "establishments.json is one JSON object within limits with an establishments array"),
  /** An establishment id is not a subject key. */
  INPUT_BAD_ID("BARRIER-SCR-0104", "each establishment id is a subject key such as be-establishment:<10 digits>"),
  /** An establishment sector is not a sector id. */
  INPUT_BAD_SECTOR("BARRIER-SCR-0105", "each establishment sector is a sector id such as carwash, massage or other"),
  /** Two establishments share an id. */
  INPUT_DUPLICATE_ID("BARRIER-SCR-0106", "establishment ids are unique"),
  /** The observations document breaks a rule of the assess input. */
  INPUT_OBSERVATIONS("BARRIER-SCR-0107", "observations.json is a valid assess input about establishments"),
  /** An observed subject is not in the establishments document. */
  INPUT_UNKNOWN_SUBJECT("BARRIER-SCR-0108", "every observed subject is an establishment of establishments.json"),

  // ---- 02xx the results document ----

  /** The results document is not JSON within limits, or breaks the results format. */
  RESULTS_MALFORMED("BARRIER-SCR-0201",
      "a results document is one JSON object within limits in the published results format"),
  /** The results document has a format version this library does not read. */
  RESULTS_VERSION("BARRIER-SCR-0202", "a results document names a format version this library reads"),
  /** A value is out of its range or contradicts another: a level, a sum, a count or an order. */
  RESULTS_INCONSISTENT("BARRIER-SCR-0203",
      "levels, scores, counts and the ranking of a results document agree with each other"),
  /** An establishment's stated SHA-256 does not match its content. */
  RESULTS_HASH_MISMATCH("BARRIER-SCR-0204", "each establishment's sha256 is the hash of its entry as written"),

  // ---- 03xx human decisions ----

  /** The decision maker is missing, is not a person's staff id, or has no role or mandate. */
  DECISION_ACTOR("BARRIER-SCR-0301",
      "a decision names a human decision maker by staff id, role and mandate, never a system account"),
  /** The motivation is empty or repeats the generated explanation. */
  DECISION_MOTIVATION("BARRIER-SCR-0302",
      "a decision gives reasons in the decision maker's own words, not the generated explanation"),
  /** The outcome or degree of danger is not open under the legal ground. */
  DECISION_OUTCOME("BARRIER-SCR-0303", "the outcome and degree of danger are open under the decision's legal ground"),
  /** An adverse outcome has no second reviewer, or the second reviewer is the decision maker. */
  DECISION_FOUR_EYES("BARRIER-SCR-0304", "an adverse outcome has a second reviewer other than the decision maker"),
  /** A proportionality statement is missing where the ground requires one. */
  DECISION_PROPORTIONALITY("BARRIER-SCR-0305",
      "a refusal or withdrawal under Bibob states why it is proportionate"),
  /** A stored decision record is malformed. */
  DECISION_MALFORMED("BARRIER-SCR-0306", "a decision record is one JSON object in the published decision format"),

  // ---- 04xx signal reports ----

  /** The signal report policy asks for a level below medium, exact dates, or more reports than allowed. */
  SIGNAL_POLICY("BARRIER-SCR-0401",
      "signal reports go out for medium or higher, with dates no finer than a month, at most 100 per run"),

  // ---- 05xx the ARIEC's picture ----

  /** A message of the store is not a signal report or an information response. */
  PICTURE_MESSAGE_TYPE("BARRIER-SCR-0501",
      "a picture uses signal reports and information responses; any other message is listed, never used"),
  /** A signal report is marked as child protection. */
  PICTURE_CHILD_PROTECTION("BARRIER-SCR-0502",
      "child-protection signals stay in the care domain and never enter a picture"),
  /** A message's purpose is not one of the picture's purposes. */
  PICTURE_PURPOSE("BARRIER-SCR-0503", "a picture uses only messages sent for one of its purposes"),
  /** A stored message is larger than the limit, or not a regular file. */
  PICTURE_MESSAGE_TOO_LARGE("BARRIER-SCR-0504",
      "each stored message is a regular file of at most 16 MiB"),
  /** The store cannot be listed, read or cleaned, or holds more messages than a picture reads. */
  PICTURE_STORE("BARRIER-SCR-0505",
      "the message store is a readable directory of at most 100000 messages, and past-retention messages can be"
          + " removed from it");

  private final String code;
  private final String rule;

  ScreeningError(String code, String rule) {
    this.code = code;
    this.rule = rule;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String rule() {
    return rule;
  }
}
