package eu.barrier.core.observation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The days on which something was observed, both ends inclusive.
 *
 * <p>Use {@link #on} for a single day and {@link #of} for a range. The canonical constructor
 * accepts anything; a Jakarta validator reports missing ends and the cross-field rule {@code
 * periodOrdered} ({@code to} is not before {@code from}). A period alone is not personal data,
 * so the record's {@code toString()} is kept.
 *
 * @param from the first day; required
 * @param to the last day; required, not before {@code from}
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record ObservedPeriod(@NotNull LocalDate from, @NotNull LocalDate to) {

  /**
   * Creates a period without checking it (see the class comment).
   *
   * @param from the first day
   * @param to the last day
   */
  public ObservedPeriod {}

  /**
   * Returns the period of a single day.
   *
   * @param day the day
   * @return the period {@code [day, day]}
   */
  public static ObservedPeriod on(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return new ObservedPeriod(day, day);
  }

  /**
   * Returns a checked period.
   *
   * @param from the first day
   * @param to the last day
   * @return the period
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public static ObservedPeriod of(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("observed period must end on or after its start");
    }
    return new ObservedPeriod(from, to);
  }

  /**
   * Cross-field rule (property {@code periodOrdered}): {@code to} is not before {@code from}.
   *
   * @return {@code true} if ordered, or an end is missing
   */
  @JsonIgnore
  @AssertTrue
  public boolean isPeriodOrdered() {
    return from == null || to == null || !to.isBefore(from);
  }
}
