package eu.barrier.transparency;

import org.apiguardian.api.API;

/** What kind of document {@link Transparency#check(byte[])} found. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum DocumentKind {
  /** An Algoritmeregister record (publication standard 1.0): a JSON object. */
  REGISTER_RECORD,
  /** A supplier template: a JSON array of records without an organisation. */
  SUPPLIER_TEMPLATE,
  /** A prefill file in the assessment tool's answer format, {@code urn:nl:dpia:3.0}. */
  DPIA_PREFILL,
  /** A prefill file in the assessment tool's answer format, {@code urn:nl:iama:2.0}. */
  IAMA_PREFILL,
  /** A prefill file of another or unreadable URN, or a document that is none of the above. */
  UNKNOWN
}
