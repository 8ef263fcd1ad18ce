package eu.barrier.pseudonym.service;

import java.util.HashMap;
import java.util.Map;

/**
 * A token bucket per partner, counted in evaluated elements: each partner may hold up to {@code
 * perMinute} tokens and gains {@code perMinute / 60} per second. A request of n elements takes n
 * tokens or is refused whole.
 */
final class RateLimiter {

  private final long perMinute;
  private final Map<String, Bucket> buckets = new HashMap<>();

  RateLimiter(long perMinute) {
    this.perMinute = perMinute;
  }

  private static final class Bucket {
    double tokens;
    long lastNanos;
  }

  /**
   * Takes {@code n} tokens of {@code party}'s bucket.
   *
   * @return 0 if taken, else the whole seconds after which they would be there (at least 1); -1
   *     if {@code n} is more than the bucket ever holds
   */
  synchronized long tryTake(String party, int n, long nowNanos) {
    if (n > perMinute) {
      return -1;
    }
    Bucket b = buckets.computeIfAbsent(party, p -> {
      Bucket fresh = new Bucket();
      fresh.tokens = perMinute;
      fresh.lastNanos = nowNanos;
      return fresh;
    });
    double perNano = perMinute / 60e9;
    b.tokens = Math.min(perMinute, b.tokens + (nowNanos - b.lastNanos) * perNano);
    b.lastNanos = nowNanos;
    if (b.tokens >= n) {
      b.tokens -= n;
      return 0;
    }
    return Math.max(1, (long) Math.ceil((n - b.tokens) / perNano / 1e9));
  }
}
