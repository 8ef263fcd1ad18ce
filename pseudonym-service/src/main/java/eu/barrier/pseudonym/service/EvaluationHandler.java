package eu.barrier.pseudonym.service;

import eu.barrier.core.BarrierException;
import eu.barrier.privacy.audit.AuditAction;
import eu.barrier.privacy.audit.AuditEvent;
import eu.barrier.privacy.audit.AuditLog;
import eu.barrier.privacy.blind.BlindPseudonymException;
import eu.barrier.privacy.blind.EvaluationRequest;
import eu.barrier.privacy.blind.EvaluationResponse;
import eu.barrier.privacy.blind.ServiceKeys;
import eu.barrier.privacy.key.PartyPublicKeys;
import eu.barrier.privacy.oprf.OprfException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The service's two resources. {@code POST /v1/evaluate} checks, in this order: media type, body
 * size, format, batch size, trust list, signature, freshness, replay, key, rate; then evaluates,
 * writes the audit entry and only then answers. Every refusal is a problem document.
 */
final class EvaluationHandler extends Handler.Abstract {

  /** The audit actor of a request that did not authenticate. */
  static final String UNAUTHENTICATED = "unauthenticated";

  private final ServiceKeys keys;
  private final byte[] publicKeys;
  private final Map<String, PartyPublicKeys> trusted; // "party signingKeyId" -> keys
  private final AuditLog audit;
  private final RateLimiter rate;
  private final ReplayGuard replays = new ReplayGuard();
  private final int maxBatch;
  private final int maxBody;
  private final Clock clock;
  private final SecureRandom random;

  EvaluationHandler(ServiceKeys keys, Map<String, PartyPublicKeys> trusted, AuditLog audit, long ratePerMinute,
      int maxBatch, int maxBody, Clock clock, SecureRandom random) {
    super(InvocationType.BLOCKING);
    this.keys = keys;
    this.publicKeys = keys.publicKeys().toJson().getBytes(StandardCharsets.UTF_8);
    this.trusted = trusted;
    this.audit = audit;
    this.rate = new RateLimiter(ratePerMinute);
    this.maxBatch = maxBatch;
    this.maxBody = maxBody;
    this.clock = clock;
    this.random = random;
  }

  /** A refusal on its way to a problem document. */
  private static final class Refusal extends Exception {
    private static final long serialVersionUID = 1L;
    final PseudonymServiceError error;
    final String detail;
    final long retryAfter;

    Refusal(PseudonymServiceError error, String detail) {
      this(error, detail, 0);
    }

    Refusal(PseudonymServiceError error, String detail, long retryAfter) {
      super(error.code(), null, false, false);
      this.error = error;
      this.detail = detail;
      this.retryAfter = retryAfter;
    }
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    String path = request.getHttpURI().getPath();
    String method = request.getMethod();
    try {
      if ("/v1/keys".equals(path)) {
        if (!"GET".equals(method)) {
          response.getHeaders().put(HttpHeader.ALLOW, "GET");
          throw new Refusal(PseudonymServiceError.METHOD, "use GET");
        }
        answer(response, callback, 200, "application/json", publicKeys);
      } else if ("/v1/evaluate".equals(path)) {
        if (!"POST".equals(method)) {
          response.getHeaders().put(HttpHeader.ALLOW, "POST");
          throw new Refusal(PseudonymServiceError.METHOD, "use POST");
        }
        answer(response, callback, 200, "application/json", evaluate(request));
      } else {
        throw new Refusal(PseudonymServiceError.NOT_FOUND, null);
      }
    } catch (Refusal r) {
      if (r.retryAfter > 0) {
        response.getHeaders().put(HttpHeader.RETRY_AFTER, Long.toString(r.retryAfter));
      }
      if (r.error.status() == 401) {
        response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Barrier-Signature");
      }
      answer(response, callback, r.error.status(), Problems.MEDIA_TYPE, Problems.of(r.error, r.detail));
    }
    return true;
  }

