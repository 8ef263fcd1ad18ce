package eu.barrier.cli;

import eu.barrier.cli.screen.DemoData;
import eu.barrier.cli.screen.DemoKeys;
import eu.barrier.privacy.InsecureSecretAccess;
import eu.barrier.privacy.audit.AuditLog;
import eu.barrier.privacy.audit.AuditVerification;
import eu.barrier.privacy.audit.AuditVerifier;
import eu.barrier.privacy.audit.FileAuditSink;
import eu.barrier.privacy.envelope.EnvelopeVerificationException;
import eu.barrier.privacy.envelope.Envelopes;
import eu.barrier.privacy.envelope.Handling;
import eu.barrier.privacy.envelope.OpenedEnvelope;
import eu.barrier.privacy.envelope.SealParameters;
import eu.barrier.privacy.envelope.SealedEnvelope;
import eu.barrier.privacy.envelope.Tlp;
import eu.barrier.privacy.exchange.Messages;
import eu.barrier.privacy.exchange.SignalReport;
import eu.barrier.privacy.key.KeyFiles;
import eu.barrier.privacy.key.PartyKeyBundle;
import eu.barrier.privacy.key.PartyKeyFiles;
import eu.barrier.privacy.key.PartyKeys;
import eu.barrier.privacy.key.PartyPublicKeys;
import eu.barrier.privacy.pseudonym.PseudonymContext;
import eu.barrier.privacy.blind.BlindPseudonymClient;
import eu.barrier.privacy.pseudonym.Pseudonymiser;
import eu.barrier.screening.ScreeningResult;
import eu.barrier.screening.signal.SignalReportPolicy;
import eu.barrier.screening.signal.SignalReports;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;

/**
 * The exchange step of {@code barrier screen}, adapted from the library: {@link SignalReports}
 * builds the pseudonymised reports under the default {@link SignalReportPolicy} (medium and up, at
 * most 100, dates by quarter), {@link Envelopes} seals each for the ARIEC, both with entries in the
 * municipality's audit log. This class only writes the files; the demo also opens every message as
 * the demo ARIEC (with its own audit log) and verifies both logs.
 */
final class ScreenExchange {

  static final String PURPOSE = "thb-screening";
  static final String DEMO_PURPOSE = "demo-thb-screening";
  static final String DEMO_LEGAL_BASIS = DemoData.DEMO_LABEL + ": demonstration only, no legal basis, no real "
      + "data. A real report names the basis in law for sharing that the municipality established with its data "
      + "protection officer.";

  private ScreenExchange() {}

  /**
   * What one run needs to seal: the sender's keys, the pseudonym keys, the recipient and the legal
   * basis; with a pseudonym service client ({@code service}, else {@code null}) the reports carry
   * blind {@code pk2} pseudonyms from it instead of {@code pk1} pseudonyms under the keys.
   */
  record Setup(PartyKeys sender, Pseudonymiser pseudonymiser, PartyPublicKeys recipient, String purpose,
      String legalBasis, Handling handling, BlindPseudonymClient service) {}

  static Setup demoSetup() {
    PartyPublicKeys ariec = DemoKeys.party(DemoKeys.ARIEC).publicKeys();
    return new Setup(DemoKeys.party(DemoKeys.MUNICIPALITY),
        Pseudonymiser.create(DemoKeys.pseudonymKeys(), PseudonymContext.of(DEMO_PURPOSE, ariec.partyId())),
        ariec, DEMO_PURPOSE, DEMO_LEGAL_BASIS,
        Handling.of(Tlp.AMBER_STRICT, List.of(DemoData.DEMO_LABEL + ": do not act on it", ScreeningResult.NOTICE)),
        null);
  }

  /** The demo keys written into {@code demo-keys/} of {@code --out}. */
  static final List<String> DEMO_KEY_FILES = List.of("DEMO-ONLY-" + DemoKeys.ARIEC + ".keys.json",
      "DEMO-ONLY-" + DemoKeys.MUNICIPALITY + ".public.json");

