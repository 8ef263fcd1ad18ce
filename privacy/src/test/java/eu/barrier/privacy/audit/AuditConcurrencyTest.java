package eu.barrier.privacy.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: eight concurrent writers forked the chain ("broken: line 2: inserted"), because the
 * file sink took no lock and each writer continued from its own memory. Now each append locks the
 * file and re-reads its tail.
 */
final class AuditConcurrencyTest {

  private static final int WRITERS = 8;
  private static final int EACH = 5;

  @Test
  void append_eightProcessesAtOnce_leaveOneValidChain(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("shared.audit.jsonl");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<Process> processes = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      processes.add(new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
          System.getProperty("java.class.path"), AuditAppendMain.class.getName(), file.toString(),
          Integer.toString(EACH), "writer-" + w).redirectErrorStream(true)
          .redirectOutput(dir.resolve("writer-" + w + ".out").toFile()).start());
    }
    for (Process p : processes) {
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).as(Files.readString(dir.resolve("writer-" + processes.indexOf(p) + ".out"))).isZero();
    }

    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSize(WRITERS * EACH);
    assertThat(AuditVerifier.verify(file, null)).isEqualTo(
        new AuditVerification(AuditVerification.Outcome.INTACT, 0, WRITERS * EACH));
    for (int w = 0; w < WRITERS; w++) {
      String actor = "\"actor\":\"writer-" + w + "\"";
      assertThat(lines.stream().filter(l -> l.contains(actor))).hasSize(EACH);
    }
  }

  @Test
  void append_eightThreadsWithTheirOwnLogs_leaveOneValidChain(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("threads.audit.jsonl");
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        String actor = "thread-" + w;
        done.add(pool.submit(() -> {
          for (int i = 0; i < 25; i++) {
            // a log and a sink of its own, as separate components of one application would have
            AuditLog.open(FileAuditSink.open(file), Clock.systemUTC())
                .append(AuditEvent.builder(AuditAction.SEAL, actor).build());
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(AuditVerifier.verify(file, null).isIntact()).isTrue();
    assertThat(Files.readAllLines(file)).hasSize(WRITERS * 25);
  }

  @Test
  void open_missingDirectory_isCodedAuditError(@TempDir Path dir) throws IOException {
    AuditException e = org.assertj.core.api.Assertions.catchThrowableOfType(AuditException.class,
        () -> FileAuditSink.open(dir.resolve("no-such-dir").resolve("a.jsonl")));

    assertThat(e.error()).isEqualTo(eu.barrier.privacy.PrivacyError.AUDIT_IO);
  }
}
