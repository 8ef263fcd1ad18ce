package eu.barrier.transparency;

import eu.barrier.core.ErrorCode;
import org.apiguardian.api.API;

/**
 * The stable error codes of {@code barrier-transparency}.
 *
 * <p>Ranges: {@code 00xx} describing a deployment, {@code 01xx} the evaluation metrics file, {@code
 * 02xx} Algoritmeregister records and supplier templates (publication standard 1.0), {@code 03xx}
 * DPIA and IAMA prefill files. Codes are never reused or renumbered. Each constant's {@link
 * #rule()} states the rule in one line; messages built from it never contain values from the
 * input.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum TransparencyError implements ErrorCode {

  // ---- 00xx describing a deployment ----

  /** A catalogue has lint errors, such as a protected characteristic in a scoring catalogue. */
  CATALOGUE_LINT("BARRIER-TRN-0001",
      "a catalogue with lint errors (such as a protected characteristic) gets no transparency documents"),
  /** The catalogues and model do not form a screening. */
  SCREENING_REFUSED("BARRIER-TRN-0002",
      "the catalogues and the model form a valid screening of establishments"),
  /** The profile id is not known. */
  PROFILE_UNKNOWN("BARRIER-TRN-0003", "a profile is be-2024 or nl-bibob"),
  /** The organisation name is missing, too long or not plain text. */
  ORGANISATION("BARRIER-TRN-0004", "the organisation is a name of 1 to 100 characters without markup"),
  /** The contact is neither an e-mail address nor an https URL. */
  CONTACT("BARRIER-TRN-0005", "the contact is an e-mail address or an https URL of at most 500 characters"),
  /** The evaluation does not score any catalogue of the deployment with its model. */
  EVALUATION_MISMATCH("BARRIER-TRN-0006",
      "the evaluation scores a catalogue of the deployment (same SHA-256) with the deployment's model"),

  // ---- 01xx the evaluation metrics file ----

  /** The evaluation file is not a metrics document of the workbench. */
  EVALUATION_MALFORMED("BARRIER-TRN-0101",
      "an evaluation file is one barrier-evaluation-v1 metrics document within limits, as barrier evaluate writes it"),

  // ---- 02xx Algoritmeregister records and supplier templates (0200: any checked document) ----

  /** The checked document is not JSON within limits, or is neither an object nor an array. */
  DOCUMENT_UNREADABLE("BARRIER-TRN-0200",
      "a checked document is one JSON object or array within limits: a record, a supplier template or a prefill file"),

  /** The document is not JSON, or not an object (a template: an array of objects). */
  RECORD_MALFORMED("BARRIER-TRN-0201",
      "a register record is one JSON object within limits; a supplier template is an array of such objects"),
  /** A field is not a field of the standard. */
  FIELD_UNKNOWN("BARRIER-TRN-0202",
      "every field is a field of publication standard 1.0 (the register drops others without a word)"),
  /** A mandatory field is absent or empty. */
  FIELD_REQUIRED("BARRIER-TRN-0203", "every mandatory field is present and not empty"),
  /** A field has another JSON type than the standard gives it. */
  FIELD_TYPE("BARRIER-TRN-0204", "every field has the JSON type the standard gives it"),
  /** A text is longer than the standard allows. */
  FIELD_TOO_LONG("BARRIER-TRN-0205",
      "no text is longer than the standard's limit, counted on the text without HTML tags"),
  /** An enumerated field holds a value the standard does not list. */
  VALUE_NOT_PERMITTED("BARRIER-TRN-0206", "an enumerated field holds one of the values the standard lists"),
  /** A text holds markup the standard does not allow. */
  HTML_NOT_ALLOWED("BARRIER-TRN-0207",
      "HTML fields use only the tags div, br, p, ul, ol and li, without attributes; other fields hold no markup"),
  /** A link does not start with https:// or is not a URL. */
  LINK_INVALID("BARRIER-TRN-0208", "a link is an https URL"),
  /** The contact field is neither an e-mail address nor an https URL. */
  CONTACT_INVALID("BARRIER-TRN-0209", "contact_email is an e-mail address or an https URL"),
  /** A date is not written as year and month. */
  DATE_INVALID("BARRIER-TRN-0210", "begin_date and end_date are written as yyyy-mm"),
  /** A supplier template names an organisation or has no id. */
  TEMPLATE_INVALID("BARRIER-TRN-0211",
      "a supplier template has an id and a name per record and leaves organization empty"),

  // ---- 03xx DPIA and IAMA prefill files ----

  /** The document is not in the tool's answer format. */
  PREFILL_MALFORMED("BARRIER-TRN-0301",
      "a prefill file is one JSON object in the answer format of the assessment tool (assessment-output v2)"),
  /** The assessment URN is not one this library knows. */
  PREFILL_URN("BARRIER-TRN-0302", "metadata.urn is urn:nl:dpia:3.0 or urn:nl:iama:2.0"),
  /** An answer key is not a question of the assessment that takes an answer there. */
  PREFILL_UNKNOWN_QUESTION("BARRIER-TRN-0303",
      "every answer key is a question of the assessment that takes an answer at that place"),
  /** An answer value has the wrong type or is not one of the question's options. */
  PREFILL_VALUE("BARRIER-TRN-0304",
      "every answer value has its question's type and is one of its options (or of its source answers)"),
  /** An answer to a conditional question lacks the answer that shows it. */
  PREFILL_HIDDEN("BARRIER-TRN-0305",
      "an answer to a conditional question comes with the answer that shows it (the tool hides it otherwise)"),
  /** A timestamp is not an ISO 8601 date-time. */
  PREFILL_TIMESTAMP("BARRIER-TRN-0306", "createdAt and every lastEditedAt are ISO 8601 date-times with an offset");

  private final String code;
  private final String rule;

  TransparencyError(String code, String rule) {
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
