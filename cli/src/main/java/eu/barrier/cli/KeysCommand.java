package eu.barrier.cli;

import eu.barrier.privacy.InsecureSecretAccess;
import eu.barrier.privacy.key.KeyFiles;
import eu.barrier.privacy.key.PartyKeyBundle;
import eu.barrier.privacy.key.PartyPublicKeys;
import eu.barrier.privacy.key.SharedKeySet;
import eu.barrier.privacy.pseudonym.PseudonymContext;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code barrier keys}: generate a party's keys and export the shareable public part. */
@Command(
    name = "keys",
    mixinStandardHelpOptions = true,
    versionProvider = BarrierCli.Version.class,
    description = "Generate a party's keys (barrier-keys/1) and export their public part (barrier-party-public/1).",
    subcommands = {KeysCommand.Generate.class, KeysCommand.Public.class, KeysCommand.Share.class,
        KeysCommand.Import.class, KeysCommand.Rotate.class, KeysCommand.Revoke.class})
final class KeysCommand implements Runnable {

  @Spec private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand; see 'barrier keys --help'.");
  }

  /** {@code barrier keys generate --party ID --out FILE [--force]}. */
  @Command(
      name = "generate",
      mixinStandardHelpOptions = true,
      versionProvider = BarrierCli.Version.class,
      description = {
        "Generate a pseudonym key set and signing and encryption keys for one party, in one file.",
        "The file holds secrets: it is written readable by its owner only (POSIX 600) where the file system allows.",
        "An existing file is never replaced without --force.",
        "Exit status: 0 ok, 2 usage error (including an existing --out FILE)."
      })
  static final class Generate implements Callable<Integer> {

    @Spec private CommandLine.Model.CommandSpec spec;

    @Option(names = "--party", required = true, paramLabel = "ID",
        description = "The party id: 1 to 64 of a-z 0-9 . _ : / -, starting with a letter or digit.")
    private String party;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The keys file to write.")
    private Path out;

    @Option(names = "--force", description = "Replace an existing --out FILE.")
    private boolean force;

    @Override
    public Integer call() {
      if (!PartyPublicKeys.isValidPartyId(party)) {
        throw ExchangeFiles.usage(spec,
            "--party must be 1 to 64 of a-z 0-9 . _ : / -, starting with a letter or digit");
      }
      PartyKeyBundle bundle = PartyKeyBundle.generate(party, new SecureRandom());
      ExchangeFiles.writeSecret(spec, out, KeyFiles.write(bundle, InsecureSecretAccess.get()), force);
      PrintWriter o = spec.commandLine().getOut();
      o.printf("generated keys for %s: signing key %s, encryption key %s, pseudonym key %d (primary)%n",
          bundle.partyId(), bundle.publicKeys().signingKeyId(), bundle.publicKeys().encryptionKeyId(),
          bundle.keySet().primary().id());
      o.flush();
      return BarrierCli.OK;
    }
  }

  /** {@code barrier keys public --in FILE --out FILE [--force]}. */
  @Command(
      name = "public",
      mixinStandardHelpOptions = true,
      versionProvider = BarrierCli.Version.class,
      description = {
        "Write the shareable public part of a keys file: the party id and its public signing and encryption keys",
        "(barrier-party-public/1). It holds no secret; pseudonym keys are never shared.",
        "An existing file is never replaced without --force, and --out may not name the --in file.",
        "Exit status: 0 ok, 1 invalid keys file, 2 usage error."
      })
  static final class Public implements Callable<Integer> {

    @Spec private CommandLine.Model.CommandSpec spec;

    @Option(names = "--in", required = true, paramLabel = "FILE", description = "The keys file (barrier-keys/1).")
    private Path in;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The public key file to write.")
    private Path out;

    @Option(names = "--force", description = "Replace an existing --out FILE.")
    private boolean force;

    @Override
    public Integer call() {
      OutputFiles.check(spec, out, "--out", force, in);
      return ExchangeFiles.guarded(spec, () -> {
        PartyKeyBundle bundle = ExchangeFiles.keys(spec, in);
        OutputFiles.write(spec, out, KeyFiles.writePublic(bundle).getBytes(StandardCharsets.UTF_8), "--out", force,
            OutputFiles.Access.SHARED, in);
        PrintWriter o = spec.commandLine().getOut();
        o.printf("public keys of %s: signing key %s, encryption key %s%n", bundle.partyId(),
            bundle.publicKeys().signingKeyId(), bundle.publicKeys().encryptionKeyId());
        o.flush();
        return BarrierCli.OK;
      });
    }
  }

  /** Writes a party's keys file back in place: temporary file, forced, renamed, owner only. */
  private static void rewrite(Path keys, PartyKeyBundle bundle) {
    try {
      eu.barrier.core.output.OutputFiles.replace(keys, KeyFiles.write(bundle, InsecureSecretAccess.get())
          .getBytes(StandardCharsets.UTF_8), OutputFiles.Access.OWNER_ONLY.library, "--keys FILE");
    } catch (eu.barrier.core.output.OutputException e) {
      throw new ExchangeFiles.Invalid("cannot write the keys file (--keys): " + e.getMessage());
    }
  }

  private static String describe(SharedKeySet s) {
    return s.purpose() + " for " + s.recipient() + ": version " + s.version() + " of custodian " + s.custodian()
        + ", primary key " + s.keySet().primary().id()
        + s.recognisedUntil().map(d -> ", earlier keys recognised until " + d).orElse("");
  }

  /** {@code barrier keys share --keys FILE --purpose P --recipient R --out FILE [--rotate --recognise-until DATE]}. */
  @Command(
      name = "share",
      mixinStandardHelpOptions = true,
      versionProvider = BarrierCli.Version.class,
      description = {
        "As the custodian of a shared pseudonym domain, make (or re-issue, or with --rotate renew) the pseudonym key",
        "set for one purpose and recipient, keep it in the --keys file, and write it as a barrier.shared-key-set/1",
        "message to seal to each partner sender (barrier envelope seal --tlp RED). Never send it to the recipient.",
        "--rotate makes the next version: a new primary key; the previous primary is still recognised until",
        "--recognise-until. The --out file holds secrets: it is written readable by its owner only.",
        "Exit status: 0 ok, 1 invalid keys file or rule, 2 usage error (including an existing --out FILE)."
      })
  static final class Share implements Callable<Integer> {

    @Spec private CommandLine.Model.CommandSpec spec;

    @Option(names = "--keys", required = true, paramLabel = "FILE",
        description = "The custodian's keys file (barrier-keys/1); the shared key set is kept in it.")
    private Path keys;

    @Option(names = "--purpose", required = true, paramLabel = "P", description = "The purpose label, for example thb-signal.")
    private String purpose;

    @Option(names = "--recipient", required = true, paramLabel = "R",
        description = "The recipient domain label, for example ariec-limburg; the recipient never gets the key set.")
    private String recipient;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The shared key set message to write.")
    private Path out;

    @Option(names = "--rotate", description = "Issue the next version with a new primary key.")
    private boolean rotate;

    @Option(names = "--recognise-until", paramLabel = "DATE",
        description = "With --rotate: the last day (ISO date) on which the previous primary key is recognised.")
    private LocalDate recogniseUntil;

    @Option(names = "--force", description = "Replace an existing --out FILE.")
    private boolean force;

    @Override
    public Integer call() {
      if (!PseudonymContext.isValidLabel(purpose) || !PseudonymContext.isValidLabel(recipient)) {
        throw ExchangeFiles.usage(spec, "--purpose and --recipient must be 1 to 64 of a-z 0-9 . _ : / -, "
            + "starting with a letter or digit");
      }
      if (rotate != (recogniseUntil != null)) {
        throw ExchangeFiles.usage(spec, "--rotate and --recognise-until go together");
      }
      OutputFiles.check(spec, out, "--out", force, keys);
      return ExchangeFiles.guarded(spec, () -> {
        PartyKeyBundle bundle = ExchangeFiles.keys(spec, keys);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Optional<SharedKeySet> held = bundle.sharedKeySet(purpose, recipient);
        if (held.isPresent() && !held.get().custodian().equals(bundle.partyId())) {
          throw new ExchangeFiles.Invalid("this party imported the shared key set of " + purpose + " for " + recipient
              + " from custodian " + held.get().custodian() + "; only the custodian shares or rotates it");
        }
        if (rotate && held.isEmpty()) {
          throw new ExchangeFiles.Invalid("--rotate: this party holds no shared key set of " + purpose + " for "
              + recipient + " yet; share one first");
        }
        SharedKeySet shared = held.isEmpty()
            ? SharedKeySet.generate(bundle.partyId(), purpose, recipient, today, new java.security.SecureRandom())
            : rotate ? held.get().rotate(today, recogniseUntil, new java.security.SecureRandom()) : held.get();
        // keep it first: the custodian never hands out a key set it does not hold itself
        rewrite(keys, bundle.withSharedKeySet(shared));
        OutputFiles.write(spec, out, shared.write(InsecureSecretAccess.get()), "--out", force,
            OutputFiles.Access.OWNER_ONLY, keys);
        PrintWriter o = spec.commandLine().getOut();
        o.printf("shared key set %s%nwrote %s: seal it to each partner sender with --tlp RED, never to %s%n",
            describe(shared), out, recipient);
        o.flush();
        return BarrierCli.OK;
      });
    }
  }

  /** {@code barrier keys import --keys FILE --shared FILE}. */
  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      versionProvider = BarrierCli.Version.class,
      description = {
        "Import a shared pseudonym key set (barrier.shared-key-set/1, the opened payload the custodian sealed to you)",
        "into the --keys file. Afterwards pseudonymise and screen --exchange-to use it for its purpose and recipient.",
        "A newer version from the same custodian replaces the held one; the recipient itself may not import it.",
        "Exit status: 0 ok, 1 invalid file or refused import, 2 usage error."
      })
  static final class Import implements Callable<Integer> {

    @Spec private CommandLine.Model.CommandSpec spec;

    @Option(names = "--keys", required = true, paramLabel = "FILE", description = "The keys file (barrier-keys/1); updated.")
    private Path keys;

    @Option(names = "--shared", required = true, paramLabel = "FILE",
        description = "The shared key set message (barrier.shared-key-set/1).")
    private Path shared;

    @Override
    public Integer call() {
      return ExchangeFiles.guarded(spec, () -> {
        PartyKeyBundle bundle = ExchangeFiles.keys(spec, keys);
        String text = ExchangeFiles.readSecretText(spec, shared, "--shared", ExchangeFiles.MAX_KEY_FILE);
        SharedKeySet set;
        try {
          set = SharedKeySet.read(text.getBytes(StandardCharsets.UTF_8), InsecureSecretAccess.get());
        } catch (eu.barrier.core.BarrierException e) {
          throw new ExchangeFiles.Invalid("invalid shared key set (--shared): " + e.getMessage());
        }
        PartyKeyBundle updated = bundle.withSharedKeySet(set);
        PrintWriter o = spec.commandLine().getOut();
        if (updated == bundle) {
          o.printf("already held: shared key set %s%n", describe(set));
        } else {
          rewrite(keys, updated);
          o.printf("imported shared key set %s%n", describe(set));
        }
        o.flush();
        return BarrierCli.OK;
      });
    }
  }

  /** {@code barrier keys rotate --keys FILE --retire-until DATE}. */
  @Command(
      name = "rotate",
      mixinStandardHelpOptions = true,
      versionProvider = BarrierCli.Version.class,
      description = {
        "Rotate a party's exchange keys: fresh signing and encryption keys become current; the old ones are retired",
        "and messages under them still open until the end of --retire-until (UTC), then are refused (BARRIER-PRIV-0415).",
        "The --keys file is updated in place; then give partners the new public file (barrier keys public).",
        "Exit status: 0 ok, 1 invalid keys file, 2 usage error."
      })
  static final class Rotate implements Callable<Integer> {

    @Spec private CommandLine.Model.CommandSpec spec;

    @Option(names = "--keys", required = true, paramLabel = "FILE", description = "The keys file (barrier-keys/1); updated.")
    private Path keys;

    @Option(names = "--retire-until", required = true, paramLabel = "DATE",
        description = "The last day (ISO date, UTC) on which messages under the old keys still open.")
    private LocalDate retireUntil;

    @Override
    public Integer call() {
      return ExchangeFiles.guarded(spec, () -> {
        PartyKeyBundle bundle = ExchangeFiles.keys(spec, keys);
        java.time.Instant until = retireUntil.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1);
        eu.barrier.privacy.key.PartyKeys rotated = bundle.partyKeys().rotate(until, new java.security.SecureRandom());
        rewrite(keys, PartyKeyBundle.of(bundle.keySet(), rotated, bundle.sharedKeySets()));
        PrintWriter o = spec.commandLine().getOut();
        o.printf("rotated the exchange keys of %s: signing key %s (was %s), encryption key %s (was %s);"
            + " the old keys open messages until %s%n", bundle.partyId(), rotated.publicKeys().signingKeyId(),
            bundle.publicKeys().signingKeyId(), rotated.publicKeys().encryptionKeyId(),
            bundle.publicKeys().encryptionKeyId(), until);
        o.flush();
        return BarrierCli.OK;
      });
    }
  }

  /** {@code barrier keys revoke --keys FILE --key-id ID}. */
  @Command(
      name = "revoke",
      mixinStandardHelpOptions = true,
      versionProvider = BarrierCli.Version.class,
      description = {
        "Revoke a retired exchange key of the party: messages under it are refused from now on (BARRIER-PRIV-0416)",
        "by everyone who has the new public file; a revoked encryption key's private key is dropped.",
        "To revoke a current key, rotate first. The --keys file is updated in place.",
        "Exit status: 0 ok, 1 invalid keys file or not a retired key, 2 usage error."
      })
  static final class Revoke implements Callable<Integer> {

    @Spec private CommandLine.Model.CommandSpec spec;

    @Option(names = "--keys", required = true, paramLabel = "FILE", description = "The keys file (barrier-keys/1); updated.")
    private Path keys;

    @Option(names = "--key-id", required = true, paramLabel = "ID", description = "The id of a retired key.")
    private String keyId;

    @Override
    public Integer call() {
      return ExchangeFiles.guarded(spec, () -> {
        PartyKeyBundle bundle = ExchangeFiles.keys(spec, keys);
        eu.barrier.privacy.key.PartyKeys revoked = bundle.partyKeys().revoke(keyId);
        rewrite(keys, PartyKeyBundle.of(bundle.keySet(), revoked, bundle.sharedKeySets()));
        PrintWriter o = spec.commandLine().getOut();
        o.printf("revoked key %s of %s; give partners the new public file (barrier keys public)%n", keyId,
            bundle.partyId());
        o.flush();
        return BarrierCli.OK;
      });
    }
  }
}
