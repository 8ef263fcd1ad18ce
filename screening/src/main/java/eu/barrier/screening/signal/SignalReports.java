package eu.barrier.screening.signal;

import eu.barrier.core.id.Identifier;
import eu.barrier.core.id.IdentifierType;
import eu.barrier.indicators.scoring.Assessment;
import eu.barrier.privacy.audit.AuditAction;
import eu.barrier.privacy.audit.AuditEvent;
import eu.barrier.privacy.audit.AuditLog;
import eu.barrier.privacy.exchange.AssessmentSummary;
import eu.barrier.privacy.exchange.ExchangeDomain;
import eu.barrier.privacy.exchange.ObservedIndicator;
import eu.barrier.privacy.exchange.PseudonymousSubject;
import eu.barrier.privacy.exchange.SignalReport;
import eu.barrier.privacy.generalise.DatePeriod;
import eu.barrier.privacy.pseudonym.Pseudonym;
import eu.barrier.privacy.pseudonym.PseudonymContext;
import eu.barrier.privacy.pseudonym.Pseudonymiser;
import eu.barrier.screening.Reason;
import eu.barrier.screening.ScreenedEstablishment;
import eu.barrier.screening.ScreeningResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Builds the pseudonymised {@link SignalReport}s of a screening for one recipient (the ARIEC or
 * RIEC), under a {@link SignalReportPolicy}. Sealing them stays in {@code barrier-privacy} ({@code
 * eu.barrier.privacy.envelope.Envelopes}).
 *
 * <p>One report per establishment at the policy's level or higher, in ranking order, up to the
 * policy's maximum. Each carries: the establishment's pseudonym (from its typed identifier key;
 * an untyped key or a personal identifier is never sent and is counted instead), the indicators
 * that contributed points, the period of the last of their observations at the policy's
 * granularity (never a day), the grading of {@link ScreenedEstablishment#strongestGrading()} in
 * the scheme it was given in, or no grading when none of those observations is graded (the
 * sender's own findings: a report never turns them into a grading they did not have), and the
 * summary of the assessment that set the level. With a pseudonymiser of a shared key set on a day of
 * its rotation overlap ({@code Pseudonymiser.shared}), each subject also carries its rotation
 * aliases (pseudonyms under the still-recognised earlier keys of that set), so that the recipient
 * links reports from before and after the rotation. The grading summarises the report; it is not the
 * grading of each indicator. Never sent: establishments below the level, indicators that did not
 * count, exact dates, sources' notes, names or addresses. Screenings never use child-protection
 * catalogues, so no report carries such a signal.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class SignalReports {

  private SignalReports() {}

  /**
   * What {@link #build} made, and what it held back.
   *
   * @param reports the reports, in ranking order
   * @param belowLevel establishments kept by the screening but below the policy's level
   * @param overLimit establishments at the level left out because the maximum was reached
   * @param notTyped establishments at the level whose key is not a typed, non-personal identifier
   */
  public record Prepared(List<SignalReport> reports, int belowLevel, int overLimit, int notTyped) {

    /**
     * Copies.
     *
     * @param reports the reports
     * @param belowLevel the count below the level
     * @param overLimit the count over the maximum
     * @param notTyped the count without a typed key
     */
    public Prepared {
      reports = List.copyOf(reports);
    }
  }

  /**
   * Builds the reports.
   *
   * @param result the screening result
   * @param pseudonymiser the pseudonymiser for the recipient and purpose
   * @param policy the policy
   * @param referencePrefix the start of each report's reference, a label without personal data,
   *     for example {@code screen-2026-06-30}; reports are numbered {@code -001}, {@code -002}, ...
   * @param audit where to record one {@link AuditAction#PSEUDONYMISE} entry per report, or empty
   * @param actor the actor label of those entries
   * @return the reports and what was held back
   */
  public static Prepared build(ScreeningResult result, Pseudonymiser pseudonymiser, SignalReportPolicy policy,
      String referencePrefix, Optional<AuditLog> audit, String actor) {
    Objects.requireNonNull(pseudonymiser, "pseudonymiser");
    return build(result, pseudonymiser.context(), ids -> ids.stream().map(pseudonymiser::pseudonymise).toList(),
        pseudonymiser::aliases, policy, referencePrefix, audit, actor);
  }

  /**
   * Builds the reports with pseudonyms from any source that pseudonymises a batch, such as a blind
   * pseudonym service: {@code ids -> client.pseudonymise(context, ids)} of {@code
   * BlindPseudonymClient} gives {@code pk2} pseudonyms without the municipality holding a
   * pseudonym key. The source is called once, with the identifiers of every report in order.
   *
   * @param result the screening result
   * @param context the purpose and recipient the pseudonyms are made for (recorded in the audit log)
   * @param pseudonyms gives one pseudonym per identifier, in the same order; its exceptions propagate
   *     and no report is built
   * @param policy the policy
   * @param referencePrefix the start of each report's reference (see the other {@code build})
   * @param audit where to record one {@link AuditAction#PSEUDONYMISE} entry per report, or empty
   * @param actor the actor label of those entries
   * @return the reports and what was held back
   * @throws IllegalStateException if the source returns another number of pseudonyms than asked
   */
  public static Prepared build(ScreeningResult result, PseudonymContext context,
      Function<List<Identifier>, List<Pseudonym>> pseudonyms, SignalReportPolicy policy, String referencePrefix,
      Optional<AuditLog> audit, String actor) {
    return build(result, context, pseudonyms, id -> List.of(), policy, referencePrefix, audit, actor);
  }

  private static Prepared build(ScreeningResult result, PseudonymContext context,
      Function<List<Identifier>, List<Pseudonym>> pseudonyms, Function<Identifier, List<Pseudonym>> aliases,
      SignalReportPolicy policy, String referencePrefix, Optional<AuditLog> audit, String actor) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(pseudonyms, "pseudonyms");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(referencePrefix, "referencePrefix");
    Objects.requireNonNull(audit, "audit");
    Objects.requireNonNull(actor, "actor");
    List<ScreenedEstablishment> selected = new ArrayList<>();
    List<Identifier> ids = new ArrayList<>();
    int below = 0;
    int over = 0;
    int notTyped = 0;
    for (ScreenedEstablishment e : result.establishments()) {
      if (!e.level().isAtLeast(policy.minimumLevel())) {
        below++;
        continue;
      }
      Optional<Identifier> id = identifier(e.key());
      if (id.isEmpty() || e.reasons().isEmpty()) {
        notTyped++;
        continue;
      }
      if (selected.size() == policy.maxReports()) {
        over++;
        continue;
      }
      selected.add(e);
      ids.add(id.get());
    }
    List<Pseudonym> made = ids.isEmpty() ? List.of() : pseudonyms.apply(List.copyOf(ids));
    if (made.size() != ids.size()) {
      throw new IllegalStateException("the pseudonym source returned " + made.size() + " pseudonyms for "
          + ids.size() + " identifiers");
    }
    List<SignalReport> reports = new ArrayList<>();
    for (int i = 0; i < selected.size(); i++) {
      String reference = String.format(Locale.ROOT, "%s-%03d", referencePrefix, i + 1);
      reports.add(report(result, selected.get(i), ids.get(i), made.get(i), aliases.apply(ids.get(i)), policy,
          reference));
      audit.ifPresent(log -> log.append(AuditEvent.builder(AuditAction.PSEUDONYMISE, actor)
          .purpose(context.purpose()).recipient(context.recipient()).count(1).build()));
    }
    return new Prepared(reports, below, over, notTyped);
  }

  /** The identifier behind a typed key, if the key is typed and the identifier is not a person's. */
  static Optional<Identifier> identifier(String key) {
    int colon = key.indexOf(':');
    if (colon < 0) {
      return Optional.empty();
    }
    try {
      IdentifierType type = IdentifierType.fromId(key.substring(0, colon));
      if (type.isPersonal()) {
        return Optional.empty();
      }
      return Optional.of(type.parse(key.substring(colon + 1)));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static SignalReport report(ScreeningResult result, ScreenedEstablishment e, Identifier id,
      Pseudonym pseudonym, List<Pseudonym> aliases, SignalReportPolicy policy, String reference) {
    List<ObservedIndicator> indicators = new ArrayList<>();
    for (Reason reason : e.reasons()) {
      int at = reason.catalogue().lastIndexOf('@');
      indicators.add(new ObservedIndicator(reason.catalogue().substring(0, at), reason.catalogue().substring(at + 1),
          reason.indicatorId()));
    }
    indicators.sort(Comparator.comparing(ObservedIndicator::catalogue).thenComparing(ObservedIndicator::indicator));
    Assessment top = e.leading().orElseThrow();
    AssessmentSummary summary = new AssessmentSummary(top.outcome().id(), top.scoreMilli(),
        top.provenance().catalogueId() + "@" + top.provenance().catalogueVersion(), top.provenance().modelId());
    String period = DatePeriod.of(e.lastObserved().orElse(result.asOf()), policy.dates()).label();
    PseudonymousSubject subject = PseudonymousSubject.of(id.type(), pseudonym.format(),
        aliases.stream().map(Pseudonym::format).toList());
    return SignalReport.of(reference, ExchangeDomain.ADMINISTRATIVE, false, period, List.of(subject), indicators,
        e.strongestGrading().orElse(null), summary);
  }
}
