package eu.barrier.cli;

import eu.barrier.core.input.InputException;
import eu.barrier.privacy.audit.AuditVerification;
import eu.barrier.privacy.audit.AuditVerifier;
import eu.barrier.privacy.audit.SignedCheckpoint;
import eu.barrier.privacy.key.PartyKeyBundle;
import eu.barrier.privacy.key.PartyPublicKeys;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code barrier audit}: check the hash-chained audit log, sign and cosign its checkpoints. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    versionProvider = BarrierCli.Version.class,
    description = "Check a hash-chained audit log written with --audit; sign and cosign checkpoints of it.",
    subcommands = {AuditCommand.Verify.class, AuditCommand.Checkpoint.class, AuditCommand.Cosign.class})
final class AuditCommand implements Runnable {

  @Spec private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand; see 'barrier audit --help'.");
  }

  /** {@code barrier audit verify [--checkpoint FILE --trust PUBLIC-FILE [--witness PUBLIC-FILE]…] LOG}. */
  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      versionProvider = BarrierCli.Version.class,
      description = {
        "Verify an audit log: every entry well-formed, every hash matching, the chain unbroken.",
        "Reports the first modified, deleted, inserted or reordered entry by line. '-' reads the log from standard input.",
        "With --checkpoint and --trust, also checks the log against a signed checkpoint kept elsewhere: a log",
        "rewritten (even rehashed) or cut below the checkpoint is reported as rewritten or deleted.",
        "Streams the log: memory does not grow with its length.",
        "Exit status: 0 intact, 1 broken (line and kind on standard error) or a bad checkpoint, 2 usage error."
      })
  static final class Verify implements Callable<Integer> {

    @Spec private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LOG", description = "The audit log (JSON lines), or '-' for standard input.")
    private Path file;

    @Option(names = "--checkpoint", paramLabel = "FILE", description = "A signed checkpoint of this log (C2SP signed note).")
    private Path checkpoint;

    @Option(names = "--trust", paramLabel = "PUBLIC-FILE",
        description = "The public key file of the party that signed the checkpoint; required with --checkpoint.")
    private Path trust;

    @Option(names = "--witness", paramLabel = "PUBLIC-FILE",
        description = "A witness whose cosignature the checkpoint must carry; repeatable.")
    private List<Path> witnesses;

    @Override
    public Integer call() {
      boolean stdin = "-".equals(file.toString());
      if ((checkpoint == null) != (trust == null)) {
        throw ExchangeFiles.usage(spec, "--checkpoint and --trust go together");
      }
      if (witnesses != null && checkpoint == null) {
        throw ExchangeFiles.usage(spec, "--witness needs --checkpoint");
      }
      if (stdin && checkpoint != null) {
        throw ExchangeFiles.usage(spec, "--checkpoint needs the log as a file, not '-'");
      }
      return ExchangeFiles.guarded(spec, () -> {
        AuditVerification v;
        try {
          if (stdin) {
            v = AuditVerifier.verify(System.in, null);
          } else if (checkpoint == null) {
            v = AuditVerifier.verify(file, null);
          } else {
            SignedCheckpoint signed = readCheckpoint(spec, checkpoint, "--checkpoint");
            PartyPublicKeys logKey = ExchangeFiles.publicKeys(spec, List.of(trust), "--trust").get(0);
            if (witnesses != null) {
              for (PartyPublicKeys w : ExchangeFiles.publicKeys(spec, witnesses, "--witness")) {
                if (signed.cosignedBy(w).isEmpty()) {
                  throw new ExchangeFiles.Invalid("checkpoint (--checkpoint): "
                      + eu.barrier.privacy.PrivacyError.AUDIT_CHECKPOINT_SIGNATURE.code()
                      + ": no valid cosignature of the witness " + w.partyId());
                }
              }
            }
            v = AuditVerifier.verify(file, signed, logKey);
          }
        } catch (InputException e) {
          throw ExchangeFiles.refused(spec, e);
        }
        if (v.isIntact()) {
          PrintWriter out = spec.commandLine().getOut();
          out.printf("intact: %d entries%s%n", v.entries(),
              checkpoint == null ? "" : ", consistent with the signed checkpoint");
          out.flush();
          return BarrierCli.OK;
        }
        PrintWriter err = spec.commandLine().getErr();
        err.printf("broken: line %d: %s (%d lines read)%n", v.line(), v.outcome().name().toLowerCase(Locale.ROOT),
            v.entries());
        err.flush();
        return BarrierCli.INVALID;
      });
    }
  }

  /** {@code barrier audit checkpoint --keys FILE --out FILE [--origin NAME] [--force] LOG}. */
  @Command(
      name = "checkpoint",
      mixinStandardHelpOptions = true,
      versionProvider = BarrierCli.Version.class,
      description = {
        "Sign a checkpoint of an intact audit log: its number of entries and the RFC 9162 Merkle root over them,",
        "as a C2SP tlog-checkpoint in a signed note, with the party's Ed25519 signing key.",
        "Keep it where the log's writer cannot change it, or have a partner cosign it ('barrier audit cosign').",
        "Exit status: 0 signed, 1 broken log or invalid keys file, 2 usage error."
      })
  static final class Checkpoint implements Callable<Integer> {

    @Spec private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LOG", description = "The audit log (JSON lines).")
    private Path file;

    @Option(names = "--keys", required = true, paramLabel = "FILE", description = "The log party's keys file.")
    private Path keys;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The checkpoint file to write.")
    private Path out;

    @Option(names = "--origin", paramLabel = "NAME",
        description = "The log's name in the checkpoint (default: PARTY/audit).")
    private String origin;

    @Option(names = "--force", description = "Replace an existing --out FILE.")
    private boolean force;

    @Override
    public Integer call() {
      OutputFiles.check(spec, out, "--out", force, file, keys);
      return ExchangeFiles.guarded(spec, () -> {
        PartyKeyBundle bundle = ExchangeFiles.keys(spec, keys);
        String name = origin == null ? bundle.partyId() + "/audit" : origin;
        AuditVerification v;
        AuditVerifier.TreeHead head;
        try {
          v = AuditVerifier.verify(file, null);
          head = v.isIntact() ? AuditVerifier.head(file) : null;
        } catch (InputException e) {
          throw ExchangeFiles.refused(spec, e);
        }
        if (!v.isIntact()) {
          PrintWriter err = spec.commandLine().getErr();
          err.printf("not signed: the log is broken: line %d: %s%n", v.line(), v.outcome().name().toLowerCase(Locale.ROOT));
          err.flush();
          return BarrierCli.INVALID;
        }
        SignedCheckpoint signed;
        try {
          signed = SignedCheckpoint.sign(name, head.size(), head.root(), bundle.partyKeys());
        } catch (IllegalArgumentException e) {
          throw ExchangeFiles.usage(spec, "--origin must be 1 to 128 printable characters without spaces or +");
        }
        OutputFiles.write(spec, out, OutputFiles.utf8(signed.text()), "--out", true, OutputFiles.Access.SHARED);
        PrintWriter o = spec.commandLine().getOut();
        o.printf("checkpoint of %s: %d entries, root %s, signed by %s%n", name, head.size(),
            Base64.getEncoder().encodeToString(head.root()), bundle.partyId());
        o.flush();
        return BarrierCli.OK;
      });
    }
  }

  /** {@code barrier audit cosign --keys FILE --trust PUBLIC-FILE --in FILE --out FILE [--force]}. */
  @Command(
      name = "cosign",
      mixinStandardHelpOptions = true,
      versionProvider = BarrierCli.Version.class,
      description = {
        "Cosign a checkpoint as a witness (C2SP tlog-cosignature): checks the log party's signature, then adds",
        "this party's timestamped cosignature. A witness should cosign only checkpoints consistent with the last",
        "one it cosigned for the same log.",
        "Exit status: 0 cosigned, 1 invalid checkpoint, signature or keys file, 2 usage error."
      })
  static final class Cosign implements Callable<Integer> {

    @Spec private CommandLine.Model.CommandSpec spec;

    @Option(names = "--keys", required = true, paramLabel = "FILE", description = "The witness's keys file.")
    private Path keys;

    @Option(names = "--trust", required = true, paramLabel = "PUBLIC-FILE",
        description = "The public key file of the party that signed the checkpoint.")
    private Path trust;

    @Option(names = "--in", required = true, paramLabel = "FILE", description = "The signed checkpoint.")
    private Path in;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The cosigned checkpoint to write.")
    private Path out;

    @Option(names = "--force", description = "Replace an existing --out FILE.")
    private boolean force;

    @Override
    public Integer call() {
      OutputFiles.check(spec, out, "--out", force, in, keys, trust);
      return ExchangeFiles.guarded(spec, () -> {
        PartyKeyBundle witness = ExchangeFiles.keys(spec, keys);
        PartyPublicKeys logKey = ExchangeFiles.publicKeys(spec, List.of(trust), "--trust").get(0);
        SignedCheckpoint signed = readCheckpoint(spec, in, "--in");
        if (!signed.isSignedBy(logKey)) {
          throw new ExchangeFiles.Invalid("checkpoint (--in): "
              + eu.barrier.privacy.PrivacyError.AUDIT_CHECKPOINT_SIGNATURE.code()
              + ": no valid signature of the log key " + logKey.partyId());
        }
        SignedCheckpoint cosigned = signed.cosign(witness.partyKeys(), Clock.systemUTC().instant());
        OutputFiles.write(spec, out, OutputFiles.utf8(cosigned.text()), "--out", true, OutputFiles.Access.SHARED);
        PrintWriter o = spec.commandLine().getOut();
        o.printf("cosigned checkpoint of %s at %d entries as %s%n", signed.origin(), signed.size(), witness.partyId());
        o.flush();
        return BarrierCli.OK;
      });
    }
  }

  private static SignedCheckpoint readCheckpoint(CommandLine.Model.CommandSpec spec, Path file, String option) {
    return SignedCheckpoint.parse(ExchangeFiles.readText(spec, file, option, SignedCheckpoint.MAX_BYTES));
  }
}
