package eu.barrier.cases.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test moves by hand, a day at a time; 10:00 UTC on the day set. */
public final class DayClock extends Clock {

  private volatile Instant now;

  /**
   * Creates a clock on a day.
   *
   * @param day the day
   */
  public DayClock(LocalDate day) {
    set(day);
  }

  /**
   * Moves the clock to a day.
   *
   * @param day the day
   */
  public void set(LocalDate day) {
    now = day.atTime(10, 0).toInstant(ZoneOffset.UTC);
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
  public Instant instant() {
    return now;
  }
}
