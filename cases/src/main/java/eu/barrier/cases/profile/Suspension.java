package eu.barrier.cases.profile;

import eu.barrier.cases.EventType;
import java.time.Period;
import java.util.Optional;

/**
 * A stretch during which a deadline does not run: from an event until another.
 *
 * @param from the event that suspends
 * @param until the event that lets the clock run again
 * @param max the longest suspension that counts, if limited
 */
public record Suspension(EventType from, EventType until, Optional<Period> max) {}
