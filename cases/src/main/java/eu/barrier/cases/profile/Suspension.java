package eu.barrier.cases.profile;

import eu.barrier.cases.EventType;
import java.time.Period;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A stretch during which a deadline does not run: from an event until another.
 *
 * @param from the event that suspends
 * @param until the event that lets the clock run again
 * @param max the longest suspension that counts, if limited
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Suspension(EventType from, EventType until, Optional<Period> max) {}
