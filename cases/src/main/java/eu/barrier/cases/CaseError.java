package eu.barrier.cases;

import eu.barrier.core.ErrorCode;
import org.apiguardian.api.API;

/**
 * The stable error codes of {@code barrier-cases}.
 *
 * <p>Ranges: {@code 00xx} jurisdiction profiles, {@code 01xx} transitions of the case procedure,
 * {@code 02xx} need-to-know reads and disclosures, {@code 03xx} the store, {@code 04xx} event
 * input. The rules of the decision record itself (a named human decision maker, a motivation in
 * the decision maker's own words, four eyes, proportionality, an open outcome) keep their codes of
 * {@code barrier-screening} ({@code BARRIER-SCR-03xx}): one rule, one code. Codes are never reused
 * or renumbered; messages never contain values from the input.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum CaseError implements ErrorCode {

  // ---- 00xx profiles ----

  /** A profile document breaks its format. */
  PROFILE_MALFORMED("BARRIER-CASE-0001", "a profile is one JSON object in the published profile format"),
  /** A profile refers to something it does not define, or defines something twice. */
  PROFILE_INCONSISTENT("BARRIER-CASE-0002",
      "a profile defines every role, event, basis, ground and deadline it refers to, each once"),
  /** No built-in profile has this id. */
  PROFILE_UNKNOWN("BARRIER-CASE-0003", "a built-in profile id is be-2024 or nl-bibob"),
  /** A configuration names something the profile does not have, or turns on a verified item. */
  PROFILE_CONFIGURATION("BARRIER-CASE-0004",
      "a configuration sets a deadline, outcome, ground or basis the profile knows, with its own source"),

  // ---- 01xx transitions ----

  /** The event is not allowed in the current state of the case. */
  TRANSITION("BARRIER-CASE-0101", "the event is allowed in the current state of the case"),
  /** An advice is recorded but none was requested. */
  ADVICE_NOT_REQUESTED("BARRIER-CASE-0102", "an advice is received, extended or queried only after it was requested"),
  /** An adverse decision without an intention and a hearing period. */
  ADVERSE_WITHOUT_HEARING("BARRIER-CASE-0103",
      "an adverse decision follows an adverse intention and a view or the end of the views period"),
  /** The role may not record this event under the profile. */
  ROLE_MAY_NOT_RECORD("BARRIER-CASE-0104", "the role may record this event under the case's profile"),
  /** An intention without a views deadline. */
  INTENTION_VIEWS_DEADLINE("BARRIER-CASE-0105",
      "an intention states an adverse or conditional outcome and a views deadline, given or set by the profile"),
  /** The advice term was extended twice, or the profile allows no extension. */
  ADVICE_EXTENSION("BARRIER-CASE-0106", "an advice term is extended at most once, where the profile allows it"),
  /** A decision while an advice is awaited. */
  DECISION_AWAITING_ADVICE("BARRIER-CASE-0107", "no decision is taken while a requested advice is awaited"),
  /** Not processing an application that was never found incomplete. */
  NOT_PROCESSED_COMPLETE("BARRIER-CASE-0108", "an application is not processed only after it was found incomplete"),
  /** A decision that does not say how the views were dealt with. */
  VIEWS_NOT_ADDRESSED("BARRIER-CASE-0109", "a decision after views received says how they were dealt with"),
  /** A score viewed before any was assessed. */
  SCORE_NOT_ASSESSED("BARRIER-CASE-0110", "a score is viewed only after a risk assessment is in the case"),
  /** An adverse decision without a ground the profile has on. */
  DECISION_GROUND("BARRIER-CASE-0111", "an adverse decision cites at least one ground the profile has on, and only those"),
  /** Evidence cited by a decision that is not evidence in the case. */
  DECISION_EVIDENCE("BARRIER-CASE-0112", "a decision cites as evidence only earlier events of its case"),

  // ---- 02xx need-to-know ----

  /** A disclosure outside the municipality without a legal basis that allows it. */
  DISCLOSURE_BASIS("BARRIER-CASE-0201",
      "a read by a role outside the municipality names the discloser and a legal basis the profile allows for that role"),
  /** A legal basis that is not in the profile's closed list, or is off. */
  UNKNOWN_BASIS("BARRIER-CASE-0202", "a legal basis is one of the profile's closed list and is on"),

  // ---- 03xx store ----

  /** No case has this id. */
  CASE_UNKNOWN("BARRIER-CASE-0301", "the case exists in the store"),
  /** A case with this id exists already. */
  CASE_EXISTS("BARRIER-CASE-0302", "a new case has an id no other case has"),
  /** Another writer changed the case since it was read. */
  CONCURRENT_CHANGE("BARRIER-CASE-0303", "an event is appended to the version of the case it was checked against"),
  /** The database schema was changed outside the library, or is newer than it. */
  SCHEMA("BARRIER-CASE-0304", "the database schema is one this library's migrations created, unchanged"),
  /** The database failed. */
  STORE_FAILED("BARRIER-CASE-0305", "the database answers the store's statements"),
  /** A stored case breaks its hash chain. */
  CHAIN_BROKEN("BARRIER-CASE-0306", "every stored event is the one written, in an unbroken chain up to the case's head"),

  // ---- 04xx input ----

  /** An event's fields break a rule: an actor label, an unknown id, a text too long. */
  EVENT_INPUT("BARRIER-CASE-0401", "an event names its actor by a label, and uses ids, texts and lists within limits"),
  /** An event dated before the previous one, or in the future. */
  EVENT_DATE("BARRIER-CASE-0402", "an event's date is not before the previous event's and not after the day it is recorded");

  private final String code;
  private final String rule;

  CaseError(String code, String rule) {
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
