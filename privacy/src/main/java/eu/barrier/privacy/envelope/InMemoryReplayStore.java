package eu.barrier.privacy.envelope;

import eu.barrier.privacy.spi.ReplayStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apiguardian.api.API;

/**
 * A {@link ReplayStore} in memory for one process. Ids are dropped once their keep-until instant
 * has passed, so the store holds at most the messages accepted within the longest validity
 * ({@link Envelopes#MAX_VALIDITY}). Thread-safe. Its content is lost on restart: a message
 * accepted before a restart can be opened once more afterwards, until it expires.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class InMemoryReplayStore implements ReplayStore {

  private static final int PURGE_EVERY = 1024;

  private final Clock clock;
  private final ConcurrentHashMap<Key, Instant> seen = new ConcurrentHashMap<>();
  private final AtomicInteger inserts = new AtomicInteger();

  /**
   * Creates an empty store.
   *
   * @param clock the clock that decides when ids may be dropped
   */
  public InMemoryReplayStore(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public synchronized boolean deliverOnce(String recipient, UUID messageId, Instant keepUntil, Runnable delivery) {
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(keepUntil, "keepUntil");
    Objects.requireNonNull(delivery, "delivery");
    if (inserts.incrementAndGet() % PURGE_EVERY == 0) {
      purge();
    }
    Key key = new Key(recipient, messageId);
    if (seen.containsKey(key)) {
      return false;
    }
    delivery.run();
    seen.put(key, keepUntil);
    return true;
  }

  /** Drops ids whose keep-until instant has passed. */
  public void purge() {
    Instant now = clock.instant();
    seen.entrySet().removeIf(e -> e.getValue().isBefore(now));
  }

  /**
   * Returns how many ids are held.
   *
   * @return the count
   */
  public int size() {
    return seen.size();
  }

  private record Key(String recipient, UUID messageId) {}

  @Override
  public String toString() {
    return "InMemoryReplayStore[ids=" + seen.size() + "]";
  }
}
