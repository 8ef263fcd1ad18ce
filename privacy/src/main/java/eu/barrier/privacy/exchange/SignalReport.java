package eu.barrier.privacy.exchange;

import eu.barrier.core.observation.Grading;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A signal for review sent to a partner (typically the ARIEC or RIEC), message type {@value
 * #TYPE}: which pseudonymised subjects, which indicators of which catalogue versions, in which
 * generalised period, optionally how reliable (a grading), and optionally the summary of an
 * assessment.
 *
 * <p><b>Grading.</b> A grading is sent in the scheme the information was graded in; there are no
 * conversions between schemes. A report without a grading is <b>ungraded</b>: its information was
 * not graded in any scheme (typically a municipal service's own finding). A receiver must not read
 * an ungraded report as the weakest grade of some scheme, nor one grading as the grading of every
 * indicator.
 *
 * <p>It has <b>no field for personal data</b>: subjects are keyed pseudonyms, the period is a
 * year, ISO week, month or quarter label (use {@code eu.barrier.privacy.generalise.DatePeriod}),
 * and every text is a shaped label. JSON Schema: {@code signal-report-v1.schema.json} ({@link
 * MessageType#openSchema()}, and {@code docs/schemas/}).
 *
 * <p><b>Child protection.</b> Child-protection signals are to stay in the care domain (a product
 * safeguard); the library enforces what it can see. {@link Messages} rejects, with {@code
 * BARRIER-PRIV-0502}, a report that names a catalogue of {@link #CHILD_PROTECTION_CATALOGUES} without {@code childProtection: true}, and a
 * report with {@code childProtection: true} whose {@code domain} is not {@code care}. Catalogues
 * of other publishers that are marked child-protection must be declared by the sender with the
 * flag; the library cannot see them.
 *
 * <p>The canonical constructor accepts anything so JSON can be bound; {@link Messages#read} and
 * {@link Messages#write} validate. {@link #toString()} shows counts only.
 *
 * @param type the message type, always {@value #TYPE}
 * @param reference the sender's reference for this report, a label without personal data
 * @param domain the exchange domain
 * @param childProtection whether the report carries child-protection signals
 * @param period the generalised period of the observations: {@code 2026}, {@code 2026-W05},
 *     {@code 2026-02} or {@code 2026-Q1}
 * @param subjects the pseudonymised subjects, 1 to 100
 * @param indicators the observed indicators, 1 to 200
 * @param grading the grading of the information in its own scheme, or {@code null}: ungraded
 * @param assessment the assessment summary, or {@code null}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record SignalReport(
    @NotNull @Pattern(regexp = "^barrier\\.signal-report/1$") String type,
    @NotNull @Pattern(regexp = MessagePatterns.REFERENCE) String reference,
    @NotNull ExchangeDomain domain,
    @NotNull Boolean childProtection,
    @NotNull @Pattern(regexp = MessagePatterns.PERIOD) String period,
    @NotNull @Size(min = 1, max = 100) List<@NotNull @Valid PseudonymousSubject> subjects,
    @NotNull @Size(min = 1, max = 200) List<@NotNull @Valid ObservedIndicator> indicators,
    @Valid Grading grading,
    @Valid AssessmentSummary assessment) {

  /** The message type id. */
  public static final String TYPE = "barrier.signal-report/1";

  /** The built-in catalogues that hold child-protection signals. */
  public static final Set<String> CHILD_PROTECTION_CATALOGUES = Set.of("minors-grooming");

  /**
   * Creates a report without checking it; lists are copied.
   *
   * @param type the message type
   * @param reference the reference
   * @param domain the domain
   * @param childProtection the child-protection flag
   * @param period the period label
   * @param subjects the subjects
   * @param indicators the indicators
   * @param grading the grading, or {@code null}: ungraded
   * @param assessment the assessment summary, or {@code null}
   */
  public SignalReport {
    subjects = Lists.copy(subjects);
    indicators = Lists.copy(indicators);
  }

  /**
   * Creates a report of type {@value #TYPE} without checking it; see {@link Messages#write}.
   *
   * @param reference the reference
   * @param domain the domain
   * @param childProtection the child-protection flag
   * @param period the period label
   * @param subjects the subjects
   * @param indicators the indicators
   * @param grading the grading in its own scheme, or {@code null}: ungraded
   * @param assessment the assessment summary, or {@code null}
   * @return the report
   */
  public static SignalReport of(String reference, ExchangeDomain domain, boolean childProtection, String period,
      List<PseudonymousSubject> subjects, List<ObservedIndicator> indicators, Grading grading,
      AssessmentSummary assessment) {
    return new SignalReport(TYPE, reference, domain, childProtection, period, subjects, indicators, grading,
        assessment);
  }

  /**
   * Returns the domain, flag, period and counts; never pseudonyms.
   *
   * @return a description
   */
  @Override
  public String toString() {
    return "SignalReport[domain=" + domain + ", childProtection=" + childProtection + ", period=" + period
        + ", subjects=" + (subjects == null ? 0 : subjects.size()) + ", indicators="
        + (indicators == null ? 0 : indicators.size()) + "]";
  }
}
