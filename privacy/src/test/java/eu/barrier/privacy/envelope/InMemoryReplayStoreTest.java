package eu.barrier.privacy.envelope;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

final class InMemoryReplayStoreTest {

  @Test
  void firstSeen_sameRecipientAndId_onlyOnce_otherRecipientIndependent() {
    InMemoryReplayStore store = new InMemoryReplayStore(new Fixture.MutableClock(Fixture.T0));
    UUID id = UUID.randomUUID();
    assertThat(store.firstSeen("a", id, Fixture.T0.plusSeconds(60))).isTrue();
    assertThat(store.firstSeen("a", id, Fixture.T0.plusSeconds(60))).isFalse();
    assertThat(store.firstSeen("b", id, Fixture.T0.plusSeconds(60))).isTrue();
  }

  @Test
  void purge_dropsOnlyIdsPastTheirKeepUntil() {
    Fixture.MutableClock clock = new Fixture.MutableClock(Fixture.T0);
    InMemoryReplayStore store = new InMemoryReplayStore(clock);
    UUID early = UUID.randomUUID();
    UUID late = UUID.randomUUID();
    store.firstSeen("a", early, Fixture.T0.plusSeconds(10));
    store.firstSeen("a", late, Fixture.T0.plusSeconds(100));
    clock.set(Fixture.T0.plusSeconds(50));
    store.purge();
    assertThat(store.size()).isEqualTo(1);
    assertThat(store.firstSeen("a", late, Fixture.T0.plusSeconds(100))).isFalse();
    assertThat(store.toString()).isEqualTo("InMemoryReplayStore[ids=1]");
  }
}
