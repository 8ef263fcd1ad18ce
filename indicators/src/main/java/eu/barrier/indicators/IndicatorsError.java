package eu.barrier.indicators;

import eu.barrier.core.ErrorCode;
import org.apiguardian.api.API;

/**
 * The stable error codes of {@code barrier-indicators}.
 *
 * <p>Ranges: {@code 00xx} the catalogue format (strict loading), {@code 01xx} catalogue lint,
 * {@code 02xx} the assess input format, {@code 03xx} risk models refusing a catalogue or subject.
 * ({@code 04xx} held the evaluation codes until the evaluation moved to {@code barrier-workbench},
 * before the first release; they are not reused.)
 * Codes are never reused or renumbered. Each constant's {@link #rule()} states the rule in one
 * line; messages built from it never contain catalogue or personal values.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum IndicatorsError implements ErrorCode {

  // ---- 00xx catalogue format (eu.barrier.indicators.catalogue.Catalogues) ----

  /** The document is not well-formed JSON, is empty, or has data after the top-level value. */
  MALFORMED_JSON("BARRIER-IND-0001", "a catalogue is one well-formed JSON object and nothing after it"),
  /** The document exceeds a size, nesting, string or number limit. */
  LIMIT_EXCEEDED("BARRIER-IND-0002", "a catalogue stays within the documented size and nesting limits"),
  /** A JSON object has the same key twice. */
  DUPLICATE_KEY("BARRIER-IND-0003", "a JSON object has each key at most once"),
  /** A field is not part of the catalogue format. */
  UNKNOWN_FIELD("BARRIER-IND-0004", "only fields defined by the catalogue format are allowed"),
  /** A required field is absent. */
  MISSING_FIELD("BARRIER-IND-0005", "every required field is present"),
  /** A field has the wrong JSON type, for example a number where a string is required. */
  WRONG_TYPE("BARRIER-IND-0006", "every field has the JSON type the format defines"),
  /** A value is not one of the allowed names, for example an unknown strength or agency. */
  UNKNOWN_VALUE("BARRIER-IND-0007", "enumerated fields use one of the names the format defines"),
  /** A value does not match its pattern: an id, a version, a URL, a date or a language key. */
  BAD_FORMAT("BARRIER-IND-0008", "ids, versions, URLs, dates and language keys match their patterns"),
  /** A text is blank, too long or holds control characters, or a list is empty or too long. */
  BAD_LENGTH("BARRIER-IND-0009", "texts and lists respect their minimum and maximum sizes"),
  /** A list that is a set holds the same value twice. */
  DUPLICATE_VALUE("BARRIER-IND-0010", "lists of agencies, sectors, sources and references hold each value once"),
  /** The document could not be read from its stream. */
  READ_FAILED("BARRIER-IND-0011", "the catalogue stream can be read to its end"),
  /** A scoring parameter is out of its range, or the thresholds do not rise from low to high. */
  BAD_SCORING("BARRIER-IND-0012", "scoring parameters are whole numbers in their ranges and thresholds rise from low to high"),

  // ---- 01xx catalogue lint (eu.barrier.indicators.catalogue.CatalogueLint) ----

  /** Two indicators share an id. */
  LINT_DUPLICATE_ID("BARRIER-IND-0101", "indicator ids are unique within a catalogue"),
  /** A title, description of the catalogue or indicator label lacks one of nl, fr, en. */
  LINT_MISSING_LANGUAGE("BARRIER-IND-0102", "titles, catalogue descriptions and labels exist in nl, fr and en"),
  /** A source or related-indicator reference does not resolve. */
  LINT_UNRESOLVED_REFERENCE("BARRIER-IND-0103", "source and related-indicator references resolve"),
  /** A strength is not valid for the catalogue, for example provisional in a verified catalogue. */
  LINT_INVALID_STRENGTH("BARRIER-IND-0104", "provisional strengths appear only in catalogues not marked verified"),
  /** An automated-scoring catalogue holds an indicator whose basis is a personal characteristic. */
  LINT_PROTECTED_BASIS("BARRIER-IND-0105", "automated-scoring catalogues hold no indicator based on a personal characteristic"),
  /** An automated-scoring indicator mentions a protected characteristic or an obvious proxy of one. */
  LINT_PROTECTED_TERM("BARRIER-IND-0106", "automated-scoring indicators do not mention protected characteristics or the proxies on the lint's word lists"),
  /** A reviewed mention of religion or language that describes the exploiter's conduct. */
  LINT_PROTECTED_TERM_REVIEWED("BARRIER-IND-0107", "a reviewed mention of religion or language describes the exploiter's conduct, not the subject"),
  /** An indicator's category does not fit the subject kind (ILO dimensions for persons, barriers otherwise). */
  LINT_CATEGORY_MISMATCH("BARRIER-IND-0108", "person catalogues use ILO dimensions and business catalogues use barriers, never mixed"),
  /** A child-protection catalogue is marked for automated scoring. */
  LINT_CHILD_PROTECTION_SCORING("BARRIER-IND-0109", "child-protection catalogues are reference-only unless reviewed"),
  /** A protected-term review note is present where no reviewable term occurs. */
  LINT_NEEDLESS_REVIEW("BARRIER-IND-0110", "a protected-term review note accompanies a reviewable mention"),

  // ---- 02xx assess input (eu.barrier.indicators.scoring.AssessInput) ----

  /** A subject kind, agency or grading scheme is not one of the names the format defines. */
  INPUT_UNKNOWN_NAME("BARRIER-IND-0201", "subject kinds, agencies and grading schemes use one of the names the format defines"),
  /** A grading is not a valid combination of codes in its scheme, or a scheme is given without a grading. */
  INPUT_BAD_GRADING("BARRIER-IND-0202", "a grading is a valid combination of codes in its scheme"),
  /** {@code observedUntil} is before {@code observedOn}. */
  INPUT_PERIOD_ORDER("BARRIER-IND-0203", "observedUntil is not before observedOn"),
  /** Two subjects share an id. */
  INPUT_DUPLICATE_SUBJECT("BARRIER-IND-0204", "subject ids are unique within a document"),
  /** A subject's kind differs from the subject kind of the catalogue it is assessed with. */
  INPUT_KIND_MISMATCH("BARRIER-IND-0205", "every subject has the subject kind of the catalogue"),
  /** A subject id names an identifier type (such as {@code be-establishment:}) but carries no valid identifier of it. */
  INPUT_BAD_SUBJECT_ID("BARRIER-IND-0206",
      "a subject id that names an identifier type carries a valid identifier of that type (check digits)"),

  // ---- 03xx risk models (eu.barrier.indicators.scoring) ----

  /** The catalogue has lint errors. */
  SCORING_LINT_ERRORS("BARRIER-IND-0301", "a model scores only with a catalogue that has no lint errors"),
  /** The catalogue is reference-only. */
  SCORING_REFERENCE_ONLY("BARRIER-IND-0302", "reference-only catalogues never feed a model"),
  /** The ilo-2009 model met provisional strengths. */
  SCORING_PROVISIONAL("BARRIER-IND-0303", "the ilo-2009 model classifies only on rated strengths, never provisional ones"),
  /** The ilo-2009 model was given a catalogue that is not a person catalogue of ILO dimensions. */
  SCORING_NOT_ILO("BARRIER-IND-0304", "the ilo-2009 model needs a person catalogue whose categories are ILO dimensions"),
  /** A subject's kind differs from the catalogue's subject kind. */
  SCORING_MIXED_KINDS("BARRIER-IND-0305", "a score never mixes person-level and business-level data: subject and catalogue kinds are equal");

  private final String code;
  private final String rule;

  IndicatorsError(String code, String rule) {
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
