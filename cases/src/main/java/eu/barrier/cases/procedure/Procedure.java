package eu.barrier.cases.procedure;

import static eu.barrier.cases.procedure.CaseState.ADVICE_QUERY;
import static eu.barrier.cases.procedure.CaseState.ADVICE_REQUESTED;
import static eu.barrier.cases.procedure.CaseState.ASSESSMENT;
import static eu.barrier.cases.procedure.CaseState.AWAITING_SUBMISSION;
import static eu.barrier.cases.procedure.CaseState.CLOSED;
import static eu.barrier.cases.procedure.CaseState.DECIDED;
import static eu.barrier.cases.procedure.CaseState.INTENTION_ISSUED;
import static eu.barrier.cases.procedure.CaseState.INVESTIGATION;
import static eu.barrier.cases.procedure.CaseState.IN_APPEAL;
import static eu.barrier.cases.procedure.CaseState.OPENED;
import static eu.barrier.cases.procedure.CaseState.REGISTERED;

import eu.barrier.cases.CaseError;
import eu.barrier.cases.CaseException;
import eu.barrier.cases.EventType;
import eu.barrier.cases.Role;
import eu.barrier.cases.profile.DeadlineRule;
import eu.barrier.cases.profile.Ground;
import eu.barrier.cases.profile.JurisdictionProfile;
import eu.barrier.cases.profile.LegalBasis;
import eu.barrier.cases.profile.Recording;
import eu.barrier.indicators.scoring.Assessment;
import eu.barrier.indicators.scoring.Contribution;
import eu.barrier.screening.ScreenedEstablishment;
import eu.barrier.screening.ScreeningResult;
import eu.barrier.screening.ScreeningResults;
import eu.barrier.screening.decision.DecisionMaker;
import eu.barrier.screening.decision.DecisionOutcome;
import eu.barrier.screening.decision.HumanDecision;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The transitions and rules of the case procedure; see {@code docs/cases.md}. */
final class Procedure {

  /** The longest reference, in characters. */
  static final int MAX_REFERENCE = 256;

  private static final Set<CaseState> ACTIVE = EnumSet.of(OPENED, AWAITING_SUBMISSION, INVESTIGATION, ADVICE_REQUESTED,
      ADVICE_QUERY, ASSESSMENT, INTENTION_ISSUED);
  private static final Set<CaseState> BEFORE_ADVICE = EnumSet.of(OPENED, AWAITING_SUBMISSION, INVESTIGATION);
  private static final Set<CaseState> DECIDABLE = EnumSet.of(OPENED, AWAITING_SUBMISSION, INVESTIGATION, ASSESSMENT,
      INTENTION_ISSUED);

  private Procedure() {}

