package eu.barrier.privacy.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.key.PartyKeys;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The checkpoint reader documents one failure type: whatever the bytes, {@link
 * SignedCheckpoint#parse} returns or throws {@link AuditException} with 0304, and a mutated
 * checkpoint that still parses never verifies under the log key unless it is the original.
 */
final class SignedCheckpointProperties {

  private static final PartyKeys LOG = PartyKeys.generate("gemeente-genk", new SecureRandom());
  private static final PartyKeys WITNESS = PartyKeys.generate("ariec-limburg", new SecureRandom());
  private static final String TEXT = SignedCheckpoint.sign("gemeente-genk/audit", 42, new byte[32], LOG)
      .cosign(WITNESS, Instant.parse("2026-12-02T10:00:00Z")).text();

  private static SignedCheckpoint parseOrCoded(String text) {
    Throwable t = catchThrowable(() -> SignedCheckpoint.parse(text));
    if (t == null) {
      return SignedCheckpoint.parse(text);
    }
    assertThat(t).isInstanceOf(AuditException.class);
    assertThat(((AuditException) t).code()).isIn(PrivacyError.AUDIT_CHECKPOINT.code(),
        PrivacyError.AUDIT_CHECKPOINT_SIGNATURE.code());
    return null;
  }

  @Property(tries = 500)
  void randomBytes_onlyTheCodedErrorEscapes(@ForAll @Size(max = 400) byte[] garbage) {
    parseOrCoded(new String(garbage, StandardCharsets.UTF_8));
  }

  @Property(tries = 1000)
  void mutatedCheckpoint_parsesOnlyCoded_andNeverVerifiesUnlessUnchanged(
      @ForAll @Size(min = 1, max = 4) List<@IntRange(min = 0, max = 10_000) Integer> positions,
      @ForAll @IntRange(min = 0, max = 127) int value, @ForAll boolean truncate) {
    StringBuilder b = new StringBuilder(TEXT);
    for (int p : positions) {
      b.setCharAt(p % b.length(), (char) value);
    }
    if (truncate) {
      b.setLength(positions.get(0) % b.length());
    }
    String mutated = b.toString();
    SignedCheckpoint parsed = parseOrCoded(mutated);
    if (parsed != null && parsed.isSignedBy(LOG.publicKeys())) {
      // a valid log signature survives only if the signed body and the log's line are unchanged
      assertThat(parsed.origin()).isEqualTo("gemeente-genk/audit");
      assertThat(parsed.size()).isEqualTo(42);
      assertThat(parsed.rootHash()).isEqualTo(new byte[32]);
    }
  }
}
