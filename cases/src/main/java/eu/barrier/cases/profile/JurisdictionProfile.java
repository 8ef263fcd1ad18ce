package eu.barrier.cases.profile;

import eu.barrier.cases.Access;
import eu.barrier.cases.Artefact;
import eu.barrier.cases.CaseError;
import eu.barrier.cases.CaseException;
import eu.barrier.cases.EventType;
import eu.barrier.cases.Role;
import eu.barrier.core.json.BarrierJson;
import eu.barrier.core.json.JsonLimits;
import eu.barrier.core.validation.Boundary;
import eu.barrier.core.validation.BoundaryResult;
import eu.barrier.screening.decision.DecisionFrame;
import eu.barrier.screening.decision.DecisionOutcome;
import eu.barrier.screening.decision.EvidenceStatus;
import eu.barrier.screening.decision.LegalGround;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A jurisdiction profile: the legal frame of a screening case as data, every part with its source
 * and evidence status. It sets the outcomes open to the decision maker (through the screening's
 * {@link DecisionFrame}: one source of allowed outcomes), the grounds an adverse decision cites,
 * the advisory body and register, the trigger kind, the legal clocks, the closed list of legal
 * bases, who may record which event, and the need-to-know matrix.
 *
 * <p>Built-in profiles: {@code be-2024} (the Belgian municipal integrity investigation of the law
 * of 15 January 2024) and {@code nl-bibob} (the Dutch Wet Bibob). Only verified points are in force
 * by default. Deadlines, outcomes, grounds and legal bases that rest on recollection stay unset or
 * off until a municipality configures them with its own source ({@link #withDeadline}, {@link
 * #withOutcome}, {@link #withGround}, {@link #withBasis}); a configured profile is a new value with
 * its own {@link #sha256()}, and every case records the profile it was opened under. Immutable and
 * thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class JurisdictionProfile {

  /** The format tag of the stored form. */
  public static final String FORMAT = "barrier.case-profile/1";

  /** The ids of the built-in profiles. */
  public static final List<String> BUILT_IN = List.of("be-2024", "nl-bibob");

  /** The largest profile document read, in bytes. */
  public static final int MAX_BYTES = 256 * 1024;

  private static final BarrierJson JSON = BarrierJson.create(JsonLimits.defaults().withMaxDocumentBytes(MAX_BYTES)
      .withMaxNestingDepth(8));
  private static final Boundary BOUNDARY = Boundary.create(JSON);

  private final ProfileDocument doc;
  private final DecisionFrame frame;
  private final ZoneId zone;
  private final Map<String, Ground> grounds = new LinkedHashMap<>();
  private final Map<String, DeadlineRule> deadlines = new LinkedHashMap<>();
  private final Map<String, LegalBasis> bases = new LinkedHashMap<>();
  private final Map<EventType, Recording> recording = new EnumMap<>(EventType.class);
  private final Map<Artefact, Map<Role, Cell>> matrix = new EnumMap<>(Artefact.class);
  private final byte[] json;

  private JurisdictionProfile(ProfileDocument doc) {
    this.doc = doc;
    LegalGround ground;
    try {
      ground = LegalGround.fromId(doc.legalGround());
      zone = ZoneId.of(doc.zone());
    } catch (IllegalArgumentException | DateTimeException e) {
      throw inconsistent(e instanceof DateTimeException ? "/zone" : "/legalGround");
    }
    DecisionFrame f = DecisionFrame.of(ground);
    for (DecisionOutcome o : doc.enabledUnverifiedOutcomes()) {
      try {
        f = f.enable(o);
      } catch (IllegalArgumentException e) {
        throw new CaseException(CaseError.PROFILE_CONFIGURATION, "/enabledUnverifiedOutcomes");
      }
    }
    frame = f;
    for (ProfileDocument.GroundDoc g : doc.grounds()) {
      boolean on = g.status().inForceByDefault() || doc.enabledUnverifiedGrounds().contains(g.id());
      if (grounds.put(g.id(), new Ground(g.id(), g.title(), g.source(), g.status(), on)) != null) {
        throw inconsistent("/grounds");
      }
    }
    enabledUnverified(doc.enabledUnverifiedGrounds(), grounds.keySet(),
        id -> grounds.get(id).status(), "/enabledUnverifiedGrounds");
    for (ProfileDocument.BasisDoc b : doc.bases()) {
      boolean on = b.status().inForceByDefault() || doc.enabledUnverifiedBases().contains(b.id());
      if (bases.put(b.id(), new LegalBasis(b.id(), b.citation(), b.status(), on, Set.copyOf(b.disclosureTo()))) != null) {
        throw inconsistent("/bases");
      }
      for (Role r : b.disclosureTo()) {
        if (r.insideMunicipality()) {
          throw inconsistent("/bases/disclosureTo");
        }
      }
    }
    enabledUnverified(doc.enabledUnverifiedBases(), bases.keySet(), id -> bases.get(id).status(),
        "/enabledUnverifiedBases");
    for (ProfileDocument.DeadlineDoc d : doc.deadlines()) {
      if (deadlines.put(d.id(), deadline(d)) != null) {
        throw inconsistent("/deadlines");
      }
    }
    for (ProfileDocument.RecordingDoc r : doc.recording()) {
      if (r.basis() != null && (!bases.containsKey(r.basis()) || !bases.get(r.basis()).on())) {
        throw inconsistent("/recording/" + r.event().id());
      }
      if (recording.put(r.event(), new Recording(r.event(), Set.copyOf(r.recordedBy()),
          Optional.ofNullable(r.basis()))) != null) {
        throw inconsistent("/recording");
      }
    }
    for (EventType t : EventType.values()) {
      boolean expected = t != EventType.REGISTER_NOTIFIED || doc.register() != null;
      if (recording.containsKey(t) != expected) {
        throw inconsistent("/recording/" + t.id());
      }
    }
    for (ProfileDocument.MatrixRowDoc row : doc.matrix()) {
      Map<Role, Cell> cells = new EnumMap<>(Role.class);
      for (Role r : Role.values()) {
        Access a = row.cells().get(r);
        if (a == null) {
          throw inconsistent("/matrix/" + row.artefact().id() + "/" + r.id());
        }
        cells.put(r, new Cell(a, Optional.ofNullable(row.conditions().get(r)), Optional.ofNullable(row.notes().get(r))));
      }
      if (!row.cells().keySet().containsAll(row.conditions().keySet())
          || !row.cells().keySet().containsAll(row.notes().keySet())
          || matrix.put(row.artefact(), Map.copyOf(cells)) != null) {
        throw inconsistent("/matrix/" + row.artefact().id());
      }
    }
    if (matrix.size() != Artefact.values().length) {
      throw inconsistent("/matrix");
    }
    json = JSON.write(doc);
  }

  private static void enabledUnverified(List<String> enabled, Set<String> known,
      java.util.function.Function<String, EvidenceStatus> status, String where) {
    for (String id : enabled) {
      if (!known.contains(id) || status.apply(id).inForceByDefault()) {
        throw new CaseException(CaseError.PROFILE_CONFIGURATION, where);
      }
    }
    if (new HashSet<>(enabled).size() != enabled.size()) {
      throw new CaseException(CaseError.PROFILE_CONFIGURATION, where);
    }
  }

  private static DeadlineRule deadline(ProfileDocument.DeadlineDoc d) {
    String where = "/deadlines/" + d.id();
    Optional<Period> period = Optional.ofNullable(d.period()).map(Period::parse);
    Optional<Period> extension = Optional.ofNullable(d.extension()).map(Period::parse);
    if (extension.isPresent() != (d.extendedBy() != null)) {
      throw inconsistent(where + "/extendedBy");
    }
    if ((period.isPresent() || extension.isPresent()) && !d.status().inForceByDefault() && d.configuredBy() == null) {
      throw new CaseException(CaseError.PROFILE_CONFIGURATION, where + "/period");
    }
    if (d.configuredBy() != null && period.isEmpty()) {
      throw new CaseException(CaseError.PROFILE_CONFIGURATION, where + "/configuredBy");
    }
    List<Suspension> suspensions = new ArrayList<>();
    for (ProfileDocument.SuspensionDoc s : d.suspensions() == null ? List.<ProfileDocument.SuspensionDoc>of()
        : d.suspensions()) {
      suspensions.add(new Suspension(s.from(), s.until(), Optional.ofNullable(s.max()).map(Period::parse)));
    }
    return new DeadlineRule(d.id(), d.title(), Set.copyOf(d.startedBy()), Set.copyOf(d.endedBy()), period, extension,
        Optional.ofNullable(d.extendedBy()), suspensions, d.source(), d.status(), Optional.ofNullable(d.configuredBy()));
  }

  private static CaseException inconsistent(String where) {
    return new CaseException(CaseError.PROFILE_INCONSISTENT, where);
  }

  // ---- reading ----

  /**
   * Returns a built-in profile.
   *
   * @param id {@code be-2024} or {@code nl-bibob}
   * @return the profile
   * @throws CaseException with {@link CaseError#PROFILE_UNKNOWN} for any other id
   */
  public static JurisdictionProfile builtIn(String id) {
    Objects.requireNonNull(id, "id");
    if (!BUILT_IN.contains(id)) {
      throw new CaseException(CaseError.PROFILE_UNKNOWN, "id");
    }
    try (InputStream in = JurisdictionProfile.class.getResourceAsStream(id + ".json")) {
      if (in == null) {
        throw new IllegalStateException("built-in profile resource is missing");
      }
      return read(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a profile document: a built-in profile's JSON, or a municipality's configured copy.
   *
   * @param json the document, at most {@link #MAX_BYTES}
   * @return the profile
   * @throws CaseException with {@link CaseError#PROFILE_MALFORMED}, {@link
   *     CaseError#PROFILE_INCONSISTENT} or {@link CaseError#PROFILE_CONFIGURATION}; never another
   *     failure for any input
   */
  public static JurisdictionProfile read(byte[] json) {
    Objects.requireNonNull(json, "json");
    BoundaryResult<ProfileDocument> parsed = BOUNDARY.parse(json, ProfileDocument.class);
    if (!parsed.isValid()) {
      String path = parsed.violations().get(0).path();
      throw new CaseException(CaseError.PROFILE_MALFORMED, path.isEmpty() ? "/" : path);
    }
    return new JurisdictionProfile(parsed.value());
  }

  /**
   * Returns the stored form: compact JSON, the same bytes for the same profile.
   *
   * @return a copy of the UTF-8 bytes
   */
  public byte[] toJson() {
    return json.clone();
  }

  /**
   * Returns the SHA-256 of {@link #toJson()}: what a case records of the profile it was opened under.
   *
   * @return 64 lower-case hexadecimal digits
   */
  public String sha256() {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required on every Java platform", e);
    }
  }

  // ---- configuring ----

  /**
   * Returns this profile with a deadline's period set by the municipality, for example the views
   * period of its own policy rule or the decision term of its permit regime.
   *
   * @param id the deadline id
   * @param period the period, positive
   * @param source the municipality's source for it
   * @return a new profile
   * @throws CaseException with {@link CaseError#PROFILE_CONFIGURATION} if the profile has no such
   *     deadline, the period is not positive or the source is blank
   */
  public JurisdictionProfile withDeadline(String id, Period period, String source) {
    Objects.requireNonNull(period, "period");
    if (!deadlines.containsKey(id) || period.isNegative() || period.isZero() || source == null || source.isBlank()
        || source.length() > ProfileDocument.TEXT) {
      throw new CaseException(CaseError.PROFILE_CONFIGURATION, "deadline");
    }
    List<ProfileDocument.DeadlineDoc> list = new ArrayList<>();
    for (ProfileDocument.DeadlineDoc d : doc.deadlines()) {
      list.add(!d.id().equals(id) ? d : new ProfileDocument.DeadlineDoc(d.id(), d.title(), d.startedBy(), d.endedBy(),
          period.toString(), d.extension(), d.extendedBy(), d.suspensions(), d.source(), d.status(), source));
    }
    return configured(doc.enabledUnverifiedOutcomes(), doc.enabledUnverifiedGrounds(), doc.enabledUnverifiedBases(),
        list);
  }

  /**
   * Returns this profile with an unverified outcome of its legal ground turned on.
   *
   * @param outcome the outcome
   * @return a new profile
   * @throws CaseException with {@link CaseError#PROFILE_CONFIGURATION} if the ground does not know
   *     the outcome as unverified
   */
  public JurisdictionProfile withOutcome(DecisionOutcome outcome) {
    List<DecisionOutcome> list = new ArrayList<>(doc.enabledUnverifiedOutcomes());
    if (!list.contains(outcome)) {
      list.add(Objects.requireNonNull(outcome, "outcome"));
    }
    return configured(list, doc.enabledUnverifiedGrounds(), doc.enabledUnverifiedBases(), doc.deadlines());
  }

  /**
   * Returns this profile with an unverified ground turned on.
   *
   * @param id the ground id
   * @return a new profile
   * @throws CaseException with {@link CaseError#PROFILE_CONFIGURATION} if the profile has no such
   *     unverified ground
   */
  public JurisdictionProfile withGround(String id) {
    return configured(doc.enabledUnverifiedOutcomes(), adding(doc.enabledUnverifiedGrounds(), id),
        doc.enabledUnverifiedBases(), doc.deadlines());
  }

  /**
   * Returns this profile with an unverified legal basis turned on.
   *
   * @param id the basis id
   * @return a new profile
   * @throws CaseException with {@link CaseError#PROFILE_CONFIGURATION} if the profile has no such
   *     unverified basis
   */
  public JurisdictionProfile withBasis(String id) {
    return configured(doc.enabledUnverifiedOutcomes(), doc.enabledUnverifiedGrounds(),
        adding(doc.enabledUnverifiedBases(), id), doc.deadlines());
  }

  private static List<String> adding(List<String> list, String id) {
    List<String> copy = new ArrayList<>(list);
    if (!copy.contains(Objects.requireNonNull(id, "id"))) {
      copy.add(id);
    }
    return copy;
  }

  private JurisdictionProfile configured(List<DecisionOutcome> outcomes, List<String> groundIds, List<String> basisIds,
      List<ProfileDocument.DeadlineDoc> deadlineDocs) {
    return new JurisdictionProfile(new ProfileDocument(doc.format(), doc.id(), doc.version(), doc.jurisdiction(),
        doc.zone(), doc.title(), doc.legalGround(), List.copyOf(outcomes), List.copyOf(groundIds), List.copyOf(basisIds),
        doc.trigger(), doc.advisoryBody(), doc.register(), doc.grounds(), List.copyOf(deadlineDocs), doc.bases(),
        doc.recording(), doc.matrixSource(), doc.matrix()));
  }

  // ---- reading the profile ----

  /**
   * Returns the id.
   *
   * @return for example {@code nl-bibob}
   */
  public String id() {
    return doc.id();
  }

  /**
   * Returns the version of the profile's data.
   *
   * @return for example {@code 1.0.0}
   */
  public String version() {
    return doc.version();
  }

  /**
   * Returns the jurisdiction.
   *
   * @return {@code BE} or {@code NL}
   */
  public String jurisdiction() {
    return doc.jurisdiction();
  }

  /**
   * Returns the time zone in which event dates and deadlines are counted.
   *
   * @return for example {@code Europe/Brussels}
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Returns the title.
   *
   * @return the title
   */
  public String title() {
    return doc.title();
  }

  /**
   * Returns the outcomes open to the decision maker: the legal ground's verified outcomes and the
   * unverified ones this profile turned on.
   *
   * @return the frame
   */
  public DecisionFrame frame() {
    return frame;
  }

  /**
   * Returns how cases start.
   *
   * @return the trigger rule
   */
  public TriggerRule trigger() {
    ProfileDocument.TriggerDoc t = doc.trigger();
    return new TriggerRule(t.kind(), t.source(), t.status());
  }

  /**
   * Returns the advisory body.
   *
   * @return the body
   */
  public Body advisoryBody() {
    return body(doc.advisoryBody());
  }

  /**
   * Returns the register that negative measures are notified to.
   *
   * @return the register, or empty (no central register in the Netherlands)
   */
  public Optional<Body> register() {
    return Optional.ofNullable(doc.register()).map(JurisdictionProfile::body);
  }

  private static Body body(ProfileDocument.BodyDoc b) {
    return new Body(b.id(), b.name(), b.source(), b.status());
  }

  /**
   * Returns the grounds an adverse decision can cite, in profile order.
   *
   * @return an unmodifiable list
   */
  public List<Ground> grounds() {
    return List.copyOf(grounds.values());
  }

  /**
   * Returns a ground.
   *
   * @param id the id
   * @return the ground, or empty
   */
  public Optional<Ground> ground(String id) {
    return Optional.ofNullable(grounds.get(id));
  }

  /**
   * Returns the legal clocks, in profile order.
   *
   * @return an unmodifiable list
   */
  public List<DeadlineRule> deadlines() {
    return List.copyOf(deadlines.values());
  }

  /**
   * Returns a deadline.
   *
   * @param id the id
   * @return the deadline, or empty
   */
  public Optional<DeadlineRule> deadline(String id) {
    return Optional.ofNullable(deadlines.get(id));
  }

  /**
   * Returns the closed list of legal bases, in profile order.
   *
   * @return an unmodifiable list
   */
  public List<LegalBasis> bases() {
    return List.copyOf(bases.values());
  }

  /**
   * Returns a legal basis of the closed list.
   *
   * @param id the id
   * @return the basis, or empty
   */
  public Optional<LegalBasis> basis(String id) {
    return Optional.ofNullable(bases.get(id));
  }

  /**
   * Returns who may record an event, and its default basis.
   *
   * @param event the event
   * @return the recording rule, or empty if the profile does not have the event (the register
   *     notification without a register)
   */
  public Optional<Recording> recording(EventType event) {
    return Optional.ofNullable(recording.get(event));
  }

  /**
   * Returns a cell of the need-to-know matrix.
   *
   * @param artefact the artefact
   * @param role the role
   * @return the cell
   */
  public Cell cell(Artefact artefact, Role role) {
    return matrix.get(Objects.requireNonNull(artefact, "artefact")).get(Objects.requireNonNull(role, "role"));
  }

  /**
   * Returns what a role sees of an artefact.
   *
   * @param artefact the artefact
   * @param role the role
   * @return the access
   */
  public Access access(Artefact artefact, Role role) {
    return cell(artefact, role).access();
  }

  /**
   * Returns the source of the matrix.
   *
   * @return the source, with its status
   */
  public String matrixSource() {
    return doc.matrixSource();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JurisdictionProfile && java.util.Arrays.equals(((JurisdictionProfile) o).json, json);
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(json);
  }

  /**
   * Returns the id and version.
   *
   * @return for example {@code JurisdictionProfile[nl-bibob 1.0.0]}
   */
  @Override
  public String toString() {
    return "JurisdictionProfile[" + doc.id() + " " + doc.version() + "]";
  }
}