  /**
   * Returns the state after an event, or refuses the event with the rule it breaks.
   *
   * @param c the case before the event (its state is {@code null} before the first event)
   */
  static CaseState next(CaseRecord c, EventType type, EventDetails d) {
    CaseState s = c.state;
    if (s == null) {
      return type == EventType.CASE_OPENED ? OPENED : refuse(CaseError.TRANSITION, type);
    }
    switch (type) {
      case CASE_OPENED:
        return refuse(CaseError.TRANSITION, type);
      case SCOPE_DETERMINED:
      case REGULAR_CHECK_COMPLETED:
        in(s, BEFORE_ADVICE, type);
        return s;
      case QUESTIONNAIRE_SENT:
        in(s, EnumSet.of(OPENED, INVESTIGATION), type);
        return AWAITING_SUBMISSION;
      case SUBMISSION_RECEIVED:
        in(s, EnumSet.of(AWAITING_SUBMISSION), type);
        return INVESTIGATION;
      case SUBMISSION_INCOMPLETE:
        in(s, EnumSet.of(AWAITING_SUBMISSION), type);
        return AWAITING_SUBMISSION;
      case EVIDENCE_REQUESTED:
      case EVIDENCE_RECEIVED:
      case RISK_ASSESSED:
        in(s, ACTIVE, type);
        return s;
      case SCORE_VIEWED:
        if (s == CLOSED) {
          return refuse(CaseError.TRANSITION, type);
        }
        if (c.assessment == null) {
          return refuse(CaseError.SCORE_NOT_ASSESSED, type);
        }
        return s;
      case ADVICE_REQUESTED:
        if (c.adviceReceived || c.openAdviceRequest >= 0) {
          return refuse(CaseError.TRANSITION, type);
        }
        in(s, BEFORE_ADVICE, type);
        return ADVICE_REQUESTED;
      case SUPPLEMENTARY_ADVICE_REQUESTED:
        if (!c.adviceReceived) {
          return refuse(CaseError.ADVICE_NOT_REQUESTED, type);
        }
        in(s, EnumSet.of(ASSESSMENT, INTENTION_ISSUED), type);
        return ADVICE_REQUESTED;
      case ADVICE_TERM_EXTENDED:
        if (c.openAdviceRequest < 0) {
          return refuse(CaseError.ADVICE_NOT_REQUESTED, type);
        }
        Optional<DeadlineRule> term = c.profile.deadline("advice-term");
        if (c.extensions > 0 || term.isEmpty() || term.get().extension().isEmpty()) {
          return refuse(CaseError.ADVICE_EXTENSION, type);
        }
        return s;
      case ADVICE_QUESTION_SENT:
        if (c.openAdviceRequest < 0) {
          return refuse(CaseError.ADVICE_NOT_REQUESTED, type);
        }
        in(s, EnumSet.of(ADVICE_REQUESTED), type);
        return ADVICE_QUERY;
      case ADVICE_QUESTION_ANSWERED:
        if (c.openAdviceRequest < 0) {
          return refuse(CaseError.ADVICE_NOT_REQUESTED, type);
        }
        in(s, EnumSet.of(ADVICE_QUERY), type);
        return ADVICE_REQUESTED;
      case ADVICE_RECEIVED:
        if (c.openAdviceRequest < 0) {
          return refuse(CaseError.ADVICE_NOT_REQUESTED, type);
        }
        return ASSESSMENT;
      case ASSESSMENT_DRAFTED:
        in(s, EnumSet.of(OPENED, INVESTIGATION, ASSESSMENT), type);
        return ASSESSMENT;
      case INTENTION_ISSUED:
        in(s, EnumSet.of(OPENED, INVESTIGATION, ASSESSMENT, INTENTION_ISSUED), type);
        return INTENTION_ISSUED;
      case THIRD_PARTY_NOTIFIED:
      case VIEW_RECEIVED:
        in(s, EnumSet.of(INTENTION_ISSUED), type);
        return s;
      case DECISION_TAKEN:
        if (s == ADVICE_REQUESTED || s == ADVICE_QUERY) {
          return refuse(CaseError.DECISION_AWAITING_ADVICE, type);
        }
        in(s, DECIDABLE, type);
        if (s == AWAITING_SUBMISSION && d.outcome() != DecisionOutcome.NOT_PROCESSED) {
          return refuse(CaseError.TRANSITION, type);
        }
        return DECIDED;
      case DECISION_NOTIFIED:
        if (c.notified) {
          return refuse(CaseError.TRANSITION, type);
        }
        in(s, EnumSet.of(DECIDED, REGISTERED), type);
        return s;
      case REGISTER_NOTIFIED:
        in(s, EnumSet.of(DECIDED), type);
        if (c.profile.register().isEmpty() || !c.decision.details().outcome().isAdverse()) {
          return refuse(CaseError.TRANSITION, type);
        }
        return REGISTERED;
      case APPEAL_LODGED:
        in(s, EnumSet.of(DECIDED, REGISTERED), type);
        return IN_APPEAL;
      case APPEAL_DECIDED:
        in(s, EnumSet.of(IN_APPEAL), type);
        return DECIDED;
      case DISCLOSURE_MADE:
        if (s == CLOSED) {
          return refuse(CaseError.TRANSITION, type);
        }
        return s;
      case RETENTION_APPLIED:
        in(s, EnumSet.of(DECIDED, REGISTERED), type);
        return CLOSED;
      default:
        return refuse(CaseError.TRANSITION, type);
    }
  }

