package eu.barrier.cli;

import eu.barrier.cli.screen.DemoKeys;
import eu.barrier.cli.screen.Reason;
import eu.barrier.cli.screen.ScreenResult;
import eu.barrier.cli.screen.ScreenedEstablishment;
import eu.barrier.core.id.Identifier;
import eu.barrier.core.id.IdentifierType;
import eu.barrier.core.observation.Grading;
import eu.barrier.core.observation.GradingScheme;
import eu.barrier.core.observation.Observation;
import eu.barrier.indicators.catalogue.HashedCatalogue;
import eu.barrier.indicators.scoring.Assessment;
import eu.barrier.indicators.scoring.Outcome;
import eu.barrier.privacy.audit.AuditAction;
import eu.barrier.privacy.audit.AuditEvent;
import eu.barrier.privacy.audit.AuditLog;
import eu.barrier.privacy.audit.AuditVerification;
import eu.barrier.privacy.audit.AuditVerifier;
import eu.barrier.privacy.audit.FileAuditSink;
import eu.barrier.privacy.envelope.Envelopes;
import eu.barrier.privacy.envelope.Handling;
import eu.barrier.privacy.envelope.OpenedEnvelope;
import eu.barrier.privacy.envelope.SealParameters;
import eu.barrier.privacy.envelope.SealedEnvelope;
import eu.barrier.privacy.envelope.Tlp;
import eu.barrier.privacy.exchange.AssessmentSummary;
import eu.barrier.privacy.exchange.ExchangeDomain;
import eu.barrier.privacy.exchange.Messages;
import eu.barrier.privacy.exchange.ObservedIndicator;
import eu.barrier.privacy.exchange.PseudonymousSubject;
import eu.barrier.privacy.exchange.SignalReport;
import eu.barrier.privacy.generalise.DateGranularity;
import eu.barrier.privacy.generalise.DatePeriod;
import eu.barrier.privacy.InsecureSecretAccess;
import eu.barrier.privacy.key.KeyFiles;
import eu.barrier.privacy.key.KeySet;
import eu.barrier.privacy.key.PartyKeyBundle;
import eu.barrier.privacy.key.PartyKeyFiles;
import eu.barrier.privacy.key.PartyKeys;
import eu.barrier.privacy.key.PartyPublicKeys;
import eu.barrier.privacy.pseudonym.PseudonymContext;
import eu.barrier.privacy.pseudonym.Pseudonymiser;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The exchange step of {@code barrier screen}: for every establishment at {@link #EXCHANGE_LEVEL}
 * or higher, a {@link SignalReport} with its pseudonym, the indicators that counted, the quarter of
 * the latest of them, a grading and the summary of the assessment that set its level; each sealed
 * for the ARIEC, with pseudonymise and seal entries in the municipality's audit log. The demo also
 * opens every message as the demo ARIEC (with its own audit log) and verifies both logs.
 *
 * <p>Never sent: establishments below the level, indicators that were not scored, observation
 * dates, sources' notes, and child-protection signals (the screening never uses such catalogues;
 * {@link Messages#write} rejects a report that names one outside the care domain).
 */
final class ScreenExchange {

  /** The lowest level that is reported to the ARIEC. */
  static final Outcome EXCHANGE_LEVEL = Outcome.MEDIUM;

  /** The most signal reports one run seals. */
  static final int MAX_REPORTS = 100;

  static final String PURPOSE = "thb-screening";
  static final String DEMO_PURPOSE = "demo-thb-screening";
  static final String DEMO_LEGAL_BASIS = ScreenResult.DEMO_LABEL + ": demonstration only, no legal basis, no real "
      + "data. A real report names the police ordinance (art. 119ter NGW, law of 15 January 2024) or the ARIEC "
      + "protocol that allows it.";

  private ScreenExchange() {}

  /** What one run needs to seal: the sender's keys, the pseudonym keys, the recipient and the legal basis. */
  record Setup(PartyKeys sender, KeySet pseudonymKeys, PartyPublicKeys recipient, String purpose, String legalBasis,
      Handling handling) {}

  static Setup demoSetup() {
    return new Setup(DemoKeys.party(DemoKeys.MUNICIPALITY), DemoKeys.pseudonymKeys(),
        DemoKeys.party(DemoKeys.ARIEC).publicKeys(), DEMO_PURPOSE, DEMO_LEGAL_BASIS,
        Handling.of(Tlp.AMBER_STRICT, List.of(ScreenResult.DEMO_LABEL + ": do not act on it", ScreenResult.NOTICE)));
  }

  /**
   * Seals the reports; in the demo, opens them as the ARIEC; verifies the audit logs.
   *
   * @return the exit code
   */
  static int run(ScreenResult result, Setup setup, boolean demo, Path out, PrintWriter stdout, PrintWriter stderr)
      throws IOException {
    Path exchangeDir = out.resolve("exchange");
    Path auditDir = out.resolve("audit");
    Files.createDirectories(exchangeDir);
    Files.createDirectories(auditDir);
    try (var old = Files.newDirectoryStream(exchangeDir, "signal-report-*.json")) {
      for (Path p : old) {
        Files.delete(p);
      }
    }
    Path senderLog = auditDir.resolve(setup.sender().partyId() + ".audit.jsonl");
    Clock clock = Clock.systemUTC();
    AuditLog audit = AuditLog.open(FileAuditSink.open(senderLog), clock);
    PseudonymContext context = PseudonymContext.of(setup.purpose(), setup.recipient().partyId());
    Pseudonymiser pseudonymiser = Pseudonymiser.create(setup.pseudonymKeys(), context);
    Envelopes envelopes = Envelopes.builder().clock(clock).auditLog(audit).build();
    LocalDate today = LocalDate.now(clock);
    SealParameters parameters = SealParameters.builder(setup.purpose(), setup.legalBasis(), setup.handling(),
        today.plusDays(180)).payloadType(SignalReport.TYPE).validity(Duration.ofDays(7)).build();

    List<byte[]> messages = new ArrayList<>();
    int skipped = 0;
    for (ScreenedEstablishment e : result.establishments()) {
      if (ScreenedEstablishment.rank(e.level()) < ScreenedEstablishment.rank(EXCHANGE_LEVEL)
          || messages.size() == MAX_REPORTS) {
        break;
      }
      Optional<Identifier> id = identifier(e.key());
      if (id.isEmpty() || e.reasons().isEmpty()) {
        skipped++;
        continue;
      }
      String reference = String.format(Locale.ROOT, "%sscreen-%s-%03d", demo ? "demo-" : "", result.asOf(),
          messages.size() + 1);
      SignalReport report = report(result, e, id.get(), pseudonymiser, reference);
      audit.append(AuditEvent.builder(AuditAction.PSEUDONYMISE, "barrier-screen").purpose(setup.purpose())
          .recipient(setup.recipient().partyId()).count(1).build());
      SealedEnvelope sealed = envelopes.seal(setup.sender(), List.of(setup.recipient()), parameters,
          Messages.write(report));
      Path file = exchangeDir.resolve(String.format(Locale.ROOT, "signal-report-%03d.json", messages.size() + 1));
      Files.write(file, sealed.message());
      messages.add(sealed.message());
    }
    stdout.printf(Locale.ROOT, "sealed %d signal report(s) (%s or higher) for %s into %s%s%n", messages.size(),
        EXCHANGE_LEVEL.id(), setup.recipient().partyId(), exchangeDir,
        skipped == 0 ? "" : "; " + skipped + " not sent: key is not a typed identifier");
    int code = BarrierCli.OK;
    if (demo) {
      Path keyDir = out.resolve("demo-keys");
      Files.createDirectories(keyDir);
      Files.writeString(keyDir.resolve("DEMO-ONLY-" + DemoKeys.ARIEC + ".keys.json"), KeyFiles.write(
          PartyKeyBundle.of(DemoKeys.pseudonymKeys(), DemoKeys.party(DemoKeys.ARIEC)), InsecureSecretAccess.get()));
      Files.writeString(keyDir.resolve("DEMO-ONLY-" + DemoKeys.MUNICIPALITY + ".public.json"),
          PartyKeyFiles.writePublic(setup.sender().publicKeys()));
      stdout.println("wrote DEMO-ONLY keys (public, never for real data) into " + keyDir);
      Path ariecLog = auditDir.resolve(DemoKeys.ARIEC + ".audit.jsonl");
      AuditLog ariecAudit = AuditLog.open(FileAuditSink.open(ariecLog), clock);
      Envelopes ariec = Envelopes.builder().clock(clock).auditLog(ariecAudit).build();
      PartyKeys ariecKeys = DemoKeys.party(DemoKeys.ARIEC);
      int opened = 0;
      for (byte[] message : messages) {
        try {
          OpenedEnvelope o = ariec.open(ariecKeys, List.of(setup.sender().publicKeys()), message);
          Messages.read(o.payload(), SignalReport.class);
          opened++;
        } catch (eu.barrier.privacy.envelope.EnvelopeVerificationException ex) {
          stderr.println("barrier screen: the demo ARIEC could not open a message: " + ex.getMessage());
          code = BarrierCli.INVALID;
        }
      }
      stdout.printf(Locale.ROOT, "opened %d of %d as %s (DEMO-ONLY keys): signature, recipient, expiry and schema "
          + "checked%n", opened, messages.size(), DemoKeys.ARIEC);
      code = Math.max(code, verify(ariecLog, stdout, stderr));
    }
    code = Math.max(code, verify(senderLog, stdout, stderr));
    return code;
  }

  private static int verify(Path log, PrintWriter stdout, PrintWriter stderr) {
    if (!Files.exists(log)) {
      stdout.printf(Locale.ROOT, "audit log %s: nothing was pseudonymised or sealed, no entries%n", log);
      return BarrierCli.OK;
    }
    AuditVerification v = AuditVerifier.verify(log, null);
    if (v.isIntact()) {
      stdout.printf(Locale.ROOT, "audit log %s: intact, %d entries%n", log, v.entries());
      return BarrierCli.OK;
    }
    stderr.printf(Locale.ROOT, "audit log %s: %s at line %d%n", log, v.outcome(), v.line());
    return BarrierCli.INVALID;
  }

  /** Orders Europol 4x4 gradings: most reliable source first, then most certain information. */
  private static int rank(Grading g) {
    return "ABCX".indexOf(g.source()) * 10 + "1234".indexOf(g.information());
  }

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

  private static HashedCatalogue catalogue(ScreenResult result, String reference) {
    for (HashedCatalogue c : result.catalogues()) {
      if (c.catalogue().reference().equals(reference)) {
        return c;
      }
    }
    throw new IllegalStateException("a reason names a catalogue the screening did not use");
  }

  static SignalReport report(ScreenResult result, ScreenedEstablishment e, Identifier id, Pseudonymiser pseudonymiser,
      String reference) {
    List<ObservedIndicator> indicators = new ArrayList<>();
    for (Reason reason : e.reasons()) {
      HashedCatalogue c = catalogue(result, reason.catalogue());
      indicators.add(new ObservedIndicator(c.catalogue().id(), c.catalogue().version().toString(),
          reason.indicatorId()));
    }
    indicators.sort(Comparator.comparing(ObservedIndicator::catalogue).thenComparing(ObservedIndicator::indicator));
    LocalDate latest = null;
    Grading best = null;
    for (Observation o : e.scored()) {
      latest = latest == null || o.period().to().isAfter(latest) ? o.period().to() : latest;
      Grading g = o.grading() == null || o.grading().scheme() != GradingScheme.EUROPOL_4X4
          ? Grading.of(GradingScheme.EUROPOL_4X4, "X", "4") : o.grading();
      best = best == null || rank(g) < rank(best) ? g : best;
    }
    Assessment top = e.assessments().stream()
        .max(Comparator.comparingInt((Assessment a) -> ScreenedEstablishment.rank(a.outcome()))
            .thenComparingLong(Assessment::scoreMilli))
        .orElseThrow();
    AssessmentSummary summary = new AssessmentSummary(top.outcome().id(), top.scoreMilli(),
        top.provenance().catalogueId() + "@" + top.provenance().catalogueVersion(), top.provenance().modelId());
    String period = DatePeriod.of(latest == null ? result.asOf() : latest, DateGranularity.QUARTER).label();
    PseudonymousSubject subject = new PseudonymousSubject(id.type(), pseudonymiser.pseudonymise(id).format());
    return SignalReport.of(reference, ExchangeDomain.ADMINISTRATIVE, false, period, List.of(subject), indicators,
        best == null ? Grading.of(GradingScheme.EUROPOL_4X4, "X", "4") : best, summary);
  }
}
