package eu.barrier.cli;

import eu.barrier.core.validation.Violation;
import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.audit.AuditLog;
import eu.barrier.privacy.envelope.EnvelopeHeader;
import eu.barrier.privacy.envelope.EnvelopeVerificationException;
import eu.barrier.privacy.envelope.Envelopes;
import eu.barrier.privacy.envelope.FileReplayStore;
import eu.barrier.privacy.envelope.Handling;
import eu.barrier.privacy.envelope.OpenedEnvelope;
import eu.barrier.privacy.envelope.SealParameters;
import eu.barrier.privacy.envelope.SealedEnvelope;
import eu.barrier.privacy.envelope.Tlp;
import eu.barrier.privacy.exchange.MessageValidationException;
import eu.barrier.privacy.key.PartyKeyBundle;
import eu.barrier.privacy.key.PartyPublicKeys;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code barrier envelope}: seal and open signed, encrypted exchange messages. */
@Command(
    name = "envelope",
    mixinStandardHelpOptions = true,
    versionProvider = BarrierCli.Version.class,
    description = "Seal a JSON payload for partners (Ed25519 signature, HPKE encryption) and open received messages.",
    subcommands = {EnvelopeCommand.Seal.class, EnvelopeCommand.Open.class})
final class EnvelopeCommand implements Runnable {

  /** The default validity of a sealed message. */
  static final Duration DEFAULT_EXPIRES = SealParameters.DEFAULT_VALIDITY;

  /** The default retention: one year after the day of sealing. */
  static final String DEFAULT_RETAIN = "P1Y";

