package eu.barrier.privacy.audit;

import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.audit.AuditVerification.Outcome;
import eu.barrier.core.input.InputException;
import eu.barrier.core.input.InputFiles;
import eu.barrier.core.input.InputLines;
import eu.barrier.privacy.key.PartyPublicKeys;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

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
 * cannot be. Entries appended after the checkpoint are allowed: logs grow. With a {@link
 * SignedCheckpoint} the entries it covers must also hash to its RFC 9162 root ({@link
 * Outcome#REWRITTEN} otherwise), which detects a rewrite of the covered entries even when every
 * hash of the chain was recomputed.
 *
 * <p>Files are read as a stream of lines ({@link InputLines}, at most 64 KiB per line; a longer or
 * non-UTF-8 line is a modified entry), so memory does not depend on the log's length: the walk keeps
 * the expected number and hash, one line of look-ahead, and the compact Merkle range. A path that
 * is not a regular file is refused before it is opened.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class AuditVerifier {

  private static final int MAX_LINE = 64 * 1024;

  private AuditVerifier() {}

  /**
   * Verifies a file of JSON lines, streaming.
   *
   * @param file the audit log
   * @param checkpoint a checkpoint kept elsewhere, or {@code null}
   * @return the verification result
   * @throws InputException if the path is missing, not a regular file, or fails while read
   */
  public static AuditVerification verify(Path file, AuditCheckpoint checkpoint) {
    Objects.requireNonNull(file, "file");
    try (InputLines lines = InputLines.stoppingAtLongLine(InputFiles.open(file, Long.MAX_VALUE, "the audit log"), MAX_LINE,
        "the audit log")) {
      return walk(new FileLines(lines), checkpoint, null);
    }
  }

  /**
   * Verifies a log read from a stream, for example standard input, streaming: memory does not grow
   * with the log's length (each line at most 64 KiB). The stream is not closed.
   *
   * @param in the log's bytes
   * @param checkpoint a checkpoint kept elsewhere, or {@code null}
   * @return the verification result
   * @throws InputException if the stream fails while read
   */
  public static AuditVerification verify(java.io.InputStream in, AuditCheckpoint checkpoint) {
    Objects.requireNonNull(in, "in");
    InputLines lines = InputLines.stoppingAtLongLine(new java.io.FilterInputStream(in) {
      @Override
      public void close() {
        // the caller owns the stream
      }
    }, MAX_LINE, "the audit log");
    try (lines) {
      return walk(new FileLines(lines), checkpoint, null);
    }
  }

  /**
   * Verifies a file against a signed checkpoint: the checkpoint must be signed by {@code logKey},
   * the chain must be intact, the log must hold at least the entries the checkpoint covers, and
   * those entries must hash to its root.
   *
   * @param file the audit log
   * @param checkpoint the signed checkpoint, kept where the log's writer cannot change it
   * @param logKey the public keys of the party that signed the checkpoint
   * @return the verification result
   * @throws AuditException with {@link eu.barrier.privacy.PrivacyError#AUDIT_CHECKPOINT_SIGNATURE}
   *     if the checkpoint is not validly signed by {@code logKey}
   * @throws InputException if the path is missing, not a regular file, or fails while read
   */
  public static AuditVerification verify(Path file, SignedCheckpoint checkpoint, PartyPublicKeys logKey) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(checkpoint, "checkpoint");
    Objects.requireNonNull(logKey, "logKey");
    if (!checkpoint.isSignedBy(logKey)) {
      throw new AuditException(eu.barrier.privacy.PrivacyError.AUDIT_CHECKPOINT_SIGNATURE,
          "no valid signature of the log key " + logKey.partyId());
    }
    try (InputLines lines = InputLines.stoppingAtLongLine(InputFiles.open(file, Long.MAX_VALUE, "the audit log"), MAX_LINE,
        "the audit log")) {
      return walk(new FileLines(lines), null, checkpoint);
    }
  }

  /**
   * Returns the tree head of a log: its number of lines and the RFC 9162 root over them, streaming.
   * Verify the log first; this reads lines as they are.
   *
   * @param file the audit log
   * @return the size and root
   * @throws InputException if the log cannot be read, or a line is too long or not UTF-8
   */
  public static TreeHead head(Path file) {
    AuditTree.Accumulator tree = new AuditTree.Accumulator();
    try (InputLines lines = InputLines.stoppingAtLongLine(InputFiles.open(file, Long.MAX_VALUE, "the audit log"), MAX_LINE,
        "the audit log")) {
      for (String line = lines.next(); line != null; line = lines.next()) {
        tree.add(AuditTree.leafHash(line));
      }
    }
    return new TreeHead(tree.size(), tree.root());
  }

  /**
   * Returns the leaf hashes of a log's lines, for proofs: 32 bytes per entry in memory.
   *
   * @param file the audit log
   * @return the leaf hashes in order
   * @throws InputException if the log cannot be read, or a line is too long or not UTF-8
   */
  public static List<byte[]> leafHashes(Path file) {
    List<byte[]> out = new ArrayList<>();
    try (InputLines lines = InputLines.stoppingAtLongLine(InputFiles.open(file, Long.MAX_VALUE, "the audit log"), MAX_LINE,
        "the audit log")) {
      for (String line = lines.next(); line != null; line = lines.next()) {
        out.add(AuditTree.leafHash(line));
      }
    }
    return out;
  }

  /**
   * The size and RFC 9162 root of a log.
   *
   * @param size the number of entries
   * @param root the root hash, 32 bytes
   */
  public record TreeHead(long size, byte[] root) {}

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
    Iterator<String> it = lines.iterator();
    return walk(() -> it.hasNext() ? new Line(Objects.requireNonNull(it.next(), "line")) : null, checkpoint, null);
  }

  /** One line: its text, or {@code null} text for a line that could not be read as text. */
  private record Line(String text) {
    AuditRecord record() {
      if (text == null) {
        return null;
      }
      AuditRecord r = AuditRecord.tryParse(text);
      return r != null && r.hashMatches() ? r : null;
    }
  }

  /** The lines of a log, one at a time; {@code null} at the end. */
  @FunctionalInterface
  private interface Source {
    Line next();
  }

  /**
   * Lines of a file; an over-long or non-UTF-8 line is a line without text, and the last one read:
   * the log is broken there, and reading on through what may be gigabytes of one line (a sparse
   * file, a device) would only delay saying so.
   */
  private static final class FileLines implements Source {
    private final InputLines lines;
    private boolean stopped;

    FileLines(InputLines lines) {
      this.lines = lines;
    }

    @Override
    public Line next() {
      if (stopped) {
        return null;
      }
      try {
        String text = lines.next();
        return text == null ? null : new Line(text);
      } catch (InputException e) {
        if (e.isUnusableInput()) {
          throw e;
        }
        stopped = true;
        return new Line(null);
      }
    }
  }

  private static AuditVerification walk(Source src, AuditCheckpoint checkpoint, SignedCheckpoint signed) {
    long expectedSeq = 0;
    String expectedPrev = AuditRecord.GENESIS;
    String lastPrev = null;
    String checkpointHashSeen = null;
    AuditTree.Accumulator tree = signed == null ? null : new AuditTree.Accumulator();
    byte[] prefixRoot = signed != null && signed.size() == 0 ? AuditTree.emptyRoot() : null;
    long k = 0;
    Line current = src.next();
    while (current != null) {
      long line = k + 1;
      Line nextLine = src.next();
      AuditRecord e = current.record();
      AuditRecord next = nextLine == null ? null : nextLine.record();
      if (e == null) {
        return broken(Outcome.MODIFIED, line, src, nextLine, k + 1);
      }
      boolean prevOk = e.prev().equals(expectedPrev);
      if (e.seq() == expectedSeq && prevOk) {
        lastPrev = expectedPrev;
        expectedPrev = e.hash();
        expectedSeq++;
        if (checkpoint != null && expectedSeq == checkpoint.size()) {
          checkpointHashSeen = e.hash();
        }
        if (tree != null && tree.size() < signed.size()) {
          tree.add(AuditTree.leafHash(current.text()));
          if (tree.size() == signed.size()) {
            prefixRoot = tree.root();
          }
        }
        current = nextLine;
        k++;
        continue;
      }
      if (e.seq() == expectedSeq) {
        if (next != null && next.seq() == e.seq()) {
          return broken(Outcome.INSERTED, line, src, nextLine, k + 1);
        }
        return broken(Outcome.MODIFIED, Math.max(1, line - 1), src, nextLine, k + 1);
      }
      if (e.seq() > expectedSeq) {
        // one pass over the rest: a later copy of this entry, or the expected entry further on
        boolean copy = false;
        boolean expectedLater = false;
        long count = k + 1;
        for (Line l = nextLine; l != null; l = src.next()) {
          count++;
          AuditRecord r = l.record();
          if (r != null) {
            copy |= r.hash().equals(e.hash());
            expectedLater |= r.seq() == expectedSeq;
          }
        }
        Outcome o = copy ? Outcome.INSERTED : expectedLater ? Outcome.REORDERED : Outcome.DELETED;
        return new AuditVerification(o, line, count);
      }
      // e.seq() < expectedSeq
      if (e.seq() == expectedSeq - 1 && e.hash().equals(expectedPrev)) {
        return broken(Outcome.INSERTED, line, src, nextLine, k + 1); // a copy of the previous entry
      }
      if (e.seq() == expectedSeq - 1 && e.prev().equals(lastPrev)) {
        // a rival of the previous entry: keep the one the next entry links to
        boolean nextLinksHere = next != null && next.prev().equals(e.hash());
        boolean checkpointNamesHere =
            next == null && checkpoint != null && checkpoint.size() == expectedSeq
                && checkpoint.headHash().equals(e.hash());
        return broken(Outcome.INSERTED, nextLinksHere || checkpointNamesHere ? line - 1 : line, src, nextLine, k + 1);
      }
      return broken(Outcome.INSERTED, line, src, nextLine, k + 1);
    }
    long n = k;
    if (checkpoint != null) {
      if (checkpoint.size() > expectedSeq) {
        return new AuditVerification(Outcome.DELETED, n + 1L, n);
      }
      String covered = checkpoint.size() == 0 ? AuditRecord.GENESIS : checkpointHashSeen;
      if (!checkpoint.headHash().equals(covered)) {
        return new AuditVerification(Outcome.MODIFIED, Math.max(1, checkpoint.size()), n);
      }
    }
    if (signed != null) {
      if (signed.size() > n) {
        return new AuditVerification(Outcome.DELETED, n + 1L, n);
      }
      if (!MessageDigest.isEqual(prefixRoot, signed.rootHash())) {
        return new AuditVerification(Outcome.REWRITTEN, Math.max(1, signed.size()), n);
      }
    }
    return new AuditVerification(Outcome.INTACT, 0, n);
  }

  /** Reports a break, counting the lines that remain (without keeping them). */
  private static AuditVerification broken(Outcome outcome, long line, Source src, Line next, long readSoFar) {
    long count = readSoFar;
    for (Line l = next; l != null; l = src.next()) {
      count++;
    }
    return new AuditVerification(outcome, line, count);
  }
}
