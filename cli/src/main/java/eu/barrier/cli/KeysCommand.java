package eu.barrier.cli;

import eu.barrier.privacy.InsecureSecretAccess;
import eu.barrier.privacy.key.KeyFiles;
import eu.barrier.privacy.key.PartyKeyBundle;
import eu.barrier.privacy.key.PartyPublicKeys;
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
    subcommands = {KeysCommand.Generate.class, KeysCommand.Public.class})
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
}
