package eu.barrier.screening.picture;

import eu.barrier.core.id.IdentifierType;
import eu.barrier.core.observation.Agency;
import eu.barrier.indicators.catalogue.Catalogue;
import eu.barrier.indicators.catalogue.Catalogues;
import eu.barrier.indicators.catalogue.Category;
import eu.barrier.indicators.catalogue.Indicator;
import eu.barrier.indicators.catalogue.SemanticVersion;
import eu.barrier.indicators.scoring.Outcome;
import eu.barrier.privacy.audit.AuditAction;
import eu.barrier.privacy.audit.AuditEvent;
import eu.barrier.privacy.audit.AuditLog;
import eu.barrier.privacy.envelope.EnvelopeHeader;
import eu.barrier.privacy.envelope.EnvelopeVerificationException;
import eu.barrier.privacy.envelope.Envelopes;
import eu.barrier.privacy.envelope.OpenedEnvelope;
import eu.barrier.privacy.envelope.Tlp;
import eu.barrier.privacy.exchange.InformationAnswer;
import eu.barrier.privacy.exchange.InformationResponse;
import eu.barrier.privacy.exchange.ObservedIndicator;
import eu.barrier.privacy.exchange.PseudonymousSubject;
import eu.barrier.privacy.exchange.SignalReport;
import eu.barrier.privacy.key.PartyKeys;
import eu.barrier.privacy.key.PartyPublicKeys;
import eu.barrier.screening.ScreeningError;
import eu.barrier.screening.ScreeningException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * Builds the ARIEC's {@link Picture} from a {@link MessageStore} of sealed messages.
 *
 * <p>For each stored message, in name order: open it with every envelope check ({@link
 * Envelopes#open}: addressed to this party, a trusted sender, not expired, not tampered, a valid
 * message of its type, not a second copy of a message already read); a message that fails is
 * listed in {@link Picture#notUsed()} with the check's code and never used. An opened message
 * whose retain-until date is before the picture's date is left out, removed from the store and
 * listed in {@link Picture#removed()}. Then only signal reports and information responses of the
 * picture's purposes are used; child-protection reports never are.
 *
 * <p>Subjects are linked by identifier type and pseudonym; a subject's rotation aliases (its
 * pseudonyms under the still-recognised earlier keys of a shared key set, sent during the rotation
 * overlap) link those pseudonyms into one entity, with the reports that linked them in {@link
 * Entity#rotationLinks()}; subjects named in one report are tied; ties make connected groups. With an {@link AuditLog}, every open and reject is logged by the
 * envelope layer, each removal as {@link AuditAction#PURGE} and the picture as {@link
 * AuditAction#COMPILE}; entries hold ids, counts and codes, never pseudonyms or content.
 *
 * <p>Limits: a store of at most {@link MessageStore#MAX_MESSAGES} messages of at most {@link
 * MessageStore#MAX_MESSAGE_BYTES} bytes each; messages are read one at a time, only what the
 * picture keeps stays in memory. Not thread-safe; build one per thread.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class PictureCompiler {

  private final PartyKeys recipient;
  private final List<PartyPublicKeys> trusted;
  private final Clock clock;
  private final Optional<LocalDate> asOf;
  private final Set<String> purposes;
  private final AuditLog auditLog;

  private PictureCompiler(Builder b) {
    this.recipient = b.recipient;
    this.trusted = b.trusted;
    this.clock = b.clock;
    this.asOf = b.asOf;
    this.purposes = Set.copyOf(b.purposes);
    this.auditLog = b.auditLog;
  }

  /**
   * Starts a compiler for a recipient.
   *
   * @param recipient the recipient's keys (the ARIEC or RIEC)
   * @param trustedSenders the public keys of the partners whose messages it accepts
   * @return a builder
   */
  public static Builder builder(PartyKeys recipient, Collection<PartyPublicKeys> trustedSenders) {
    return new Builder(recipient, trustedSenders);
  }

  /**
   * Compiles the picture of every message in a store.
   *
   * @param store the store; messages past retention are removed from it
   * @return the picture
   * @throws ScreeningException with {@link ScreeningError#PICTURE_STORE} if the store cannot be
   *     listed, read or cleaned
   * @throws eu.barrier.privacy.audit.AuditException if the audit log cannot be written
   */
  public Picture compile(MessageStore store) {
    Objects.requireNonNull(store, "store");
    LocalDate date = asOf.orElseGet(() -> LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    Envelopes.Builder eb = Envelopes.builder().clock(clock);
    if (auditLog != null) {
      eb.auditLog(auditLog);
    }
    Envelopes envelopes = eb.build();
    Accumulator acc = new Accumulator();
    for (String name : store.names()) {
      byte[] message;
      try {
        message = store.read(name);
      } catch (ScreeningException e) {
        if (e.error() != ScreeningError.PICTURE_MESSAGE_TOO_LARGE) {
          throw e;
        }
        acc.notUsed(name, ScreeningError.PICTURE_MESSAGE_TOO_LARGE);
        continue;
      }
      if (message.length > 0 && message[message.length - 1] == '\n') {
        // one final line feed (added by an editor or a transfer) is not part of the message
        message = Arrays.copyOf(message, message.length - 1);
      }
      OpenedEnvelope opened;
      try {
        opened = envelopes.open(recipient, trusted, message);
      } catch (EnvelopeVerificationException e) {
        acc.notUsed.add(new NotUsed(name, e.code(), e.reason().error().rule()));
        continue;
      }
      EnvelopeHeader h = opened.header();
      if (h.retainUntil().isBefore(date)) {
        store.remove(name);
        acc.removed.add(new Removed(name, h.messageId().toString(), h.sender().party(), h.retainUntil()));
        if (auditLog != null) {
          auditLog.append(AuditEvent.builder(AuditAction.PURGE, recipient.partyId()).purpose(h.purpose())
              .recipient(h.sender().party()).messageId(h.messageId().toString()).count(1).build());
        }
        continue;
      }
      if (!purposes.isEmpty() && !purposes.contains(h.purpose())) {
        acc.notUsed(name, ScreeningError.PICTURE_PURPOSE);
        continue;
      }
      if (h.payloadType().equals(SignalReport.TYPE)) {
        // read and validated by the envelope's checks; never read twice
        SignalReport report = opened.message(SignalReport.class).orElseThrow();
        if (report.childProtection()) {
          acc.notUsed(name, ScreeningError.PICTURE_CHILD_PROTECTION);
          continue;
        }
        acc.signalReport(h, report);
      } else if (h.payloadType().equals(InformationResponse.TYPE)) {
        acc.informationResponse(h, opened.message(InformationResponse.class).orElseThrow());
      } else {
        acc.notUsed(name, ScreeningError.PICTURE_MESSAGE_TYPE);
      }
    }
    Picture picture = acc.picture(date, recipient.partyId());
    if (auditLog != null) {
      AuditEvent.Builder b = AuditEvent.builder(AuditAction.COMPILE, recipient.partyId())
          .count(picture.sources().size()).failures(picture.notUsed().size()).reference(digest(picture.sources()));
      if (purposes.size() == 1) {
        b.purpose(purposes.iterator().next());
      }
      auditLog.append(b.build());
    }
    return picture;
  }

  /** The SHA-256 of the sorted message ids, one per line: names what went into a picture. */
  static String digest(List<Source> sources) {
    StringBuilder sb = new StringBuilder();
    sources.stream().map(Source::messageId).sorted().forEach(id -> sb.append(id).append('\n'));
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required on every Java platform", e);
    }
  }

  @Override
  public String toString() {
    return "PictureCompiler[recipient=" + recipient.partyId() + ", trusted=" + trusted.size() + ", purposes="
        + purposes + ", audit=" + (auditLog != null) + "]";
  }

  // ------------------------------------------------------------------ accumulation

  /** An entity's key while compiling: the identifier type and the pseudonym. */
  private record Key(IdentifierType type, String pseudonym) {
    @Override
    public String toString() {
      return "Key[" + type.id() + ", redacted]";
    }
  }

  /** What one entity gathers while compiling. */
  private static final class Pieces {
    final List<Signal> signals = new ArrayList<>();
    final List<Answer> answers = new ArrayList<>();
  }

  /** Everything gathered while the messages are read. */
  private static final class Accumulator {
    final List<Source> sources = new ArrayList<>();
    final List<NotUsed> notUsed = new ArrayList<>();
    final List<Removed> removed = new ArrayList<>();
    final Map<Key, Pieces> pieces = new HashMap<>();
    final Map<Key, Map<Key, SortedSet<String>>> ties = new HashMap<>();
    /** Rotation aliases: pseudonym's key, then alias's key, then the message ids that sent it. */
    final Map<Key, Map<Key, SortedSet<String>>> links = new HashMap<>();
    /** The union-find of pseudonyms linked by rotation aliases; keys without aliases are absent. */
    final Map<Key, Key> linked = new HashMap<>();
    final SortedSet<String> domains = new TreeSet<>();
    final Map<String, Optional<Catalogue>> catalogues = new HashMap<>();
    /** One instance per indicator reported: thousands of reports name the same few. */
    final Map<ObservedIndicator, ReportedIndicator> indicators = new HashMap<>();
    Tlp tlp = Tlp.CLEAR;
    final SortedSet<String> communities = new TreeSet<>();
    final SortedSet<String> statements = new TreeSet<>();
    LocalDate retainUntil;

    void notUsed(String name, ScreeningError error) {
      notUsed.add(new NotUsed(name, error.code(), error.rule()));
    }

    void used(EnvelopeHeader h, String reference) {
      sources.add(Source.of(h, reference));
      Tlp t = h.handling().tlp();
      if (t.compareTo(tlp) > 0) {
        tlp = t;
      }
      h.handling().communityName().ifPresent(communities::add);
      statements.addAll(h.handling().statements());
      if (retainUntil == null || h.retainUntil().isBefore(retainUntil)) {
        retainUntil = h.retainUntil();
      }
    }

    Key key(IdentifierType type, String pseudonym) {
      // the message's validation admits only pk1./pk2. + an 8-character key id + a tag
      // (MessagePatterns.PSEUDONYM): the key id is at 4..12, no need to decode the tag
      domains.add(pseudonym.substring(4, 12));
      return new Key(type, pseudonym);
    }

    void signalReport(EnvelopeHeader h, SignalReport r) {
      used(h, r.reference());
      String id = h.messageId().toString();
      List<ReportedIndicator> indicators = new ArrayList<>(r.indicators().size());
      for (ObservedIndicator i : r.indicators()) {
        indicators.add(indicator(i));
      }
      Signal signal = new Signal(id, h.sender().party(), r.period(), r.grading(), Optional.ofNullable(r.assessment()),
          indicators);
      List<Key> keys = new ArrayList<>(new LinkedHashSet<>(r.subjects().stream()
          .map((PseudonymousSubject s) -> key(s.identifierType(), s.pseudonym())).toList()));
      for (PseudonymousSubject s : r.subjects()) {
        for (String alias : s.aliasesOrEmpty()) {
          Key k = key(s.identifierType(), s.pseudonym());
          Key a = key(s.identifierType(), alias);
          links.computeIfAbsent(k, x -> new HashMap<>()).computeIfAbsent(a, x -> new TreeSet<>()).add(id);
          link(k, a);
        }
      }
      for (Key k : keys) {
        pieces.computeIfAbsent(k, x -> new Pieces()).signals.add(signal);
      }
      for (int a = 0; a < keys.size(); a++) {
        for (int b = a + 1; b < keys.size(); b++) {
          // one set of message ids per pair, shared by both directions
          SortedSet<String> ids = ties.computeIfAbsent(keys.get(a), x -> new HashMap<>())
              .computeIfAbsent(keys.get(b), x -> new TreeSet<>());
          ids.add(id);
          ties.computeIfAbsent(keys.get(b), x -> new HashMap<>()).putIfAbsent(keys.get(a), ids);
        }
      }
    }

    Key root(Key k) {
      Key r = k;
      for (Key up = linked.get(r); up != null && !up.equals(r); up = linked.get(r)) {
        r = up;
      }
      return r;
    }

    void link(Key a, Key b) {
      linked.putIfAbsent(a, a);
      linked.putIfAbsent(b, b);
      Key ra = root(a);
      Key rb = root(b);
      if (!ra.equals(rb)) {
        linked.put(rb, ra);
      }
    }

    void informationResponse(EnvelopeHeader h, InformationResponse r) {
      used(h, r.reference());
      String id = h.messageId().toString();
      for (InformationAnswer a : r.answers()) {
        pieces.computeIfAbsent(key(a.identifierType(), a.pseudonym()), x -> new Pieces()).answers.add(new Answer(id,
            h.sender().party(), a.holding(), Optional.ofNullable(a.category()), Optional.ofNullable(a.contact())));
      }
    }

    ReportedIndicator indicator(ObservedIndicator i) {
      ReportedIndicator known = indicators.get(i);
      if (known == null) {
        known = describe(i);
        indicators.put(i, known);
      }
      return known;
    }

    ReportedIndicator describe(ObservedIndicator i) {
      Optional<Catalogue> catalogue = catalogues.computeIfAbsent(i.catalogue() + "@" + i.version(),
          x -> builtIn(i.catalogue(), i.version()));
      Optional<Indicator> known = catalogue.flatMap(c -> c.indicator(i.indicator()));
      return new ReportedIndicator(i.catalogue(), i.version(), i.indicator(), known.map(Indicator::category),
          known.map(Indicator::observedBy).orElse(Set.of()));
    }

    static Optional<Catalogue> builtIn(String id, String version) {
      if (!Catalogues.builtInIds().contains(id) || !SemanticVersion.isValid(version)) {
        return Optional.empty();
      }
      SemanticVersion v = SemanticVersion.parse(version);
      return Catalogues.builtInVersions(id).contains(v) ? Optional.of(Catalogues.builtIn(id, v)) : Optional.empty();
    }

    Picture picture(LocalDate asOf, String recipientParty) {
      // one entity per pseudonym, or per set of pseudonyms linked by rotation aliases
      Map<Key, List<Key>> members = new HashMap<>();
      for (Key k : pieces.keySet()) {
        members.computeIfAbsent(linked.isEmpty() ? k : root(k), x -> new ArrayList<>()).add(k);
      }
      for (Key k : linked.keySet()) {
        if (!pieces.containsKey(k)) {
          members.computeIfAbsent(root(k), x -> new ArrayList<>()).add(k);
        }
      }
      Set<Key> sentAsAlias = new HashSet<>();
      links.values().forEach(m -> sentAsAlias.addAll(m.keySet()));
      Map<Key, Key> named = new HashMap<>(); // class root -> the entity's pseudonym
      for (Map.Entry<Key, List<Key>> e : members.entrySet()) {
        List<Key> ks = e.getValue();
        if (ks.size() > 1) {
          ks.sort(Comparator.comparing((Key k) -> sentAsAlias.contains(k)).thenComparing(Key::pseudonym));
        }
        named.put(e.getKey(), ks.get(0));
      }
      List<Key> keys = new ArrayList<>(named.values());
      keys.sort(Comparator.comparing((Key k) -> EntityKind.of(k.type())).thenComparing(k -> k.type().id())
          .thenComparing(Key::pseudonym));
      Map<Key, Integer> index = new HashMap<>();
      Map<String, Integer> order = new HashMap<>();
      for (int i = 0; i < sources.size(); i++) {
        order.put(sources.get(i).messageId(), i);
      }
      List<Entity> entities = new ArrayList<>(keys.size());
      for (int i = 0; i < keys.size(); i++) {
        Key k = keys.get(i);
        List<Key> ks = members.get(linked.isEmpty() ? k : root(k));
        for (Key m : ks) {
          index.put(m, i);
        }
        if (ks.size() == 1) {
          Pieces p = pieces.get(k);
          entities.add(new Entity("E" + (i + 1), EntityKind.of(k.type()), k.type(), k.pseudonym(), p.signals,
              p.answers));
          continue;
        }
        Set<Signal> signals = new LinkedHashSet<>();
        Set<Answer> answers = new LinkedHashSet<>();
        List<String> aliases = new ArrayList<>();
        List<RotationLink> rotationLinks = new ArrayList<>();
        for (Key m : ks) {
          Pieces p = pieces.get(m);
          if (p != null) {
            signals.addAll(p.signals);
            answers.addAll(p.answers);
          }
          if (!m.equals(k)) {
            aliases.add(m.pseudonym());
          }
          links.getOrDefault(m, Map.of()).forEach((a, ids) ->
              rotationLinks.add(new RotationLink(m.pseudonym(), a.pseudonym(), List.copyOf(ids))));
        }
        aliases.sort(Comparator.naturalOrder());
        rotationLinks.sort(Comparator.comparing(RotationLink::pseudonym).thenComparing(RotationLink::alias));
        List<Signal> orderedSignals = new ArrayList<>(signals);
        orderedSignals.sort(Comparator.comparingInt(x -> order.get(x.source())));
        List<Answer> orderedAnswers = new ArrayList<>(answers);
        orderedAnswers.sort(Comparator.comparingInt(x -> order.get(x.source())));
        entities.add(new Entity("E" + (i + 1), EntityKind.of(k.type()), k.type(), k.pseudonym(), aliases,
            rotationLinks, orderedSignals, orderedAnswers));
      }
      // ties, each once, by entity index; and the union-find of the groups
      int[] parent = new int[keys.size()];
      for (int i = 0; i < parent.length; i++) {
        parent[i] = i;
      }
      List<Tie> tieList = new ArrayList<>();
      List<List<Integer>> neighbours = new ArrayList<>(keys.size());
      for (int i = 0; i < keys.size(); i++) {
        neighbours.add(new ArrayList<>());
      }
      List<TreeMap<Integer, SortedSet<String>>> merged = new ArrayList<>(keys.size());
      for (int i = 0; i < keys.size(); i++) {
        merged.add(new TreeMap<>());
      }
      ties.forEach((k, theirs) -> {
        int i = index.get(k);
        theirs.forEach((other, ids) -> {
          int j = index.get(other);
          if (j != i) {
            SortedSet<String> into = merged.get(i).get(j);
            if (into == null) {
              merged.get(i).put(j, ids);
            } else {
              SortedSet<String> both = new TreeSet<>(into);
              both.addAll(ids);
              merged.get(i).put(j, both);
            }
          }
        });
      });
      for (int i = 0; i < keys.size(); i++) {
        for (Map.Entry<Integer, SortedSet<String>> e : merged.get(i).entrySet()) {
          int j = e.getKey();
          neighbours.get(i).add(j);
          if (j > i) {
            tieList.add(new Tie("E" + (i + 1), "E" + (j + 1), List.copyOf(e.getValue())));
            union(parent, i, j);
          }
        }
      }
      List<Pattern> patterns = patterns(entities, neighbours);
      List<Group> groups = groups(entities, parent);
      return new Picture(asOf, recipientParty, Optional.empty(), tlp, List.copyOf(communities),
          List.copyOf(statements), Optional.ofNullable(retainUntil), List.copyOf(domains), sources, entities, tieList,
          patterns, groups, notUsed, removed);
    }
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  // ------------------------------------------------------------------ patterns

  private static List<Pattern> patterns(List<Entity> entities, List<List<Integer>> neighbours) {
    List<Pattern> several = new ArrayList<>();
    List<Pattern> areas = new ArrayList<>();
    for (int i = 0; i < entities.size(); i++) {
      Entity e = entities.get(i);
      if (e.reporters().size() >= 2) {
        several.add(new Pattern(PatternKind.SEVERAL_PARTNERS, e.id(), e.reporters(), List.of(), sources(List.of(e))));
      }
      if (e.kind() == EntityKind.ESTABLISHMENT) {
        continue;
      }
      List<Entity> establishments = new ArrayList<>();
      SortedSet<String> partners = new TreeSet<>();
      for (int j : neighbours.get(i)) {
        Entity n = entities.get(j);
        if (n.kind() == EntityKind.ESTABLISHMENT) {
          establishments.add(n);
          partners.addAll(n.reporters());
        }
      }
      if (establishments.size() >= 2 && partners.size() >= 2) {
        List<Entity> all = new ArrayList<>(establishments);
        all.add(e);
        areas.add(new Pattern(PatternKind.SEVERAL_AREAS, e.id(), partners,
            establishments.stream().map(Entity::id).toList(), sources(all)));
      }
    }
    List<Pattern> out = new ArrayList<>(several);
    out.addAll(areas);
    return out;
  }

  private static List<String> sources(Collection<Entity> entities) {
    SortedSet<String> ids = new TreeSet<>();
    for (Entity e : entities) {
      e.signals().forEach(s -> ids.add(s.source()));
      e.answers().forEach(a -> ids.add(a.source()));
    }
    return List.copyOf(ids);
  }

  // ------------------------------------------------------------------ groups

  private static List<Group> groups(List<Entity> entities, int[] parent) {
    Map<Integer, List<Entity>> byRoot = new TreeMap<>();
    for (int i = 0; i < entities.size(); i++) {
      byRoot.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(entities.get(i));
    }
    List<Group> unranked = new ArrayList<>();
    for (List<Entity> members : byRoot.values()) {
      SortedSet<String> partners = new TreeSet<>();
      Outcome level = null;
      Set<Category> barriers = EnumSet.noneOf(Category.class);
      Set<Agency> services = EnumSet.noneOf(Agency.class);
      for (Entity e : members) {
        partners.addAll(e.reporters());
        partners.addAll(e.holders());
        for (Signal s : e.signals()) {
          Optional<Outcome> o = s.assessment().flatMap(a -> outcome(a.outcome()));
          if (o.isPresent() && (level == null || o.get().rank() > level.rank())) {
            level = o.get();
          }
          for (ReportedIndicator i : s.indicators()) {
            i.barrier().filter(c -> !c.isIloDimension()).ifPresent(barriers::add);
            services.addAll(i.services());
          }
        }
      }
      unranked.add(new Group(0, members.stream().map(Entity::id).toList(), partners, Optional.ofNullable(level),
          new TreeSet<>(barriers), new TreeSet<>(services), Optional.empty(), sources(members)));
    }
    Comparator<Group> order = Comparator.comparingInt((Group g) -> -g.partners().size())
        .thenComparingInt(g -> -g.highestLevel().map(Outcome::rank).orElse(-1))
        .thenComparingInt(g -> -g.barriers().size())
        .thenComparingInt(g -> -g.entities().size())
        .thenComparingInt(g -> Integer.parseInt(g.entities().get(0).substring(1)));
    unranked.sort(order);
    List<Group> ranked = new ArrayList<>(unranked.size());
    for (int i = 0; i < unranked.size(); i++) {
      Group g = unranked.get(i);
      Optional<RankKey> decided = i == 0 ? Optional.empty() : Optional.of(decidedBy(unranked.get(i - 1), g));
      ranked.add(new Group(i + 1, g.entities(), g.partners(), g.highestLevel(), g.barriers(), g.services(), decided,
          g.sources()));
    }
    return ranked;
  }

  private static RankKey decidedBy(Group above, Group g) {
    if (above.partners().size() != g.partners().size()) {
      return RankKey.PARTNERS;
    }
    if (!above.highestLevel().map(Outcome::rank).equals(g.highestLevel().map(Outcome::rank))) {
      return RankKey.LEVEL;
    }
    if (above.barriers().size() != g.barriers().size()) {
      return RankKey.BARRIERS;
    }
    if (above.entities().size() != g.entities().size()) {
      return RankKey.ENTITIES;
    }
    return RankKey.ORDER;
  }

  private static Optional<Outcome> outcome(String id) {
    try {
      return Optional.of(Outcome.fromId(id));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  // ------------------------------------------------------------------ builder

  /** Configures a {@link PictureCompiler}. */
  public static final class Builder {
    private final PartyKeys recipient;
    private final List<PartyPublicKeys> trusted;
    private Clock clock = Clock.systemUTC();
    private Optional<LocalDate> asOf = Optional.empty();
    private Set<String> purposes = Set.of();
    private AuditLog auditLog;

    private Builder(PartyKeys recipient, Collection<PartyPublicKeys> trustedSenders) {
      this.recipient = Objects.requireNonNull(recipient, "recipient");
      Objects.requireNonNull(trustedSenders, "trustedSenders");
      trustedSenders.forEach(k -> Objects.requireNonNull(k, "trustedSenders element"));
      this.trusted = List.copyOf(trustedSenders);
    }

    /**
     * Sets the clock of the envelope checks (expiry) and of the default picture date (default:
     * the system UTC clock).
     *
     * @param clock the clock
     * @return this
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the picture's date, on which retention is judged (default: today in UTC by the clock).
     *
     * @param asOf the date
     * @return this
     */
    public Builder asOf(LocalDate asOf) {
      this.asOf = Optional.of(Objects.requireNonNull(asOf, "asOf"));
      return this;
    }

    /**
     * Limits the picture to messages sent for these purposes (default: every purpose).
     *
     * @param purposes the purpose labels
     * @return this
     */
    public Builder purposes(Set<String> purposes) {
      this.purposes = Set.copyOf(purposes);
      return this;
    }

    /**
     * Writes every open, reject, removal and the picture itself to this audit log.
     *
     * @param auditLog the recipient's audit log
     * @return this
     */
    public Builder auditLog(AuditLog auditLog) {
      this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
      return this;
    }

    /**
     * Builds the compiler.
     *
     * @return the compiler
     */
    public PictureCompiler build() {
      return new PictureCompiler(this);
    }
  }
}