  @Spec private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand; see 'barrier envelope --help'.");
  }

  /** {@code barrier envelope seal}. */
  @Command(
      name = "seal",
      mixinStandardHelpOptions = true,
      versionProvider = BarrierCli.Version.class,
      description = {
        "Sign a JSON object payload with the sender's key and encrypt it for each --to recipient.",
        "A payload whose \"type\" member names a message type (barrier.signal-report/1,",
        "barrier.information-request/1, barrier.information-response/1) must be a valid message of that type;",
        "any other JSON object is sealed as an opaque payload of type json.",
        "Exit status: 0 sealed, 1 invalid keys, public key file or payload (with the code), 2 usage error."
      })
  static final class Seal implements Callable<Integer> {

    @Spec private CommandLine.Model.CommandSpec spec;

    @Option(names = "--keys", required = true, paramLabel = "FILE", description = "The sender's keys file.")
    private Path keys;

    @Option(names = "--to", required = true, arity = "1", paramLabel = "PUBLIC-FILE",
        description = "A recipient's public key file (barrier-party-public/1); repeat for several recipients.")
    private List<Path> to;

    @Option(names = "--purpose", required = true, paramLabel = "P", description = "The purpose label.")
    private String purpose;

    @Option(names = "--legal-basis", required = true, paramLabel = "TEXT",
        description = "The legal basis, 1 to 512 characters.")
    private String legalBasis;

    @Option(names = "--tlp", required = true, paramLabel = "LEVEL",
        description = "TLP 2.0 marking: CLEAR, GREEN, AMBER, AMBER+STRICT or RED.")
    private String tlp;

    @Option(names = "--community", paramLabel = "NAME", description = "The community; required with and only with GREEN.")
    private String community;

    @Option(names = "--statement", paramLabel = "TEXT", description = "A handling statement; repeatable.")
    private List<String> statements;

    @Option(names = "--expires", paramLabel = "DURATION", defaultValue = "P7D",
        description = "How long the message may be opened: an ISO-8601 duration such as PT1H or P7D, 1 second to 90 days "
            + "(default: ${DEFAULT-VALUE}).")
    private String expires;

    @Option(names = "--retain-until", paramLabel = "DATE",
        description = "Until when recipients may keep the content, YYYY-MM-DD (default: one year after today, UTC).")
    private String retainUntil;

    @Option(names = "--in", required = true, paramLabel = "PAYLOAD", description = "The payload: one JSON object.")
    private Path in;

    @Option(names = "--out", required = true, paramLabel = "MESSAGE", description = "The message file to write.")
    private Path out;

    @Option(names = "--force", description = "Replace an existing --out FILE.")
    private boolean force;

    @Option(names = "--audit", paramLabel = "FILE", description = "Append a seal entry to this audit log.")
    private Path audit;

    @Override
    public Integer call() {
      Tlp level = Tlp.fromLabel(tlp.toUpperCase(Locale.ROOT))
          .orElseThrow(() -> ExchangeFiles.usage(spec, "--tlp must be CLEAR, GREEN, AMBER, AMBER+STRICT or RED"));
      if ((level == Tlp.GREEN) != (community != null)) {
        throw ExchangeFiles.usage(spec, "--community is required with --tlp GREEN and only then");
      }
      Duration validity;
      try {
        validity = Duration.parse(expires);
      } catch (DateTimeParseException e) {
        throw ExchangeFiles.usage(spec, "--expires must be an ISO-8601 duration such as PT1H or P7D");
      }
      if (validity.compareTo(Duration.ofSeconds(1)) < 0 || validity.compareTo(Envelopes.MAX_VALIDITY) > 0) {
        throw ExchangeFiles.usage(spec, "--expires must be from 1 second to 90 days");
      }
      Clock clock = Clock.systemUTC();
      LocalDate retain;
      try {
        retain = retainUntil == null ? LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusYears(1) : LocalDate.parse(retainUntil);
      } catch (DateTimeParseException e) {
        throw ExchangeFiles.usage(spec, "--retain-until must be a date YYYY-MM-DD");
      }
      List<Path> inputs = new java.util.ArrayList<>(to);
      inputs.add(keys);
      inputs.add(in);
      OutputFiles.check(spec, out, "--out", force, inputs.toArray(Path[]::new));
      return ExchangeFiles.guarded(spec, () -> {
        PartyKeyBundle sender = ExchangeFiles.keys(spec, keys);
        List<PartyPublicKeys> recipients = ExchangeFiles.publicKeys(spec, to, "--to");
        byte[] payload = ExchangeFiles.read(spec, in, "--in", ExchangeFiles.MAX_MESSAGE_FILE);
        Handling handling = new Handling(level, community, statements == null ? List.of() : statements);
        SealParameters parameters = SealParameters.builder(purpose, legalBasis, handling, retain).validity(validity).build();
        Envelopes.Builder builder = Envelopes.builder().clock(clock);
        AuditLog log = ExchangeFiles.audit(audit);
        if (log != null) {
          builder.auditLog(log);
        }
        SealedEnvelope sealed;
        try {
          sealed = builder.build().seal(sender.partyKeys(), recipients, parameters, payload);
        } catch (MessageValidationException e) {
          PrintWriter err = spec.commandLine().getErr();
          err.println("invalid payload (--in): " + e.getMessage());
          for (Violation v : e.violations()) {
            err.printf("  %s %s: %s%n", v.path().isEmpty() ? "/" : v.path(), v.code(), v.message());
          }
          err.flush();
          return BarrierCli.INVALID;
        }
        // no line feed: the message is exactly its RFC 8785 canonical form
        OutputFiles.write(spec, out, sealed.message(), "--out", true, OutputFiles.Access.SHARED);
        EnvelopeHeader h = sealed.header();
        PrintWriter o = spec.commandLine().getOut();
        o.printf("sealed message %s from %s to %s: %s, TLP:%s, expires %s%n", h.messageId(), h.sender().party(),
            h.recipients().stream().map(r -> r.party()).collect(Collectors.joining(", ")), h.payloadType(),
            h.handling().tlp().label(), h.expiresAt());
        o.flush();
        return BarrierCli.OK;
      });
    }
  }

  /** {@code barrier envelope open}. */
  @Command(
      name = "open",
      mixinStandardHelpOptions = true,
      versionProvider = BarrierCli.Version.class,
      description = {
        "Open a message addressed to this party: decrypt, verify the sender's signature against the --trust keys,",
        "check expiry, the declared message type and (with --replay-store) that the message was not opened before.",
        "Prints the payload (canonical JSON) on standard output, or writes it to --out.",
        "Exit status: 0 opened, 1 rejected (the reason and its code on standard error) or invalid key files,",
        "2 usage error."
      })
  static final class Open implements Callable<Integer> {

    @Spec private CommandLine.Model.CommandSpec spec;

    @Option(names = "--keys", required = true, paramLabel = "FILE", description = "The recipient's keys file.")
    private Path keys;

    @Option(names = "--trust", required = true, arity = "1", paramLabel = "SENDER-PUBLIC-FILE",
        description = "A trusted sender's public key file; repeatable.")
    private List<Path> trust;

    @Option(names = "--in", required = true, paramLabel = "MESSAGE",
        description = "The message file, or '-' for standard input.")
    private Path in;

    @Option(names = "--out", paramLabel = "PAYLOAD",
        description = "Write the payload here (owner-only, POSIX 600) instead of standard output.")
    private Path out;

    @Option(names = "--force", description = "Replace an existing --out FILE.")
    private boolean force;

    @Option(names = "--replay-store", paramLabel = "FILE",
        description = "Remember opened message ids in this file and reject a message opened before.")
    private Path replayStore;

    @Option(names = "--audit", paramLabel = "FILE", description = "Append an open or reject entry to this audit log.")
    private Path audit;

    @Override
    public Integer call() {
      if (out != null) {
        List<Path> inputs = new java.util.ArrayList<>(trust);
        inputs.add(keys);
        inputs.add(in);
        inputs.add(replayStore);
        inputs.add(audit);
        OutputFiles.check(spec, out, "--out", force, inputs.toArray(Path[]::new));
      }
      return ExchangeFiles.guarded(spec, () -> {
        PartyKeyBundle me = ExchangeFiles.keys(spec, keys);
        List<PartyPublicKeys> trusted = ExchangeFiles.publicKeys(spec, trust, "--trust");
        byte[] message = "-".equals(in.toString())
            ? ExchangeFiles.readStandardInput(spec, "--in", ExchangeFiles.MAX_MESSAGE_FILE)
            : ExchangeFiles.read(spec, in, "--in", ExchangeFiles.MAX_MESSAGE_FILE);
        if (message.length > 0 && message[message.length - 1] == '\n') {
          // one final line feed (added by an editor or a transfer) is not part of the message
          message = java.util.Arrays.copyOf(message, message.length - 1);
        }
        Clock clock = Clock.systemUTC();
        Envelopes.Builder builder = Envelopes.builder().clock(clock);
        if (replayStore != null) {
          builder.replayStore(FileReplayStore.open(replayStore, clock));
        }
        AuditLog log = ExchangeFiles.audit(audit);
        if (log != null) {
          builder.auditLog(log);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        OpenedEnvelope opened;
        try {
          // the message counts as consumed (replay store) only after this delivery returned
          opened = builder.build().open(me.partyKeys(), trusted, message, o -> deliver(o, stdout));
        } catch (EnvelopeVerificationException e) {
          PrintWriter err = spec.commandLine().getErr();
          err.printf("rejected: %s: %s%n", e.reason(), e.getMessage());
          err.flush();
          return BarrierCli.INVALID;
        } catch (UncheckedIOException e) {
          PrintWriter err = spec.commandLine().getErr();
          err.printf("not delivered: %s: the payload could not be written to %s (%s); the message was not consumed"
              + " and can be opened again%n", PrivacyError.ENVELOPE_DELIVERY.code(),
              out == null ? "standard output" : "--out FILE", e.getCause().getClass().getSimpleName());
          err.flush();
          return BarrierCli.INVALID;
        }
        EnvelopeHeader h = opened.header();
        String summary = String.format(Locale.ROOT, "opened message %s from %s: %s, TLP:%s, purpose %s, retain until %s",
            h.messageId(), h.sender().party(), h.payloadType(), h.handling().tlp().label(), h.purpose(), h.retainUntil());
        PrintWriter summaryTo = out != null ? stdout : spec.commandLine().getErr();
        summaryTo.println(summary);
        summaryTo.flush();
        return BarrierCli.OK;
      });
    }

    /** Writes the payload durably (file) or to standard output; any failure is an unchecked I/O error. */
    private void deliver(OpenedEnvelope opened, PrintWriter stdout) {
      byte[] payload = withNewline(opened.payload());
      if (out != null) {
        // decrypted content: owner-only, whatever its TLP marking
        OutputFiles.writeAtomicallyUnchecked(out, payload, OutputFiles.Access.OWNER_ONLY);
        return;
      }
      stdout.print(new String(payload, StandardCharsets.UTF_8));
      if (stdout.checkError()) { // flushes, then reports any earlier write error
        throw new UncheckedIOException(new java.io.IOException("standard output could not be written"));
      }
    }
  }

  private static byte[] withNewline(byte[] json) {
    byte[] b = java.util.Arrays.copyOf(json, json.length + 1);
    b[json.length] = '\n';
    return b;
  }
}