  private static boolean in(CaseState s, Set<CaseState> allowed, EventType type) {
    if (!allowed.contains(s)) {
      refuse(CaseError.TRANSITION, type);
    }
    return true;
  }

  private static CaseState refuse(CaseError error, EventType type) {
    throw new CaseException(error, type.id());
  }

  // ---- preparing an event ----

  /** What the store appends, with the case after it. */
  record Prepared(EventType type, String actor, Role role, LocalDate on, Instant at, String basis, EventDetails details,
      String json) {}

  /** Checks an event against the case and its profile, and builds what the store appends. */
  static Prepared prepare(CaseRecord c, EventInput in, Instant now) {
    JurisdictionProfile p = c.profile;
    Recording recording = p.recording(in.type).orElseThrow(() -> new CaseException(CaseError.TRANSITION,
        in.type.id()));
    if (!recording.recordedBy().contains(in.role)) {
      throw new CaseException(CaseError.ROLE_MAY_NOT_RECORD, in.type.id());
    }
    fieldsTaken(in);
    LocalDate today = LocalDate.ofInstant(now, p.zone());
    LocalDate on = in.on == null ? today : in.on;
    if (on.isAfter(today) || on.isBefore(c.lastDay())) {
      throw new CaseException(CaseError.EVENT_DATE, "on");
    }
    String basis = in.basis != null ? in.basis : recording.basis().orElseThrow(
        () -> new CaseException(CaseError.UNKNOWN_BASIS, "basis"));
    LegalBasis legal = p.basis(basis).filter(LegalBasis::on)
        .orElseThrow(() -> new CaseException(CaseError.UNKNOWN_BASIS, "basis"));
    text(in.reference, MAX_REFERENCE, "reference");
    text(in.text, HumanDecision.MAX_TEXT, "text");
    EventDetails d = details(c, in, on, legal, now);
    // the transition is checked on the details, after the rules of the fields
    next(c, in.type, d);
    return new Prepared(in.type, in.actor, in.role, on, now, basis, d, CaseRecord.JSON.writeString(d));
  }

  private static void fieldsTaken(EventInput in) {
    EventType t = in.type;
    boolean decision = t == EventType.DECISION_TAKEN;
    check(in.outcome == null || decision || t == EventType.INTENTION_ISSUED, "outcome");
    check(in.grounds.isEmpty() || decision || t == EventType.INTENTION_ISSUED, "grounds");
    check(in.until == null || t == EventType.INTENTION_ISSUED, "until");
    check(in.danger == null || decision, "danger");
    check(in.degrees.isEmpty() || t == EventType.ADVICE_RECEIVED, "degrees");
    check((in.recipient != null) == (t == EventType.DISCLOSURE_MADE), "recipient");
    check((in.results != null) == (t == EventType.RISK_ASSESSED), "assessment");
    check(decision || in.mandate == null && in.proportionality == null && in.secondReviewer == null
        && in.views == null && in.evidence.isEmpty() && !in.supplementaryAdvice, "decision fields");
  }

  private static void check(boolean ok, String field) {
    if (!ok) {
      throw new CaseException(CaseError.EVENT_INPUT, field);
    }
  }

  private static void text(String value, int max, String field) {
    if (value != null && (value.isBlank() || value.length() > max)) {
      throw new CaseException(CaseError.EVENT_INPUT, field);
    }
  }

