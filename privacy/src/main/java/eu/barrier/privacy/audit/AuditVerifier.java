package eu.barrier.privacy.audit;

import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.audit.AuditVerification.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Checks an audit log and reports the first entry that breaks the chain.
 *
 * <p>Walking the lines in order, with the expected next sequence number and previous hash:
 *
 * <ul>
 *   <li>a line that is not exactly a well-formed entry, or whose hash does not match its content,
 *       is {@link Outcome#MODIFIED};
 *   <li>an entry with the expected number but the wrong previous hash means the line before was
 *       changed and rehashed ({@code MODIFIED} there), unless the next line carries the same
 *       number, in which case this line was {@link Outcome#INSERTED};
 *   <li>an entry with a higher number than expected is {@link Outcome#REORDERED} if the expected
 *       entry appears later, {@code INSERTED} if it is a copy of a later line, and {@link
 *       Outcome#DELETED} otherwise;
 *   <li>an entry with a lower number than expected is {@code INSERTED}: a copy of an earlier
 *       entry, or a rival of the previous entry (the line the following entry links to is kept).
 * </ul>
 *
 * <p>With an {@link AuditCheckpoint}, entries cut off the end ({@code DELETED} at the line after
 * the last) and a rehashed last covered entry ({@code MODIFIED}) are found too; without one they
 * cannot be. Entries appended after the checkpoint are allowed: logs grow.
 */
public final class AuditVerifier {

  private AuditVerifier() {}

  /**
   * Verifies a file of JSON lines.
   *
   * @param file the audit log
   * @param checkpoint a checkpoint kept elsewhere, or {@code null}
   * @return the verification result
   * @throws AuditException with {@link PrivacyError#AUDIT_IO} if the file cannot be read
   */
  public static AuditVerification verify(Path file, AuditCheckpoint checkpoint) {
    Objects.requireNonNull(file, "file");
    String content;
    try {
      content = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AuditException(PrivacyError.AUDIT_IO, "reading the audit log", e);
    }
    return verify(splitLines(content), checkpoint);
  }

  /**
   * Splits file content into lines; a final line feed ends the last line, it does not start an
   * empty one. Any other empty line is kept and reported as modified.
   */
  static List<String> splitLines(String content) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    while (start < content.length()) {
      int nl = content.indexOf('\n', start);
      if (nl < 0) {
        lines.add(content.substring(start));
        break;
      }
      lines.add(content.substring(start, nl));
      start = nl + 1;
    }
    return lines;
  }

  /**
   * Verifies lines without a checkpoint.
   *
   * @param lines the lines, without line feeds
   * @return the verification result
   */
  public static AuditVerification verify(List<String> lines) {
    return verify(lines, null);
  }

  /**
   * Verifies lines.
   *
   * @param lines the lines, without line feeds
   * @param checkpoint a checkpoint kept elsewhere, or {@code null}
   * @return the verification result
   */
  public static AuditVerification verify(List<String> lines, AuditCheckpoint checkpoint) {
    Objects.requireNonNull(lines, "lines");
    int n = lines.size();
    AuditRecord[] parsed = new AuditRecord[n];
    for (int i = 0; i < n; i++) {
      AuditRecord r = AuditRecord.tryParse(Objects.requireNonNull(lines.get(i), "line"));
      parsed[i] = r != null && r.hashMatches() ? r : null;
    }
    long expectedSeq = 0;
    String expectedPrev = AuditRecord.GENESIS;
    String lastPrev = null;
    Set<String> accepted = new HashSet<>();
    String checkpointHashSeen = null;
    for (int k = 0; k < n; k++) {
      long line = k + 1L;
      AuditRecord e = parsed[k];
      if (e == null) {
        return broken(Outcome.MODIFIED, line, n);
      }
      boolean prevOk = e.prev().equals(expectedPrev);
      if (e.seq() == expectedSeq && prevOk) {
        accepted.add(e.hash());
        lastPrev = expectedPrev;
        expectedPrev = e.hash();
        expectedSeq++;
        if (checkpoint != null && expectedSeq == checkpoint.size()) {
          checkpointHashSeen = e.hash();
        }
        continue;
      }
      if (e.seq() == expectedSeq) {
        AuditRecord next = k + 1 < n ? parsed[k + 1] : null;
        if (next != null && next.seq() == e.seq()) {
          return broken(Outcome.INSERTED, line, n);
        }
        return broken(Outcome.MODIFIED, Math.max(1, line - 1), n);
      }
      if (e.seq() > expectedSeq) {
        for (int j = k + 1; j < n; j++) {
          if (parsed[j] != null && parsed[j].hash().equals(e.hash())) {
            return broken(Outcome.INSERTED, line, n);
          }
        }
        for (int j = k + 1; j < n; j++) {
          if (parsed[j] != null && parsed[j].seq() == expectedSeq) {
            return broken(Outcome.REORDERED, line, n);
          }
        }
        return broken(Outcome.DELETED, line, n);
      }
      // e.seq() < expectedSeq
      if (accepted.contains(e.hash())) {
        return broken(Outcome.INSERTED, line, n);
      }
      if (e.seq() == expectedSeq - 1 && e.prev().equals(lastPrev)) {
        // a rival of the previous entry: keep the one the next entry links to
        AuditRecord next = k + 1 < n ? parsed[k + 1] : null;
        boolean nextLinksHere = next != null && next.prev().equals(e.hash());
        boolean checkpointNamesHere =
            next == null && checkpoint != null && checkpoint.size() == expectedSeq
                && checkpoint.headHash().equals(e.hash());
        return broken(Outcome.INSERTED, nextLinksHere || checkpointNamesHere ? line - 1 : line, n);
      }
      return broken(Outcome.INSERTED, line, n);
    }
    if (checkpoint != null) {
      if (checkpoint.size() > expectedSeq) {
        return broken(Outcome.DELETED, n + 1L, n);
      }
      String covered = checkpoint.size() == 0 ? AuditRecord.GENESIS : checkpointHashSeen;
      if (!checkpoint.headHash().equals(covered)) {
        return broken(Outcome.MODIFIED, Math.max(1, checkpoint.size()), n);
      }
    }
    return new AuditVerification(Outcome.INTACT, 0, n);
  }

  private static AuditVerification broken(Outcome outcome, long line, long entries) {
    return new AuditVerification(outcome, line, entries);
  }
}
