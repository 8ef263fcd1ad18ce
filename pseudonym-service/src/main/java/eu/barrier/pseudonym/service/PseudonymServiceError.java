package eu.barrier.pseudonym.service;

import eu.barrier.core.ErrorCode;
import org.apiguardian.api.API;

/**
 * The stable error codes of {@code barrier-pseudonym-service}, each with the HTTP status of its
 * RFC 9457 problem document.
 *
 * <p>Ranges: {@code 00xx} refused requests (answered as problem documents), {@code 01xx} the
 * service's configuration (thrown as {@link PseudonymServiceException} at start). Codes are never
 * reused or renumbered. Every code is listed in {@code docs/error-codes.md}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum PseudonymServiceError implements ErrorCode {

  // ---- 00xx refused requests ----

  /** No such resource. */
  NOT_FOUND("BARRIER-PSVC-0001", 404, "the service answers GET /v1/keys and POST /v1/evaluate only"),
  /** The method is not allowed on the resource. */
  METHOD("BARRIER-PSVC-0002", 405, "GET /v1/keys and POST /v1/evaluate; other methods are not allowed"),
  /** The body is not JSON. */
  MEDIA_TYPE("BARRIER-PSVC-0003", 415, "an evaluation request has the content type application/json"),
  /** The body is too large. */
  BODY_TOO_LARGE("BARRIER-PSVC-0004", 413, "an evaluation request body is at most the service's body limit (64 KiB by default)"),
  /** The body breaks the request format. */
  MALFORMED("BARRIER-PSVC-0005", 400, "an evaluation request is a barrier-oprf-request/1 document (BARRIER-PRIV-0701)"),
  /** Too many elements in one request. */
  BATCH_TOO_LARGE("BARRIER-PSVC-0006", 413, "an evaluation request holds at most the service's batch limit (100 by default)"),
  /** The party and signing key id are not on the trust list. */
  UNKNOWN_PARTNER("BARRIER-PSVC-0007", 401, "the party and its signing key id must be on the service's trust list"),
  /** The signature does not verify. */
  BAD_SIGNATURE("BARRIER-PSVC-0008", 401,
      "the Barrier-Signature header is the partner's Ed25519 signature of the request body"),
  /** The request is expired or issued in the future. */
  STALE("BARRIER-PSVC-0009", 401,
      "a request is accepted from 60 seconds before until 120 seconds after its issuedAt"),
  /** The request id was seen before. */
  REPLAY("BARRIER-PSVC-0010", 401, "a request id is accepted only once"),
  /** The partner exceeded its rate. */
  RATE_LIMITED("BARRIER-PSVC-0011", 429,
      "a partner evaluates at most the service's rate of elements per minute (Barrier's limit on how fast a partner can test candidates)"),
  /** The key id names no usable key. */
  UNKNOWN_KEY("BARRIER-PSVC-0012", 422, "the key id names a primary or active key of GET /v1/keys"),
  /** A blinded element is not a group element. */
  BAD_ELEMENT("BARRIER-PSVC-0013", 422, "every blinded element is a P-256 point other than the identity (BARRIER-PRIV-0602)"),
  /** The audit log could not be written; nothing was evaluated. */
  AUDIT_FAILED("BARRIER-PSVC-0014", 500, "every evaluation is written to the audit log before it is answered"),
  /** The service is shutting down or overloaded. */
  UNAVAILABLE("BARRIER-PSVC-0015", 503, "the service is running and below its connection limit"),
  /** The replay store could not be read or written; nothing was evaluated. */
  REPLAY_STORE("BARRIER-PSVC-0016", 500, "a request id is recorded in the replay store before the request is evaluated"),

  // ---- 01xx configuration ----

  /** A limit or setting is out of range. */
  CONFIGURATION("BARRIER-PSVC-0101", 0,
      "service settings are in range: rate, batch, body, connections and port, and at least one trusted partner"),
  /** The server could not start. */
  START("BARRIER-PSVC-0102", 0, "the service must be able to bind its address and port"),
  ;

  private final String code;
  private final int status;
  private final String rule;

  PseudonymServiceError(String code, int status, String rule) {
    this.code = code;
    this.status = status;
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

  /**
   * Returns the HTTP status of the problem document.
   *
   * @return the status, or 0 for a configuration error
   */
  public int status() {
    return status;
  }
}
