package eu.barrier.privacy.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A test clock that advances by a fixed step on every read. */
final class StepClock extends Clock {

  private Instant next;
  private final long stepMillis;

  StepClock(Instant start, long stepMillis) {
    this.next = start;
    this.stepMillis = stepMillis;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException();
  }

  @Override
  public synchronized Instant instant() {
    Instant now = next;
    next = next.plusMillis(stepMillis);
    return now;
  }
}
