package eu.barrier.cases.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The hash chain of a case's events, the same for every {@link CaseStore}. Each event's hash is
 * SHA-256 over a length-prefixed encoding of a fixed label, the previous event's hash, the case id,
 * the number and every field of the event, so each event commits to the whole case before it, and
 * the case row's head commits to the last. A verifier that recomputes the chain finds any edited,
 * removed, inserted or reordered event, and a cut or extended tail.
 *
 * <p>What it does not find: someone with write access to the database who rewrites a case's whole
 * chain and head consistently (the hashes are not keyed), or who removes a case entirely. Against
 * that, keep the heads elsewhere (for example in the audit log of {@code eu.barrier.privacy.audit})
 * and grant the application's database user no UPDATE or DELETE on the event table.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class EventChain {

  /** The previous hash of the first event: 64 zeros. */
  public static final String GENESIS = "0".repeat(64);

  private static final String LABEL = "barrier/case-event/v1";

  private EventChain() {}

  /**
   * Computes the hash of an event.
   *
   * @param prevHash the hash of the event before, {@link #GENESIS} for the first
   * @param caseId the case id
   * @param seq the event's number
   * @param type the event id
   * @param actor the actor
   * @param role the role id
   * @param occurredOn the day, ISO-8601
   * @param recordedAt the record time, ISO-8601 ({@code Instant.toString()})
   * @param basis the basis id
   * @param details the details JSON
   * @return 64 lower-case hexadecimal digits
   */
  public static String hash(String prevHash, String caseId, long seq, String type, String actor, String role,
      String occurredOn, String recordedAt, String basis, String details) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String s : List.of(LABEL, prevHash, caseId, Long.toString(seq), type, actor, role, occurredOn, recordedAt,
        basis, details)) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      out.write(b.length >>> 24);
      out.write(b.length >>> 16);
      out.write(b.length >>> 8);
      out.write(b.length);
      out.writeBytes(b);
    }
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(out.toByteArray()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required on every Java platform", e);
    }
  }

  /**
   * Computes the hash of an event to append.
   *
   * @param prevHash the hash of the event before
   * @param caseId the case id
   * @param seq the event's number
   * @param e the event
   * @return the hash
   */
  public static String hash(String prevHash, String caseId, long seq, NewEvent e) {
    return hash(prevHash, caseId, seq, e.type().id(), e.actor(), e.role().id(), e.occurredOn().toString(),
        e.recordedAt().toString(), e.basis(), e.details());
  }

  /**
   * Recomputes the chain of a stored case: numbers, links, hashes and the head of the case row.
   * The opening event is checked by the procedure ({@code CaseFiles.verify}).
   *
   * @param stored the case as stored
   * @return the verification, naming the first fault
   */
  public static ChainVerification verify(StoredCase stored) {
    CaseHeader h = stored.header();
    String prev = GENESIS;
    long n = 0;
    for (StoredEvent e : stored.events()) {
      n++;
      if (e.seq() != n || !e.caseId().equals(h.caseId())) {
        return fault(h, n, ChainFault.SEQUENCE, e.seq());
      }
      if (!e.prevHash().equals(prev)) {
        return fault(h, n, ChainFault.BROKEN_LINK, e.seq());
      }
      String computed = hash(e.prevHash(), e.caseId(), e.seq(), e.type(), e.actor(), e.role(),
          e.occurredOn().toString(), e.recordedAt().toString(), e.basis(), e.details());
      if (!MessageDigest.isEqual(computed.getBytes(StandardCharsets.US_ASCII),
          e.hash().getBytes(StandardCharsets.US_ASCII))) {
        return fault(h, n, ChainFault.EDITED, e.seq());
      }
      prev = e.hash();
    }
    if (h.version() != n || !h.headHash().equals(prev)) {
      return fault(h, n, ChainFault.HEAD, 0);
    }
    return new ChainVerification(h.caseId(), n, Optional.empty(), Optional.empty());
  }

  private static ChainVerification fault(CaseHeader h, long events, ChainFault fault, long seq) {
    return new ChainVerification(h.caseId(), events, Optional.of(fault), Optional.of(seq));
  }
}
