package eu.barrier.pseudonym.service;

import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers the request ids of accepted requests until they could no longer be fresh. Only
 * authenticated, rate-limited requests reach it, so its size is bounded by the partners' rates;
 * expired ids are dropped as new ones arrive.
 */
final class ReplayGuard {

  private final Map<String, Instant> seen = new LinkedHashMap<>();

  /** Returns whether the id is new (and remembers it), or false for a replay. */
  synchronized boolean firstSeen(String party, String requestId, Instant keepUntil, Instant now) {
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
