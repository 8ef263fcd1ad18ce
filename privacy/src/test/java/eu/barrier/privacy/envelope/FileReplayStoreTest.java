package eu.barrier.privacy.envelope;

import static eu.barrier.privacy.envelope.Fixture.MUNICIPALITY;
import static eu.barrier.privacy.envelope.Fixture.PAYLOAD;
import static eu.barrier.privacy.envelope.Fixture.RIEC;
import static eu.barrier.privacy.envelope.Fixture.T0;
import static eu.barrier.privacy.envelope.Fixture.TRUSTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import eu.barrier.core.testing.HostileFiles;
import eu.barrier.privacy.PrivacyError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

final class FileReplayStoreTest {

  @TempDir Path dir;

  private final Fixture.MutableClock clock = new Fixture.MutableClock(T0);

  @Test
  void firstSeen_twoStoresOnOneFileFromManyThreads_eachIdIsFirstExactlyOnce() throws Exception {
    // issue 16: two stores on one file in one JVM threw a raw OverlappingFileLockException
    Path file = dir.resolve("shared-replay.txt");
    FileReplayStore a = FileReplayStore.open(file, clock);
    FileReplayStore b = FileReplayStore.open(file, clock);
    List<UUID> ids = new java.util.ArrayList<>();
    for (int i = 0; i < 20; i++) {
      ids.add(UUID.randomUUID());
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    java.util.concurrent.atomic.AtomicInteger firsts = new java.util.concurrent.atomic.AtomicInteger();
    try {
      List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
      for (int t = 0; t < 8; t++) {
        FileReplayStore store = t % 2 == 0 ? a : b;
        done.add(pool.submit(() -> {
          for (UUID id : ids) {
            if (store.firstSeen("ariec-limburg", id, T0.plus(Duration.ofHours(1)))) {
              firsts.incrementAndGet();
            }
          }
          return null;
        }));
      }
      for (java.util.concurrent.Future<?> f : done) {
        f.get(60, java.util.concurrent.TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(firsts.get()).isEqualTo(ids.size());
  }

  @Test
  void firstSeen_sameIdTwice_secondIsReplay_evenInAnotherInstance() {
    Path file = dir.resolve("replay.txt");
    UUID id = UUID.randomUUID();
    Instant keep = T0.plus(Duration.ofHours(1));

    assertThat(FileReplayStore.open(file, clock).firstSeen("ariec-limburg", id, keep)).isTrue();
    assertThat(FileReplayStore.open(file, clock).firstSeen("ariec-limburg", id, keep)).isFalse();
    assertThat(FileReplayStore.open(file, clock).firstSeen("politie-limburg", id, keep)).isTrue();
    assertThat(FileReplayStore.open(file, clock).size()).isEqualTo(2);
  }

  @Test
  void firstSeen_expiredEntries_arePruned() throws IOException {
    Path file = dir.resolve("replay.txt");
    FileReplayStore store = FileReplayStore.open(file, clock);
    store.firstSeen("ariec-limburg", UUID.randomUUID(), T0.plusSeconds(10));
    clock.set(T0.plusSeconds(11));

    store.firstSeen("ariec-limburg", UUID.randomUUID(), T0.plusSeconds(100));

    assertThat(store.size()).isEqualTo(1);
    assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).hasSize(2).first().isEqualTo(FileReplayStore.FORMAT);
  }

  @Test
  void firstSeen_fileNotInTheFormat_failsClosedWithItsCode() throws IOException {
    Path file = dir.resolve("replay.txt");
    Files.writeString(file, "barrier-replay-store/1\nnot an entry\n");

    EnvelopeException e = catchThrowableOfType(EnvelopeException.class,
        () -> FileReplayStore.open(file, clock).firstSeen("ariec-limburg", UUID.randomUUID(), T0));

    assertThat(e.errorCode()).isEqualTo(PrivacyError.REPLAY_STORE);
    assertThat(e.getMessage()).contains("line 2").doesNotContain("not an entry");
  }

  /** Before the fix {@code size()} on {@code /dev/zero} answered 0 and on a FIFO blocked forever. */
  @Test
  @EnabledIf("eu.barrier.core.testing.HostileFiles#available")
  void sizeAndFirstSeen_deviceFifoOrDirectory_refusedWithItsCodeWithoutBlocking() throws IOException {
    for (Path store : List.of(HostileFiles.DEV_ZERO, HostileFiles.fifo(dir), Files.createDirectory(dir.resolve("d")))) {
      FileReplayStore replay = FileReplayStore.open(store, clock);
      EnvelopeException size = assertTimeoutPreemptively(Duration.ofSeconds(10),
          () -> catchThrowableOfType(EnvelopeException.class, replay::size));
      EnvelopeException seen = assertTimeoutPreemptively(Duration.ofSeconds(10),
          () -> catchThrowableOfType(EnvelopeException.class,
              () -> replay.firstSeen("ariec-limburg", UUID.randomUUID(), T0.plusSeconds(60))));
      assertThat(List.of(size.errorCode(), seen.errorCode())).as(store.toString())
          .containsOnly(PrivacyError.REPLAY_STORE);
      assertThat(size.getMessage()).contains("not a regular file");
    }
  }

  @Test
  void open_throughEnvelopes_replayAcrossInstances_isRejected_andStoreFailurePassesThrough() throws Exception {
    Path file = dir.resolve("replay.txt");
    byte[] message = Envelopes.builder().clock(clock).build()
        .seal(MUNICIPALITY, List.of(RIEC.publicKeys()), Fixture.parameters(), PAYLOAD).message();

    Envelopes.builder().clock(clock).replayStore(FileReplayStore.open(file, clock)).build().open(RIEC, TRUSTED, message);
    EnvelopeVerificationException replay = catchThrowableOfType(EnvelopeVerificationException.class,
        () -> Envelopes.builder().clock(clock).replayStore(FileReplayStore.open(file, clock)).build()
            .open(RIEC, TRUSTED, message));
    assertThat(replay.reason()).isEqualTo(VerificationFailure.REPLAY);

    Files.writeString(file, "garbage\n");
    assertThatThrownBy(() -> Envelopes.builder().clock(clock).replayStore(FileReplayStore.open(file, clock)).build()
        .open(RIEC, TRUSTED, message))
        .isInstanceOfSatisfying(EnvelopeException.class,
            e -> assertThat(e.errorCode()).isEqualTo(PrivacyError.REPLAY_STORE));
  }
}
