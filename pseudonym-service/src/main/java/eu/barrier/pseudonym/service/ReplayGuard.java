package eu.barrier.pseudonym.service;

import eu.barrier.privacy.spi.ReplayStore;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Remembers the request ids of accepted requests until they could no longer be fresh: in memory,
 * or in a {@link ReplayStore} (such as {@code FileReplayStore}) so that ids survive a restart. Only
 * authenticated, rate-limited requests reach it, so its size is bounded by the partners' rates;
 * expired ids are dropped as new ones arrive.
 */
final class ReplayGuard {

  private final Map<String, Instant> seen = new LinkedHashMap<>();
  private final ReplayStore store;

  /**
   * Creates a guard.
   *
   * @param store the store, or {@code null} to keep the ids in memory
   */
  ReplayGuard(ReplayStore store) {
    this.store = store;
  }

  /**
   * Returns whether the id is new (and remembers it), or false for a replay.
   *
   * @throws RuntimeException from the store, when it cannot record the id (fail closed)
   */
  boolean firstSeen(String party, String requestId, Instant keepUntil, Instant now) {
    if (store != null) {
      return store.firstSeen(party, uuid(requestId), keepUntil);
    }
    return inMemory(party, requestId, keepUntil, now);
  }

  /** The 16 bytes of a request id (canonical base64url, checked by the request parser) as a UUID. */
  static UUID uuid(String requestId) {
    ByteBuffer b = ByteBuffer.wrap(Base64.getUrlDecoder().decode(requestId));
    return new UUID(b.getLong(), b.getLong());
  }

  private synchronized boolean inMemory(String party, String requestId, Instant keepUntil, Instant now) {
    Iterator<Map.Entry<String, Instant>> it = seen.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<String, Instant> e = it.next();
      if (e.getValue().isBefore(now)) {
        it.remove();
      } else if (seen.size() < 1024) {
        break; // ids arrive roughly in time order: stop at the first live one unless the map is large
      }
    }
    return seen.putIfAbsent(party + " " + requestId, keepUntil) == null;
  }
}
