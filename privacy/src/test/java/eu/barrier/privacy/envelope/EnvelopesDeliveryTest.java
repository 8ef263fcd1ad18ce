package eu.barrier.privacy.envelope;

import static eu.barrier.privacy.envelope.Fixture.MUNICIPALITY;
import static eu.barrier.privacy.envelope.Fixture.PAYLOAD;
import static eu.barrier.privacy.envelope.Fixture.POLICE;
import static eu.barrier.privacy.envelope.Fixture.T0;
import static eu.barrier.privacy.envelope.Fixture.TRUSTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.audit.AuditAction;
import eu.barrier.privacy.audit.AuditLog;
import eu.barrier.privacy.audit.AuditRecord;
import eu.barrier.privacy.audit.InMemoryAuditSink;
import eu.barrier.privacy.spi.AuditSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: an opened message counts as consumed only after its payload was delivered. Before,
 * {@code envelope open --replay-store rs --out /dev/full} recorded the id and lost the payload.
 */
final class EnvelopesDeliveryTest {

  @TempDir Path dir;

  private final Fixture.MutableClock clock = new Fixture.MutableClock(T0);
  private final InMemoryAuditSink sink = new InMemoryAuditSink();

  private Envelopes envelopes(ReplayStoreChoice store) {
    Envelopes.Builder b = Envelopes.builder().clock(clock).random(Fixture.RANDOM).auditLog(AuditLog.open(sink, clock));
    if (store == ReplayStoreChoice.FILE) {
      b.replayStore(FileReplayStore.open(dir.resolve("replay.txt"), clock));
    }
    return b.build();
  }

  private enum ReplayStoreChoice { MEMORY, FILE }

  private static byte[] seal(Envelopes envelopes) {
    return envelopes.seal(MUNICIPALITY, List.of(POLICE.publicKeys()), Fixture.parameters(), PAYLOAD).message();
  }

  private static final UncheckedIOException DISK_FULL = new UncheckedIOException(new IOException("No space left"));

  @Test
  void open_deliveryFails_messageStaysUnconsumed_reopensOnce_inMemoryAndFileStores() throws Exception {
    for (ReplayStoreChoice choice : ReplayStoreChoice.values()) {
      Envelopes envelopes = envelopes(choice);
      byte[] message = seal(envelopes);

      Throwable failed = catchThrowable(() -> envelopes.open(POLICE, TRUSTED, message, opened -> {
        throw DISK_FULL;
      }));
      assertThat(failed).as(choice.name()).isSameAs(DISK_FULL);

      AtomicInteger delivered = new AtomicInteger();
      OpenedEnvelope second = envelopes.open(POLICE, TRUSTED, message, opened -> delivered.incrementAndGet());
      assertThat(delivered).as(choice.name()).hasValue(1);
      assertThat(second.payload()).isNotEmpty();

      EnvelopeVerificationException replay = catchThrowableOfType(EnvelopeVerificationException.class,
          () -> envelopes.open(POLICE, TRUSTED, message, opened -> delivered.incrementAndGet()));
      assertThat(replay.reason()).as(choice.name()).isEqualTo(VerificationFailure.REPLAY);
      assertThat(delivered).as("a replay is never delivered").hasValue(1);
    }
  }

  @Test
  void open_deliveryFails_auditHoldsOpenThenRejectWithDeliveryCode() {
    Envelopes envelopes = envelopes(ReplayStoreChoice.MEMORY);
    byte[] message = seal(envelopes);
    catchThrowable(() -> envelopes.open(POLICE, TRUSTED, message, opened -> {
      throw DISK_FULL;
    }));
    List<AuditRecord> records = sink.records();
    assertThat(records).extracting(r -> r.event().action())
        .containsExactly(AuditAction.SEAL, AuditAction.OPEN, AuditAction.REJECT);
    assertThat(records.get(2).event().reason()).contains(PrivacyError.ENVELOPE_DELIVERY.code());
    assertThat(records.get(2).event().messageId()).isEqualTo(records.get(0).event().messageId());
  }

  @Test
  void open_deliveryRuns_afterTheOpenEntryIsInTheAuditLog() throws Exception {
    Envelopes envelopes = envelopes(ReplayStoreChoice.FILE);
    byte[] message = seal(envelopes);
    int[] entriesSeenByDelivery = new int[1];
    envelopes.open(POLICE, TRUSTED, message, opened -> entriesSeenByDelivery[0] = sink.records().size());
    assertThat(entriesSeenByDelivery[0]).isEqualTo(2); // SEAL and OPEN already stored
  }

  @Test
  void open_auditLogFails_deliveryNeverRuns_messageStaysUnconsumed() throws Exception {
    Envelopes sealer = envelopes(ReplayStoreChoice.MEMORY);
    byte[] message = seal(sealer);
    FailingSink failing = new FailingSink();
    FileReplayStore store = FileReplayStore.open(dir.resolve("replay-audit.txt"), clock);
    Envelopes opener = Envelopes.builder().clock(clock).replayStore(store)
        .auditLog(AuditLog.open(failing, clock)).build();
    AtomicInteger delivered = new AtomicInteger();

    failing.fail = true;
    Throwable failed = catchThrowable(() -> opener.open(POLICE, TRUSTED, message, o -> delivered.incrementAndGet()));
    assertThat(failed).isNotNull().isNotInstanceOf(EnvelopeVerificationException.class);
    assertThat(delivered).hasValue(0);

    failing.fail = false;
    opener.open(POLICE, TRUSTED, message, o -> delivered.incrementAndGet());
    assertThat(delivered).hasValue(1);
  }

  @Test
  void firstSeen_ofAStoreWithoutDelivery_stillRecordsOnce() {
    FileReplayStore store = FileReplayStore.open(dir.resolve("plain.txt"), clock);
    java.util.UUID id = java.util.UUID.randomUUID();
    assertThat(store.firstSeen("p", id, T0.plusSeconds(60))).isTrue();
    assertThat(store.deliverOnce("p", id, T0.plusSeconds(60), () -> {
      throw new AssertionError("a replay must not be delivered");
    })).isFalse();
  }

  /** An audit sink that refuses appends while {@link #fail} is set. */
  private static final class FailingSink implements AuditSink {
    private final InMemoryAuditSink inner = new InMemoryAuditSink();
    volatile boolean fail;

    @Override
    public String appendNext(Function<Optional<String>, String> next) {
      if (fail) {
        throw new eu.barrier.privacy.audit.AuditException(PrivacyError.AUDIT_IO, "disk full");
      }
      return inner.appendNext(next);
    }

    @Override
    public Optional<String> lastLine() {
      return inner.lastLine();
    }
  }
}