  private static EventDetails details(CaseRecord c, EventInput in, LocalDate on, LegalBasis basis, Instant now) {
    JurisdictionProfile p = c.profile;
    switch (in.type) {
      case RISK_ASSESSED:
        return withAssessment(assessment(c, in));
      case ADVICE_RECEIVED:
        for (String g : in.degrees.keySet()) {
          check(p.ground(g).isPresent(), "degrees");
        }
        return new EventDetails(null, null, null, in.reference, in.text, null, null, null, null,
            in.degrees.isEmpty() ? null : Map.copyOf(in.degrees), null, null, null, null, null);
      case INTENTION_ISSUED:
        return intention(c, in, on);
      case DISCLOSURE_MADE:
        if (!basis.disclosureTo().contains(in.recipient)) {
          throw new CaseException(CaseError.DISCLOSURE_BASIS, "basis");
        }
        return new EventDetails(null, null, null, in.reference, in.text, null, null, null, null, null, in.recipient,
            in.artefacts, in.disclosed, null, null);
      case DECISION_TAKEN:
        return decision(c, in, on, now);
      case CASE_OPENED:
        return new EventDetails(in.establishment, in.trigger, in.profileSha256, in.reference, in.text, null, null,
            null, null, null, null, null, null, null, null);
      default:
        return new EventDetails(null, null, null, in.reference, in.text, null, null, null, null, null, null, null,
            null, null, null);
    }
  }

  private static EventDetails withAssessment(EventDetails.RiskAssessment a) {
    return new EventDetails(null, null, null, null, null, null, null, null, null, null, null, null, null, a, null);
  }

  private static EventDetails.RiskAssessment assessment(CaseRecord c, EventInput in) {
    if (!in.establishmentKey.equals(c.establishment)) {
      throw new CaseException(CaseError.EVENT_INPUT, "assessment: another establishment than the case's");
    }
    ScreeningResult r = in.results;
    Optional<ScreenedEstablishment> found = r.establishments().stream()
        .filter(e -> e.key().equals(in.establishmentKey)).findFirst();
    ScreenedEstablishment e = found.orElseThrow(() -> new CaseException(CaseError.EVENT_INPUT,
        "assessment: the establishment is not in the result"));
    java.util.EnumMap<eu.barrier.indicators.scoring.Outcome, Long> counts =
        new java.util.EnumMap<>(eu.barrier.indicators.scoring.Outcome.class);
    for (eu.barrier.indicators.scoring.Outcome level : r.counts().keySet()) {
      counts.put(level, level == e.level() ? 1L : 0L);
    }
    ScreeningResult one = new ScreeningResult(r.asOf(), r.modelId(), r.catalogues(),
        eu.barrier.indicators.scoring.Outcome.NONE, counts, List.of(e), r.libraryVersion(), r.source(),
        r.demoLabel());
    String document = new String(ScreeningResults.toBytes(one, in.language), StandardCharsets.UTF_8);
    return new EventDetails.RiskAssessment(e.sha256(), e.level().id(), document);
  }

  private static EventDetails intention(CaseRecord c, EventInput in, LocalDate on) {
    JurisdictionProfile p = c.profile;
    if (in.outcome == null || !(in.outcome.isAdverse() || in.outcome == DecisionOutcome.GRANT_WITH_CONDITIONS)
        || !p.frame().outcomes().contains(in.outcome)) {
      throw new CaseException(CaseError.INTENTION_VIEWS_DEADLINE, "outcome");
    }
    grounds(p, in.grounds, false);
    LocalDate until = in.until;
    if (until == null) {
      until = p.deadline("views-period").flatMap(DeadlineRule::period).map(on::plus)
          .orElseThrow(() -> new CaseException(CaseError.INTENTION_VIEWS_DEADLINE, "until"));
    }
    if (!until.isAfter(on)) {
      throw new CaseException(CaseError.INTENTION_VIEWS_DEADLINE, "until");
    }
    return new EventDetails(null, null, null, in.reference, in.text, in.outcome, null, nullIfEmpty(in.grounds), until,
        null, null, null, null, null, null);
  }

  private static void grounds(JurisdictionProfile p, List<String> grounds, boolean required) {
    if (required && grounds.isEmpty() || grounds.size() != Set.copyOf(grounds).size()) {
      throw new CaseException(CaseError.DECISION_GROUND, "grounds");
    }
    for (String g : grounds) {
      if (!p.ground(g).map(Ground::on).orElse(false)) {
        throw new CaseException(CaseError.DECISION_GROUND, "grounds");
      }
    }
  }

  private static List<String> nullIfEmpty(List<String> list) {
    return list.isEmpty() ? null : List.copyOf(list);
  }

