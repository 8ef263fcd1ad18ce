package eu.barrier.cases.procedure;

import eu.barrier.cases.Access;
import eu.barrier.cases.Artefact;
import eu.barrier.cases.CaseError;
import eu.barrier.cases.CaseException;
import eu.barrier.cases.EventType;
import eu.barrier.cases.Role;
import eu.barrier.cases.Trigger;
import eu.barrier.cases.profile.Cell;
import eu.barrier.cases.profile.Condition;
import eu.barrier.cases.profile.JurisdictionProfile;
import eu.barrier.cases.profile.TriggerKind;
import eu.barrier.cases.store.CaseStore;
import eu.barrier.cases.store.ChainFault;
import eu.barrier.cases.store.ChainVerification;
import eu.barrier.cases.store.EventChain;
import eu.barrier.cases.store.NewEvent;
import eu.barrier.cases.store.StoredCase;
import eu.barrier.cases.store.StoredEvent;
import eu.barrier.indicators.scoring.Outcome;
import eu.barrier.screening.decision.HumanDecision;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apiguardian.api.API;

/**
 * Screening cases as library API: open a case under a {@link JurisdictionProfile}, record its
 * events, read it as a role, compute its legal clocks, verify its hash chain, and monitor how
 * decisions agree with the score. The library records and checks; the decision is a person's.
 *
 * <p><b>Recording.</b> {@link #record(String, EventInput)} checks the event against the profile
 * (who may record it, its legal basis from the closed list, the fields it takes) and the case (the
 * transitions of {@code docs/cases.md}: no advice before it was requested, no adverse decision
 * without an intention and a hearing, no decision while an advice is awaited, …), builds the
 * decision record of a {@code decision-taken} event through the screening's {@link HumanDecision}
 * rules, and appends it to the store under an optimistic version check. A concurrent writer on the
 * same case makes it check again on the new state, up to {@link #ATTEMPTS} times.
 *
 * <p><b>Reading.</b> {@link #read(String, Reader)} names the reader's role and returns only that
 * role's cells (deny by default); a read by a role outside the municipality is a disclosure with a
 * legal basis and writes a {@code disclosure-made} event. Every load verifies the case's hash chain
 * first: a case with an edited event is not read or written ({@code CHAIN_BROKEN}).
 *
 * <p>Thread-safe when the store is ({@link eu.barrier.cases.store.JdbcCaseStore} is).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class CaseFiles {

  /** How often a write is checked again after a concurrent change. */
  public static final int ATTEMPTS = 64;

  private final CaseStore store;
  private final Clock clock;

  private CaseFiles(CaseStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * Creates the API on a store.
   *
   * @param store the store; the caller closes it
   * @param clock the clock of record times, and of "today" for event days
   * @return the API
   */
  public static CaseFiles create(CaseStore store, Clock clock) {
    return new CaseFiles(Objects.requireNonNull(store, "store"), Objects.requireNonNull(clock, "clock"));
  }

  // ---- opening and recording ----

  /**
   * Opens a case with a new random id.
   *
   * @param profile the profile, as configured by the municipality
   * @param establishment the establishment's subject key, for example {@code be-establishment:2999000171}
   * @param trigger what started the case
   * @param opening the case-opened event: actor and role, and optionally its day, basis, reference
   *     (the ordinance or policy rule) and text
   * @return the case id
   * @throws CaseException if the opening breaks a rule
   */
  public String open(JurisdictionProfile profile, String establishment, Trigger trigger, EventInput opening) {
    return open("case-" + UUID.randomUUID(), profile, establishment, trigger, opening);
  }

  /**
   * Opens a case with a given id, for example the permit system's own file number.
   *
   * @param caseId the id: 1 to 64 characters of {@code A-Z a-z 0-9 . _ -}
   * @param profile the profile
   * @param establishment the establishment's subject key
   * @param trigger what started the case; {@code scope} only under a profile whose trigger is
   *     mandatory by scope
   * @param opening the case-opened event
   * @return the case id
   * @throws CaseException with {@link CaseError#CASE_EXISTS} if the id is taken, or the code of
   *     the rule broken
   */
  public String open(String caseId, JurisdictionProfile profile, String establishment, Trigger trigger,
      EventInput opening) {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(opening, "opening");
    if (caseId == null || !caseId.matches("[A-Za-z0-9._-]{1,64}")) {
      throw new CaseException(CaseError.EVENT_INPUT, "case id");
    }
    if (establishment == null || !establishment.matches("[A-Za-z0-9._:-]{1,128}")) {
      throw new CaseException(CaseError.EVENT_INPUT, "establishment");
    }
    if (opening.type != EventType.CASE_OPENED) {
      throw new CaseException(CaseError.EVENT_INPUT, "opening");
    }
    if (trigger == Trigger.SCOPE && profile.trigger().kind() != TriggerKind.MANDATORY_BY_SCOPE) {
      throw new CaseException(CaseError.EVENT_INPUT, "trigger");
    }
    opening.establishment = establishment;
    opening.trigger = trigger;
    opening.profileSha256 = profile.sha256();
    CaseRecord empty = CaseRecord.empty(caseId, profile);
    Procedure.Prepared p = Procedure.prepare(empty, opening, clock.instant());
    store.create(caseId, profile.id(), profile.version(), new String(profile.toJson(), StandardCharsets.UTF_8),
        newEvent(p));
    return caseId;
  }

  /**
   * Records an event on a case.
   *
   * @param caseId the case
   * @param input the event
   * @return the event as recorded
   * @throws CaseException with the code of the rule broken, {@link CaseError#CASE_UNKNOWN}, {@link
   *     CaseError#CHAIN_BROKEN}, or {@link CaseError#CONCURRENT_CHANGE} after {@link #ATTEMPTS}
   * @throws eu.barrier.screening.ScreeningException for a decision that breaks a rule of the
   *     decision record ({@code BARRIER-SCR-03xx})
   */
  public CaseEvent record(String caseId, EventInput input) {
    Objects.requireNonNull(input, "input");
    if (input.type == EventType.CASE_OPENED) {
      throw new CaseException(CaseError.TRANSITION, input.type.id());
    }
    for (int attempt = 1; ; attempt++) {
      CaseRecord c = load(caseId);
      Procedure.Prepared p = Procedure.prepare(c, input, clock.instant());
      try {
        return CaseRecord.event(store.append(caseId, c.version(), newEvent(p)));
      } catch (CaseException e) {
        retryOrThrow(e, attempt);
      }
    }
  }

  /** Rethrows anything but a lost race; after a lost race, waits a random while that grows with the attempts. */
  private static void retryOrThrow(CaseException e, int attempt) {
    if (e.error() != CaseError.CONCURRENT_CHANGE || attempt >= ATTEMPTS) {
      throw e;
    }
    try {
      Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(1, 2L << Math.min(attempt, 5)));
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw e;
    }
  }

  private static NewEvent newEvent(Procedure.Prepared p) {
    return new NewEvent(p.type(), p.actor(), p.role(), p.on(), p.at(), p.basis(), p.json());
  }

  // ---- reading ----

  /**
   * Reads a case as a role: only the role's cells of the need-to-know matrix (deny by default).
   * Reading as a role outside the municipality is a disclosure: it needs a {@link
   * Reader#disclosure} with a legal basis that allows it for that role, and writes a {@code
   * disclosure-made} event naming what was shown. A named reader inside the municipality who is
   * shown the risk score writes a {@code score-viewed} event.
   *
   * @param caseId the case
   * @param reader the reader
   * @return the view
   * @throws CaseException with {@link CaseError#DISCLOSURE_BASIS} for a role outside the
   *     municipality without a basis that allows it, {@link CaseError#CASE_UNKNOWN} or {@link
   *     CaseError#CHAIN_BROKEN}
   */
  public CaseView read(String caseId, Reader reader) {
    Objects.requireNonNull(reader, "reader");
    for (int attempt = 1; ; attempt++) {
      CaseRecord c = load(caseId);
      CaseView view = view(c, reader.role);
      try {
        return recordRead(c, reader, view);
      } catch (CaseException e) {
        retryOrThrow(e, attempt);
      }
    }
  }

  private CaseView recordRead(CaseRecord c, Reader reader, CaseView view) {
    if (!reader.role.insideMunicipality()) {
      if (reader.basis == null) {
        throw new CaseException(CaseError.DISCLOSURE_BASIS, reader.role.id());
      }
      if (view.events().isEmpty()) {
        return view;
      }
      EventInput disclosure = EventInput.of(EventType.DISCLOSURE_MADE, reader.actor, reader.actorRole)
          .recipient(reader.role).basis(reader.basis);
      Set<Artefact> artefacts = EnumSet.noneOf(Artefact.class);
      List<Long> seqs = new ArrayList<>();
      for (VisibleEvent v : view.events()) {
        artefacts.add(v.type().artefact());
        seqs.add(v.seq());
      }
      disclosure.artefacts = List.copyOf(artefacts);
      disclosure.disclosed = seqs;
      Procedure.Prepared p = Procedure.prepare(c, disclosure, clock.instant());
      StoredEvent stored = store.append(c.id, c.version(), newEvent(p));
      return new CaseView(view.caseId(), view.profileId(), view.profileVersion(), view.state(), view.reader(),
          view.establishment(), view.events(), view.deadlines(), Optional.of(stored.seq()));
    }
    if (reader.basis != null) {
      throw new CaseException(CaseError.DISCLOSURE_BASIS, reader.role.id());
    }
    boolean scoreShown = view.events().stream().anyMatch(v -> v.type() == EventType.RISK_ASSESSED
        && v.access().showsContent());
    if (reader.actor != null && scoreShown && c.assessment != null && !c.scoreViewedBy(reader.actor)
        && c.profile.recording(EventType.SCORE_VIEWED).orElseThrow().recordedBy().contains(reader.role)) {
      Procedure.Prepared p = Procedure.prepare(c, EventInput.of(EventType.SCORE_VIEWED, reader.actor, reader.role),
          clock.instant());
      store.append(c.id, c.version(), newEvent(p));
    }
    return view;
  }

  /** Builds the view of a role: its cells only. */
  static CaseView view(CaseRecord c, Role role) {
    boolean adviceRequested = c.has(EventType.ADVICE_REQUESTED);
    List<VisibleEvent> visible = new ArrayList<>();
    for (CaseEvent e : c.events) {
      Access access = access(c.profile.cell(e.type().artefact(), role), adviceRequested);
      if (access == Access.NONE) {
        continue;
      }
      EventDetails d = e.details();
      boolean decisionArtefact = e.type().artefact() == Artefact.DECISION;
      Optional<eu.barrier.screening.decision.DecisionOutcome> outcome = decisionArtefact
          ? Optional.ofNullable(d.outcome()) : Optional.empty();
      if (access.showsContent()) {
        visible.add(new VisibleEvent(e.seq(), e.type(), e.occurredOn(), access, outcome, Optional.of(e.actor()),
            Optional.of(e.role()), Optional.of(e.basis()), Optional.of(d)));
      } else {
        visible.add(new VisibleEvent(e.seq(), e.type(), e.occurredOn(), access, outcome, Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty()));
      }
    }
    boolean seesApplication = access(c.profile.cell(Artefact.APPLICATION, role), adviceRequested) != Access.NONE;
    return new CaseView(c.id, c.profile.id(), c.profile.version(), c.state, role,
        seesApplication ? Optional.of(c.establishment) : Optional.empty(), visible,
        role.insideMunicipality() ? Clocks.of(c) : List.of(), Optional.empty());
  }

  private static Access access(Cell cell, boolean adviceRequested) {
    if (cell.condition().orElse(null) == Condition.IF_ADVICE_REQUESTED && !adviceRequested) {
      return Access.NONE;
    }
    return cell.access();
  }

  // ---- clocks ----

  /**
   * Returns every legal clock of a case. Clocks hold no personal data.
   *
   * @param caseId the case
   * @return the clocks, in profile order
   */
  public List<Deadline> clocks(String caseId) {
    return Clocks.of(load(caseId));
  }

  /**
   * Returns what is due by a day over all cases: every running clock whose due day is on or before
   * it, earliest first. Clocks that are unset, suspended, met or moot are not due.
   *
   * @param asOf the day
   * @return the deadlines due, by due day, then case id
   */
  public List<Deadline> due(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    List<Deadline> due = new ArrayList<>();
    for (String id : store.caseIds()) {
      for (Deadline d : Clocks.of(load(id))) {
        if (d.status() == Deadline.Status.RUNNING && !d.dueOn().orElseThrow().isAfter(asOf)) {
          due.add(d);
        }
      }
    }
    due.sort(Comparator.comparing((Deadline d) -> d.dueOn().orElseThrow()).thenComparing(Deadline::caseId)
        .thenComparing(Deadline::id));
    return due;
  }

  // ---- monitoring ----

  /**
   * Returns how the decisions of every case agree with the score band of their assessment.
   *
   * @return the report
   */
  public AgreementReport agreement() {
    Map<Outcome, long[]> counts = new EnumMap<>(Outcome.class);
    for (Outcome o : List.of(Outcome.HIGH, Outcome.MEDIUM, Outcome.LOW, Outcome.NONE)) {
      counts.put(o, new long[2]);
    }
    long without = 0;
    long notOnMerits = 0;
    for (String id : store.caseIds()) {
      Optional<HumanDecision> d = load(id).humanDecision();
      if (d.isEmpty()) {
        continue;
      }
      if (!d.get().outcome().isOnTheMerits()) {
        notOnMerits++;
      } else if (!d.get().hasAssessment()) {
        without++;
      } else {
        counts.computeIfAbsent(d.get().signalLevel(), k -> new long[2])[d.get().agreesWithSignal() ? 0 : 1]++;
      }
    }
    Map<Outcome, AgreementReport.Band> bands = new EnumMap<>(Outcome.class);
    counts.forEach((k, v) -> bands.put(k, new AgreementReport.Band(v[0], v[1])));
    return new AgreementReport(bands, without, notOnMerits);
  }

  // ---- verifying ----

  /**
   * Verifies every case: its hash chain, its head, and its opening under the stored profile.
   *
   * @return one verification per case, by case id
   */
  public List<ChainVerification> verify() {
    List<ChainVerification> out = new ArrayList<>();
    for (String id : store.caseIds()) {
      out.add(verify(id));
    }
    return out;
  }

  /**
   * Verifies one case.
   *
   * @param caseId the case
   * @return the verification
   * @throws CaseException with {@link CaseError#CASE_UNKNOWN}
   */
  public ChainVerification verify(String caseId) {
    return verify(stored(caseId));
  }

  private static ChainVerification verify(StoredCase s) {
    ChainVerification chain = EventChain.verify(s);
    if (!chain.isIntact()) {
      return chain;
    }
    ChainVerification opening = new ChainVerification(s.header().caseId(), chain.events(),
        Optional.of(ChainFault.OPENING), Optional.of(1L));
    if (s.events().isEmpty() || !s.events().get(0).type().equals(EventType.CASE_OPENED.id())) {
      return opening;
    }
    try {
      CaseEvent first = CaseRecord.event(s.events().get(0));
      JurisdictionProfile profile = CaseRecord.profile(s.header().profileDocument());
      if (!sha256(s.header().profileDocument()).equals(first.details().profileSha256())
          || !profile.id().equals(s.header().profileId()) || !profile.version().equals(s.header().profileVersion())) {
        return opening;
      }
    } catch (CaseException e) {
      return opening;
    }
    return chain;
  }

  private StoredCase stored(String caseId) {
    Objects.requireNonNull(caseId, "caseId");
    return store.load(caseId).orElseThrow(() -> new CaseException(CaseError.CASE_UNKNOWN, "case id"));
  }

  /** Loads a case, verified. */
  CaseRecord load(String caseId) {
    StoredCase s = stored(caseId);
    ChainVerification v = verify(s);
    if (!v.isIntact()) {
      throw new CaseException(CaseError.CHAIN_BROKEN, "event " + v.seq().orElse(0L));
    }
    return CaseRecord.of(s);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required on every Java platform", e);
    }
  }

  /**
   * Returns a description without data.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "CaseFiles[" + store + "]";
  }
}