  /**
   * Checks the exchange outputs before any work, under the output policy: sealed reports already
   * in {@code exchange/} and the demo keys are replaced only with {@code force}.
   */
  static void check(CommandLine.Model.CommandSpec spec, Path out, boolean demo, boolean force) {
    Path exchangeDir = out.resolve("exchange");
    if (Files.isDirectory(exchangeDir)) {
      try (var old = Files.newDirectoryStream(exchangeDir, "signal-report-*.json")) {
        for (Path p : old) {
          OutputFiles.check(spec, p, "--out", force);
        }
      } catch (IOException e) {
        throw ExchangeFiles.usage(spec, "--out DIR cannot be listed (" + e.getClass().getSimpleName() + ")");
      }
    }
    if (demo) {
      OutputFiles.checkAll(spec, out.resolve("demo-keys"), DEMO_KEY_FILES, "--out", force);
    }
  }

  /**
   * Seals the reports; in the demo, opens them as the ARIEC; verifies the audit logs.
   *
   * @return the exit code
   */
  static int run(ScreeningResult result, Setup setup, boolean demo, Path out, PrintWriter stdout, PrintWriter stderr)
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
    SignalReportPolicy policy = SignalReportPolicy.defaults();
    String prefix = (demo ? "demo-" : "") + "screen-" + result.asOf();
    SignalReports.Prepared prepared = setup.service() == null
        ? SignalReports.build(result, setup.pseudonymiser(), policy, prefix,
            Optional.of(audit), "barrier-screen")
        : SignalReports.build(result, context, ids -> setup.service().pseudonymise(context, ids), policy, prefix,
            Optional.of(audit), "barrier-screen");
    Envelopes envelopes = Envelopes.builder().clock(clock).auditLog(audit).build();
    SealParameters parameters = SealParameters.builder(setup.purpose(), setup.legalBasis(), setup.handling(),
        LocalDate.now(clock).plusDays(180)).payloadType(SignalReport.TYPE).validity(Duration.ofDays(7)).build();
    List<byte[]> messages = new ArrayList<>();
    for (SignalReport report : prepared.reports()) {
      SealedEnvelope sealed = envelopes.seal(setup.sender(), List.of(setup.recipient()), parameters,
          Messages.write(report));
      // checked before the run (check): replaced only with --force
      OutputFiles.writeAtomicallyUnchecked(exchangeDir.resolve(String.format(Locale.ROOT, "signal-report-%03d.json",
          messages.size() + 1)), sealed.message(), OutputFiles.Access.SHARED);
      messages.add(sealed.message());
    }
    stdout.printf(Locale.ROOT, "sealed %d signal report(s) (%s or higher) for %s into %s%s%s%n", messages.size(),
        policy.minimumLevel().id(), setup.recipient().partyId(), exchangeDir,
        prepared.notTyped() == 0 ? "" : "; " + prepared.notTyped() + " not sent: key is not a typed identifier",
        prepared.overLimit() == 0 ? "" : "; " + prepared.overLimit() + " not sent: over the limit of "
            + policy.maxReports() + " per run");
    if (setup.service() != null) {
      stdout.println("pseudonyms: blind (pk2) from the pseudonym service; this municipality holds no pseudonym key for them");
    }
    int code = BarrierCli.OK;
    if (demo) {
      Path keyDir = out.resolve("demo-keys");
      Files.createDirectories(keyDir);
      OutputFiles.writeAtomicallyUnchecked(keyDir.resolve(DEMO_KEY_FILES.get(0)), OutputFiles.utf8(KeyFiles.write(
          PartyKeyBundle.of(DemoKeys.pseudonymKeys(), DemoKeys.party(DemoKeys.ARIEC)), InsecureSecretAccess.get())),
          OutputFiles.Access.OWNER_ONLY);
      OutputFiles.writeAtomicallyUnchecked(keyDir.resolve(DEMO_KEY_FILES.get(1)),
          OutputFiles.utf8(PartyKeyFiles.writePublic(setup.sender().publicKeys())), OutputFiles.Access.SHARED);
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
        } catch (EnvelopeVerificationException ex) {
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
    if (v.isIntact() && v.entries() == 0) {
      // opening a file audit log creates it, so an empty file means the same as an absent one
      stdout.printf(Locale.ROOT, "audit log %s: nothing was pseudonymised or sealed, no entries%n", log);
      return BarrierCli.OK;
    }
    if (v.isIntact()) {
      stdout.printf(Locale.ROOT, "audit log %s: intact, %d entries%n", log, v.entries());
      return BarrierCli.OK;
    }
    stderr.printf(Locale.ROOT, "audit log %s: %s at line %d%n", log, v.outcome(), v.line());
    return BarrierCli.INVALID;
  }
}
