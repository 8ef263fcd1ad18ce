package eu.barrier.workbench.synthetic;

import eu.barrier.core.address.Country;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The settings of the synthetic city generator. Every default is <b>illustrative, not
 * empirical</b>: chosen so that the evaluation has something to find, not measured anywhere.
 * See {@code docs/workbench.md} for what each one does.
 *
 * @param seed the seed; the same parameters give the same city, byte for byte
 * @param establishments the number of establishments, 1 to 1 000 000
 * @param exploitationShare the share of establishments planted as exploitation cases, 0 to 0.5
 *     (default 0.03); cases fall more often in risk sectors
 * @param missRate the chance that a signal present at a case is never reported, 0 to 1 (default
 *     0.45)
 * @param falseSignalRate the mean chance, per applicable indicator, of a false signal on a clean
 *     establishment, 0 to 0.2 (default 0.03); each indicator draws its own rate around it
 * @param linkedCaseShare the share of cases run in networks of 2 to 4 establishments that share a
 *     manager and a housing address for workers, 0 to 1 (default 0.4)
 * @param auditGroupShare the share of establishments in audit group {@code group-b}, the rest
 *     being in {@code group-a}, 0 to 1 (default 0.3); independent of the label
 * @param complaintBias how many times as often public-order complaints (indicator {@code ADM-06})
 *     are falsely raised about clean establishments of {@code group-b} as of {@code group-a}, 1
 *     to 20 (default 3): a deliberate reporting bias for the fairness check; 1 switches it off
 * @param meanReportingDelayDays the mean delay, in days, between a signal and its report, 0 to
 *     365 (default 30); signals not yet reported at {@code asOf} are missing from the data
 * @param windowDays how many days before {@code asOf} signals occur, 1 to 3650 (default 365)
 * @param asOf the end of the observation window (default 2026-06-30)
 * @param country the country of the city (default Belgium): its identifiers (enterprise and
 *     establishment unit numbers in Belgium, KvK and establishment numbers in the Netherlands) and
 *     the services that observe signals, only those that act in the country ({@link
 *     eu.barrier.core.observation.Agency#actsIn(Country)})
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record SyntheticParameters(long seed, int establishments, double exploitationShare, double missRate,
    double falseSignalRate, double linkedCaseShare, double auditGroupShare, double complaintBias,
    int meanReportingDelayDays, int windowDays, LocalDate asOf, Country country) {

  /** The default country. */
  public static final Country DEFAULT_COUNTRY = Country.BE;

  /** The default reference date. */
  public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 6, 30);

  /**
   * Checks the ranges.
   *
   * @param seed the seed component
   * @param establishments the establishments component
   * @param exploitationShare the exploitationShare component
   * @param missRate the missRate component
   * @param falseSignalRate the falseSignalRate component
   * @param linkedCaseShare the linkedCaseShare component
   * @param auditGroupShare the auditGroupShare component
   * @param complaintBias the complaintBias component
   * @param meanReportingDelayDays the meanReportingDelayDays component
   * @param windowDays the windowDays component
   * @param asOf the asOf component
   * @param country the country component
   * @throws IllegalArgumentException if a value is out of its range
   * @throws NullPointerException if {@code asOf} or {@code country} is {@code null}
   */
  public SyntheticParameters {
    range("establishments", establishments, 1, 1_000_000);
    range("exploitationShare", exploitationShare, 0, 0.5);
    range("missRate", missRate, 0, 1);
    range("falseSignalRate", falseSignalRate, 0, 0.2);
    range("linkedCaseShare", linkedCaseShare, 0, 1);
    range("auditGroupShare", auditGroupShare, 0, 1);
    range("complaintBias", complaintBias, 1, 20);
    range("meanReportingDelayDays", meanReportingDelayDays, 0, 365);
    range("windowDays", windowDays, 1, 3650);
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(country, "country");
  }

  private static void range(String name, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new IllegalArgumentException(name + " must be between " + fmt(min) + " and " + fmt(max));
    }
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  /**
   * Returns the defaults for a seed and a city size: a Belgian city.
   *
   * @param seed the seed
   * @param establishments the number of establishments, 1 to 1 000 000
   * @return the parameters
   * @throws IllegalArgumentException if {@code establishments} is out of range
   */
  public static SyntheticParameters defaults(long seed, int establishments) {
    return new SyntheticParameters(seed, establishments, 0.03, 0.45, 0.03, 0.4, 0.3, 3.0, 30, 365, DEFAULT_AS_OF,
        DEFAULT_COUNTRY);
  }

  /**
   * Returns these parameters with another exploitation share.
   *
   * @param share the share, 0 to 0.5
   * @return new parameters
   */
  public SyntheticParameters withExploitationShare(double share) {
    return new SyntheticParameters(seed, establishments, share, missRate, falseSignalRate, linkedCaseShare,
        auditGroupShare, complaintBias, meanReportingDelayDays, windowDays, asOf, country);
  }

  /**
   * Returns these parameters with another miss rate.
   *
   * @param rate the rate, 0 to 1
   * @return new parameters
   */
  public SyntheticParameters withMissRate(double rate) {
    return new SyntheticParameters(seed, establishments, exploitationShare, rate, falseSignalRate, linkedCaseShare,
        auditGroupShare, complaintBias, meanReportingDelayDays, windowDays, asOf, country);
  }

  /**
   * Returns these parameters with another false-signal rate.
   *
   * @param rate the rate, 0 to 0.2
   * @return new parameters
   */
  public SyntheticParameters withFalseSignalRate(double rate) {
    return new SyntheticParameters(seed, establishments, exploitationShare, missRate, rate, linkedCaseShare,
        auditGroupShare, complaintBias, meanReportingDelayDays, windowDays, asOf, country);
  }

  /**
   * Returns these parameters with another complaint bias.
   *
   * @param bias the bias, 1 to 20; 1 switches it off
   * @return new parameters
   */
  public SyntheticParameters withComplaintBias(double bias) {
    return new SyntheticParameters(seed, establishments, exploitationShare, missRate, falseSignalRate,
        linkedCaseShare, auditGroupShare, bias, meanReportingDelayDays, windowDays, asOf, country);
  }

  /**
   * Returns these parameters with another audit-group share.
   *
   * @param share the share of {@code group-b}, 0 to 1
   * @return new parameters
   */
  public SyntheticParameters withAuditGroupShare(double share) {
    return new SyntheticParameters(seed, establishments, exploitationShare, missRate, falseSignalRate,
        linkedCaseShare, share, complaintBias, meanReportingDelayDays, windowDays, asOf, country);
  }

  /**
   * Returns these parameters for a city in another country.
   *
   * @param country the country
   * @return new parameters
   * @throws NullPointerException if {@code country} is {@code null}
   */
  public SyntheticParameters withCountry(Country country) {
    return new SyntheticParameters(seed, establishments, exploitationShare, missRate, falseSignalRate,
        linkedCaseShare, auditGroupShare, complaintBias, meanReportingDelayDays, windowDays, asOf, country);
  }
}
