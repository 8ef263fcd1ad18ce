package eu.barrier.cases.procedure;

import eu.barrier.cases.CaseError;
import eu.barrier.cases.CaseException;
import eu.barrier.cases.EventType;
import eu.barrier.cases.Role;
import eu.barrier.cases.Trigger;
import eu.barrier.cases.profile.JurisdictionProfile;
import eu.barrier.cases.store.StoredCase;
import eu.barrier.cases.store.StoredEvent;
import eu.barrier.core.json.BarrierJson;
import eu.barrier.core.json.JsonFormatException;
import eu.barrier.core.json.JsonLimits;
import eu.barrier.screening.ScreenedEstablishment;
import eu.barrier.screening.ScreeningResult;
import eu.barrier.screening.ScreeningResults;
import eu.barrier.screening.decision.HumanDecision;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A case as the procedure sees it: every event, folded into the state and the facts the rules
 * need. Package-private: readers outside get a {@link CaseView} filtered by their role.
 */
final class CaseRecord {

  static final BarrierJson JSON = BarrierJson.create(JsonLimits.defaults()
      .withMaxDocumentBytes(16L * 1024 * 1024).withMaxStringLength(16 * 1024 * 1024).withMaxNestingDepth(8));

  final String id;
  final JurisdictionProfile profile;
  final List<CaseEvent> events;
  CaseState state;
  String establishment;
  Trigger trigger;
  long openAdviceRequest = -1;
  int extensions;
  boolean adviceReceived;
  boolean supplementarySought;
  boolean submissionIncomplete;
  CaseEvent intention;
  boolean viewsSinceIntention;
  CaseEvent assessment;
  CaseEvent decision;
  boolean notified;

  private CaseRecord(String id, JurisdictionProfile profile, List<CaseEvent> events) {
    this.id = id;
    this.profile = profile;
    this.events = List.copyOf(events);
    for (CaseEvent e : events) {
      state = Procedure.next(this, e.type(), e.details());
      apply(e);
    }
  }

  static CaseRecord empty(String id, JurisdictionProfile profile) {
    return new CaseRecord(id, profile, List.of());
  }

  /** Profiles already read, by document: a case is loaded on every write, its profile rarely changes. */
  private static final java.util.Map<String, JurisdictionProfile> PROFILES = new java.util.concurrent.ConcurrentHashMap<>();

  static JurisdictionProfile profile(String document) {
    JurisdictionProfile known = PROFILES.get(document);
    if (known != null) {
      return known;
    }
    JurisdictionProfile read = JurisdictionProfile.read(document.getBytes(StandardCharsets.UTF_8));
    if (PROFILES.size() >= 64) {
      PROFILES.clear();
    }
    PROFILES.put(document, read);
    return read;
  }

  static CaseRecord of(StoredCase stored) {
    JurisdictionProfile profile = profile(stored.header().profileDocument());
    List<CaseEvent> events = new ArrayList<>();
    for (StoredEvent s : stored.events()) {
      events.add(event(s));
    }
    return new CaseRecord(stored.header().caseId(), profile, events);
  }

  static CaseEvent event(StoredEvent s) {
    EventType type = EventType.fromId(s.type()).orElseThrow(() -> broken(s));
    Role role = Role.fromId(s.role()).orElseThrow(() -> broken(s));
    EventDetails details;
    try {
      details = JSON.read(s.details(), EventDetails.class);
    } catch (JsonFormatException e) {
      throw broken(s);
    }
    return new CaseEvent(s.seq(), type, s.actor(), role, s.occurredOn(), s.recordedAt(), s.basis(), details, s.hash());
  }

  private static CaseException broken(StoredEvent s) {
    return new CaseException(CaseError.CHAIN_BROKEN, "event " + s.seq());
  }

  CaseRecord with(CaseEvent e) {
    List<CaseEvent> list = new ArrayList<>(events);
    list.add(e);
    return new CaseRecord(id, profile, list);
  }

  private void apply(CaseEvent e) {
    EventDetails d = e.details();
    switch (e.type()) {
      case CASE_OPENED:
        establishment = d.establishment();
        trigger = d.trigger();
        break;
      case SUBMISSION_INCOMPLETE:
        submissionIncomplete = true;
        break;
      case ADVICE_REQUESTED:
      case SUPPLEMENTARY_ADVICE_REQUESTED:
        openAdviceRequest = e.seq();
        extensions = 0;
        supplementarySought |= e.type() == EventType.SUPPLEMENTARY_ADVICE_REQUESTED;
        break;
      case ADVICE_TERM_EXTENDED:
        extensions++;
        break;
      case ADVICE_RECEIVED:
        openAdviceRequest = -1;
        adviceReceived = true;
        break;
      case INTENTION_ISSUED:
        intention = e;
        viewsSinceIntention = false;
        break;
      case VIEW_RECEIVED:
        viewsSinceIntention = true;
        break;
      case RISK_ASSESSED:
        assessment = e;
        break;
      case DECISION_TAKEN:
        decision = e;
        break;
      case DECISION_NOTIFIED:
        notified = true;
        break;
      default:
        break;
    }
  }

  long version() {
    return events.size();
  }

  LocalDate lastDay() {
    return events.isEmpty() ? LocalDate.MIN : events.get(events.size() - 1).occurredOn();
  }

  boolean has(EventType type) {
    return events.stream().anyMatch(e -> e.type() == type);
  }

  /** The screened establishment of the latest risk assessment, read back from its stored document. */
  Optional<ScreenedEstablishment> screened() {
    if (assessment == null) {
      return Optional.empty();
    }
    ScreeningResult r = ScreeningResults.read(assessment.details().assessment().results()
        .getBytes(StandardCharsets.UTF_8));
    return Optional.of(r.establishments().get(0));
  }

  Optional<ScreeningResult> assessmentResult() {
    if (assessment == null) {
      return Optional.empty();
    }
    return Optional.of(ScreeningResults.read(assessment.details().assessment().results()
        .getBytes(StandardCharsets.UTF_8)));
  }

  Optional<HumanDecision> humanDecision() {
    if (decision == null) {
      return Optional.empty();
    }
    return Optional.of(HumanDecision.parse(decision.details().decision().record().getBytes(StandardCharsets.UTF_8)));
  }

  /** Whether a score-viewed event by the actor follows the latest risk assessment. */
  boolean scoreViewedBy(String actor) {
    if (assessment == null) {
      return false;
    }
    return events.stream().anyMatch(e -> e.type() == EventType.SCORE_VIEWED && e.seq() > assessment.seq()
        && e.actor().equals(actor));
  }
}