  private static EventDetails decision(CaseRecord c, EventInput in, LocalDate on, Instant now) {
    JurisdictionProfile p = c.profile;
    DecisionOutcome outcome = in.outcome;
    if (outcome == null) {
      throw new CaseException(CaseError.EVENT_INPUT, "outcome");
    }
    if (outcome == DecisionOutcome.NOT_PROCESSED && !c.submissionIncomplete) {
      throw new CaseException(CaseError.NOT_PROCESSED_COMPLETE, "outcome");
    }
    grounds(p, in.grounds, outcome.isAdverse());
    if (outcome.isAdverse()) {
      CaseEvent i = c.intention;
      boolean heard = i != null && i.details().outcome() == outcome
          && (c.viewsSinceIntention || on.isAfter(i.details().until()));
      if (!heard) {
        throw new CaseException(CaseError.ADVERSE_WITHOUT_HEARING, "outcome");
      }
    }
    if (c.viewsSinceIntention && in.views == null) {
      throw new CaseException(CaseError.VIEWS_NOT_ADDRESSED, "views");
    }
    text(in.views, HumanDecision.MAX_TEXT, "views");
    long next = c.version() + 1;
    for (long seq : in.evidence) {
      if (seq < 1 || seq >= next) {
        throw new CaseException(CaseError.DECISION_EVIDENCE, "evidence");
      }
    }
    if (in.mandate == null) {
      throw new eu.barrier.screening.ScreeningException(eu.barrier.screening.ScreeningError.DECISION_ACTOR, "mandate");
    }
    DecisionMaker maker = new DecisionMaker(in.actor, in.role.id(), in.mandate);
    Optional<ScreenedEstablishment> screened = c.screened();
    HumanDecision.Draft draft = screened.isPresent() ? HumanDecision.draft(p.frame(), maker, screened.get())
        : HumanDecision.draft(p.frame(), maker);
    boolean viewed = c.scoreViewedBy(in.actor);
    draft.signalViewed(viewed);
    if (in.danger != null) {
      draft.danger(in.danger);
    }
    draft.outcome(outcome);
    if (in.text != null) {
      draft.motivation(in.text);
    }
    if (in.proportionality != null) {
      draft.proportionality(in.proportionality);
    }
    if (in.secondReviewer != null) {
      draft.secondReviewer(in.secondReviewer);
    }
    HumanDecision decision = draft.check(now);
    EventDetails.ScoreContext score = screened.map(e -> scoreContext(c, e, viewed)).orElse(null);
    EventDetails.DecisionDetails record = new EventDetails.DecisionDetails(
        new String(decision.toJson(), StandardCharsets.UTF_8), in.evidence.isEmpty() ? null : List.copyOf(in.evidence),
        in.views, c.supplementarySought || in.supplementaryAdvice, score, c.events.get(0).occurredOn());
    return new EventDetails(null, null, null, in.reference, null, outcome, in.danger, nullIfEmpty(in.grounds), null,
        null, null, null, null, null, record);
  }

  private static EventDetails.ScoreContext scoreContext(CaseRecord c, ScreenedEstablishment e, boolean viewed) {
    ScreeningResult r = c.assessmentResult().orElseThrow();
    List<String> catalogues = new ArrayList<>();
    for (ScreeningResult.CatalogueUse u : r.catalogues()) {
      catalogues.add(u.reference());
    }
    Optional<Assessment> leading = e.leading();
    String score = leading.map(a -> String.format(Locale.ROOT, "%.3f", a.scoreMilli() / 1000.0)).orElse("0.000");
    List<String> top = new ArrayList<>();
    leading.ifPresent(a -> a.contributions().stream()
        .filter(x -> x.indicatorId().isPresent() && x.milliPoints() > 0)
        .sorted(Comparator.comparingLong(Contribution::milliPoints).reversed()
            .thenComparing(x -> x.indicatorId().get()))
        .limit(5).forEach(x -> top.add(x.indicatorId().get())));
    return new EventDetails.ScoreContext(c.assessment.seq(), e.sha256(), e.level().id(), r.modelId(), catalogues, score,
        top, viewed);
  }
}
