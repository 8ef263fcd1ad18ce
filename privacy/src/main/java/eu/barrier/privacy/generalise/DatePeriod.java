package eu.barrier.privacy.generalise;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A date generalised to a week, month, quarter or year: the period that contains it.
 *
 * <p>Labels: week {@code 2026-W05} (ISO 8601 week-based year and week), month {@code 2026-02},
 * quarter {@code 2026-Q1}, year {@code 2026}. Dates in years 0 to 9999 only.
 *
 * @param granularity how coarse the period is
 * @param label the label of the period
 * @param start the first day of the period
 * @param end the last day of the period (inclusive)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record DatePeriod(DateGranularity granularity, String label, LocalDate start, LocalDate end) {

  /**
   * Checks the components.
   *
   * @param granularity how coarse the period is
   * @param label the label
   * @param start the first day
   * @param end the last day
   */
  public DatePeriod {
    Objects.requireNonNull(granularity, "granularity");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("end before start");
    }
  }

  /**
   * Returns the period of the given granularity that contains {@code date}.
   *
   * @param date the date
   * @param granularity how coarse
   * @return the period
   * @throws IllegalArgumentException for a year outside 0 to 9999
   */
  public static DatePeriod of(LocalDate date, DateGranularity granularity) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(granularity, "granularity");
    if (date.getYear() < 0 || date.getYear() > 9999) {
      throw new IllegalArgumentException("year outside 0..9999");
    }
    switch (granularity) {
      case WEEK: {
        LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String label =
            String.format(
                Locale.ROOT,
                "%04d-W%02d",
                date.get(IsoFields.WEEK_BASED_YEAR),
                date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        return new DatePeriod(granularity, label, monday, monday.plusDays(6));
      }
      case MONTH: {
        LocalDate first = date.withDayOfMonth(1);
        String label = String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue());
        return new DatePeriod(granularity, label, first, first.plusMonths(1).minusDays(1));
      }
      case QUARTER: {
        int q = date.get(IsoFields.QUARTER_OF_YEAR);
        LocalDate first = LocalDate.of(date.getYear(), 3 * (q - 1) + 1, 1);
        String label = String.format(Locale.ROOT, "%04d-Q%d", date.getYear(), q);
        return new DatePeriod(granularity, label, first, first.plusMonths(3).minusDays(1));
      }
      case YEAR: {
        LocalDate first = LocalDate.of(date.getYear(), 1, 1);
        return new DatePeriod(granularity, String.format(Locale.ROOT, "%04d", date.getYear()), first, first.plusYears(1).minusDays(1));
      }
      default:
        throw new IllegalStateException("unknown granularity");
    }
  }

  /**
   * Tells whether {@code date} lies in this period.
   *
   * @param date the date
   * @return whether {@code start <= date <= end}
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }
}
