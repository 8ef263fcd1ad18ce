package eu.barrier.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import eu.barrier.core.id.BeNationalNumber;
import eu.barrier.core.id.IdentifierType;
import eu.barrier.core.id.NlBsn;
import eu.barrier.privacy.audit.AuditAction;
import eu.barrier.privacy.audit.AuditEvent;
import eu.barrier.privacy.audit.AuditLog;
import eu.barrier.privacy.audit.InMemoryAuditSink;
import eu.barrier.privacy.key.KeySet;
import eu.barrier.privacy.key.KeySets;
import eu.barrier.privacy.pseudonym.Pseudonym;
import eu.barrier.privacy.pseudonym.PseudonymContext;
import eu.barrier.privacy.pseudonym.Pseudonymiser;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Distinctive synthetic values must not appear in any toString, exception message or audit line.
 */
final class NoPersonalDataInOutputTest {

  private static final String BSN = "123456782"; // published test number
  private static final String BSN_WRITTEN = "1234.56.782";
  private static final String SSIN = "00010100105"; // synthetic, 2000+ rule
  private static final String BAD_BSN = "123456789";

  @Test
  void pseudonymiseFlow_outputs_holdNoIdentifierPseudonymOrKey() {
    KeySet keys = KeySet.generate(new SecureRandom()).rotate(new SecureRandom());
    Pseudonymiser p = Pseudonymiser.create(keys, PseudonymContext.of("thb-signal", "riec:limburg"));
    Pseudonym pb = p.pseudonymise(NlBsn.parse(BSN));
    Pseudonym ps = p.pseudonymise(BeNationalNumber.parse(SSIN));
    InMemoryAuditSink sink = new InMemoryAuditSink();
    AuditLog log = AuditLog.open(sink, Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC));
    log.append(AuditEvent.builder(AuditAction.PSEUDONYMISE, "gemeente:0363").purpose("thb-signal").count(2)
        .keyId("pseudonym:" + keys.primary().id()).build());
    Throwable invalid = catchThrowable(() -> p.pseudonymise(IdentifierType.NL_BSN, BAD_BSN));
    Throwable badPseudonym = catchThrowable(() -> Pseudonym.parse(pb.format() + "x"));

    List<String> outputs = new ArrayList<>();
    outputs.add(pb.toString());
    outputs.add(ps.toString());
    outputs.add(p.toString());
    outputs.add(keys.toString());
    outputs.add(keys.primary().toString());
    outputs.add(NlBsn.parse(BSN_WRITTEN).toString());
    outputs.add(invalid.getMessage());
    outputs.add(badPseudonym.getMessage());
    outputs.add(KeySets.writePublic(keys));
    outputs.add(log.toString());
    outputs.addAll(sink.lines());
    sink.records().forEach(r -> outputs.add(r.toString() + r.event()));

    List<String> forbidden = new ArrayList<>(List.of(BSN, BSN_WRITTEN, SSIN, BAD_BSN,
        pb.format().substring(13), ps.format().substring(13)));
    keys.keys().forEach(k -> forbidden.add(Base64.getUrlEncoder().withoutPadding().encodeToString(
        k.material(InsecureSecretAccess.get()).orElseThrow().toByteArray(InsecureSecretAccess.get()))));
    for (String out : outputs) {
      assertThat(out).isNotNull();
      for (String f : forbidden) {
        assertThat(out).doesNotContain(f);
      }
    }
  }
}
