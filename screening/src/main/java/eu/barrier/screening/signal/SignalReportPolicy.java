package eu.barrier.screening.signal;

import eu.barrier.indicators.scoring.Outcome;
import eu.barrier.privacy.generalise.DateGranularity;
import eu.barrier.screening.ScreeningError;
import eu.barrier.screening.ScreeningException;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What may leave the municipality in signal reports, enforced by {@link SignalReports}: only
 * establishments at {@code medium} or higher, dates no finer than a month, and at most {@value
 * #MAX_REPORTS} reports per run. A policy can be stricter than the default, never looser, so an
 * embedding application cannot send a low signal or an exact date by mistake.
 *
 * @param minimumLevel the lowest level reported: {@code medium} or {@code high}
 * @param maxReports the most reports one run builds: 1 to {@value #MAX_REPORTS}
 * @param dates the granularity of the reported period: month, quarter or year
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record SignalReportPolicy(Outcome minimumLevel, int maxReports, DateGranularity dates) {

  /** The most reports one run may build. */
  public static final int MAX_REPORTS = 100;

  /**
   * Checks.
   *
   * @param minimumLevel the lowest level reported
   * @param maxReports the most reports
   * @param dates the date granularity
   * @throws ScreeningException with {@link ScreeningError#SIGNAL_POLICY} if the policy is looser
   *     than allowed
   */
  public SignalReportPolicy {
    Objects.requireNonNull(minimumLevel, "minimumLevel");
    Objects.requireNonNull(dates, "dates");
    if (minimumLevel != Outcome.MEDIUM && minimumLevel != Outcome.HIGH) {
      throw new ScreeningException(ScreeningError.SIGNAL_POLICY, "minimumLevel");
    }
    if (maxReports < 1 || maxReports > MAX_REPORTS) {
      throw new ScreeningException(ScreeningError.SIGNAL_POLICY, "maxReports");
    }
    if (dates == DateGranularity.WEEK) {
      throw new ScreeningException(ScreeningError.SIGNAL_POLICY, "dates");
    }
  }

  /**
   * Returns the default policy: medium or higher, at most {@value #MAX_REPORTS} reports, dates by
   * quarter.
   *
   * @return the policy
   */
  public static SignalReportPolicy defaults() {
    return new SignalReportPolicy(Outcome.MEDIUM, MAX_REPORTS, DateGranularity.QUARTER);
  }
}
