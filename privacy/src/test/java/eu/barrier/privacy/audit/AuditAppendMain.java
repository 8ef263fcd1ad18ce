package eu.barrier.privacy.audit;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Appends entries to an audit log file from a separate process: {@code FILE COUNT ACTOR}. Used by
 * {@link AuditConcurrencyTest} to run several writers at once, as several {@code barrier
 * pseudonymise --audit} runs would.
 */
public final class AuditAppendMain {

  private AuditAppendMain() {}

  /**
   * Appends {@code COUNT} entries, opening the log anew for each, as separate runs would.
   *
   * @param args the file, the count and the actor label
   */
  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    for (int i = 0; i < count; i++) {
      AuditLog log = AuditLog.open(FileAuditSink.open(file), Clock.systemUTC());
      log.append(AuditEvent.builder(AuditAction.PSEUDONYMISE, args[2]).purpose("thb-signal").count(i).build());
    }
  }
}