  private static void answer(Response response, Callback callback, int status, String type, byte[] body) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, Integer.toString(body.length));
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  private byte[] evaluate(Request request) throws Refusal {
    String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
    if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
      throw new Refusal(PseudonymServiceError.MEDIA_TYPE, null);
    }
    long declared = request.getLength();
    if (declared > maxBody) {
      throw new Refusal(PseudonymServiceError.BODY_TOO_LARGE, "limit " + maxBody + " bytes");
    }
    byte[] body = read(request);
    EvaluationRequest req;
    try {
      req = EvaluationRequest.parse(body);
    } catch (BlindPseudonymException e) {
      throw new Refusal(PseudonymServiceError.MALFORMED, e.getMessage());
    }
    if (req.size() > maxBatch) {
      throw rejected(UNAUTHENTICATED, req, new Refusal(PseudonymServiceError.BATCH_TOO_LARGE, "limit " + maxBatch));
    }
    PartyPublicKeys partner = trusted.get(req.party() + " " + req.signingKeyId());
    if (partner == null) {
      throw rejected(UNAUTHENTICATED, req, new Refusal(PseudonymServiceError.UNKNOWN_PARTNER, null));
    }
    String signature = request.getHeaders().get(EvaluationRequest.SIGNATURE_HEADER);
    if (!EvaluationRequest.verifySignature(body, signature, partner)) {
      throw rejected(UNAUTHENTICATED, req, new Refusal(PseudonymServiceError.BAD_SIGNATURE, null));
    }
    Instant now = clock.instant();
    if (!req.isFresh(now)) {
      throw rejected(req.party(), req, new Refusal(PseudonymServiceError.STALE, null));
    }
    if (!keys.isUsable(req.keyId())) {
      throw rejected(req.party(), req, new Refusal(PseudonymServiceError.UNKNOWN_KEY, null));
    }
    long wait = rate.tryTake(req.party(), req.size(), System.nanoTime());
    if (wait != 0) {
      throw rejected(req.party(), req, new Refusal(PseudonymServiceError.RATE_LIMITED,
          wait < 0 ? "the request holds more elements than the rate allows per minute" : null, Math.max(wait, 0)));
    }
    if (!replays.firstSeen(req.party(), req.requestId(), req.keepUntil(), now)) {
      throw rejected(req.party(), req, new Refusal(PseudonymServiceError.REPLAY, null));
    }
    EvaluationResponse answer;
    try {
      answer = keys.evaluate(req, random);
    } catch (OprfException e) {
      throw rejected(req.party(), req, new Refusal(PseudonymServiceError.BAD_ELEMENT, e.getMessage()));
    }
    try {
      audit.append(event(AuditAction.PSEUDONYMISE, req.party(), req).count(req.size()).build());
    } catch (BarrierException e) {
      throw new Refusal(PseudonymServiceError.AUDIT_FAILED, null);
    }
    return answer.toJson();
  }

  private static AuditEvent.Builder event(AuditAction action, String actor, EvaluationRequest req) {
    return AuditEvent.builder(action, actor).purpose(req.context().purpose()).recipient(req.context().recipient())
        .keyId("oprf:" + req.keyId());
  }

  /** Writes the refusal of a parsed request to the audit log; returns it to be thrown. */
  private Refusal rejected(String actor, EvaluationRequest req, Refusal refusal) {
    try {
      audit.append(event(AuditAction.REJECT, actor, req).failures(req.size()).reason(refusal.error.code()).build());
    } catch (BarrierException e) {
      return new Refusal(PseudonymServiceError.AUDIT_FAILED, null);
    }
    return refusal;
  }

  private byte[] read(Request request) throws Refusal {
    try (InputStream in = Request.asInputStream(request)) {
      byte[] body = in.readNBytes(maxBody + 1);
      if (body.length > maxBody) {
        throw new Refusal(PseudonymServiceError.BODY_TOO_LARGE, "limit " + maxBody + " bytes");
      }
      return body;
    } catch (IOException e) {
      throw new Refusal(PseudonymServiceError.MALFORMED, "the body could not be read");
    }
  }
}
