package eu.barrier.privacy.audit;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.core.input.InputException;
import eu.barrier.core.testing.Fuzz;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, point 7: the streaming audit log verifier, fed mutations of generated logs (made in
 * the test with a stepping clock) and arbitrary bytes, returns a verification result, or refuses a
 * stream that is not UTF-8 text with core's {@link InputException}; never another exception or
 * error. A mutated log is never reported intact unless it is one of the generated logs.
 */
final class AuditLogFuzzTest {

  private static final List<String> TOKENS = List.of("\n", "\r\n", "{", "}", "\"", ",", "\"prev\":\"\"",
      "\"action\":\"OPEN\"", "\"hash\":\"00\"", "\u00ef\u00bb\u00bf", "\u0000", "null");

  private static byte[] log(int entries, String actor) {
    InMemoryAuditSink sink = new InMemoryAuditSink();
    AuditLog log = AuditLog.open(sink, new StepClock(Instant.parse("2026-11-28T10:00:00Z"), 1500));
    for (int i = 0; i < entries; i++) {
      AuditAction action = AuditAction.values()[i % AuditAction.values().length];
      AuditEvent.Builder b = AuditEvent.builder(action, actor).purpose("thb-signal").count(i).keyId("pseudonym:17");
      if (action == AuditAction.REJECT) {
        b.reason("BARRIER-PRIV-0004");
      }
      log.append(b.build());
    }
    return (String.join("\n", sink.lines()) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void verify_mutatedLogs_giveResultOrInputException() {
    List<byte[]> corpus = List.of(log(1, "gemeente:0363/app"), log(6, "riec:limburg"), log(12, "sir"));
    Fuzz.run("AuditVerifier.verify", Fuzz.mutations(corpus, TOKENS), Fuzz.tries(800), bytes -> {
      try {
        AuditVerification v = AuditVerifier.verify(new ByteArrayInputStream(bytes), null);
        assertThat(v).isNotNull();
        if (v.isIntact() && bytes.length > 0) {
          String text = new String(bytes, StandardCharsets.UTF_8);
          assertThat(corpus.stream().map(c -> new String(c, StandardCharsets.UTF_8))
              .anyMatch(c -> c.startsWith(text.strip()) || text.strip().isEmpty() || c.strip().equals(text.strip())))
              .as("a mutated log reported intact").isTrue();
        }
      } catch (InputException e) {
        assertThat(e.code()).startsWith("BARRIER-CORE-04");
      }
    });
  }
}
