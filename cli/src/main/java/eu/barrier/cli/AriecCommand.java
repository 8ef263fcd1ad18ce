package eu.barrier.cli;

import eu.barrier.core.Language;
import eu.barrier.privacy.audit.AuditLog;
import eu.barrier.privacy.key.PartyKeyBundle;
import eu.barrier.privacy.key.PartyKeys;
import eu.barrier.privacy.key.PartyPublicKeys;
import eu.barrier.screening.picture.MessageFolder;
import eu.barrier.screening.picture.MessageStore;
import eu.barrier.screening.picture.Picture;
import eu.barrier.screening.picture.PictureCompiler;
import eu.barrier.screening.picture.PictureDemo;
import eu.barrier.screening.picture.PictureJson;
import eu.barrier.screening.picture.PictureReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code barrier ariec}: the ARIEC's side of the exchange. */
@Command(
    name = "ariec",
    mixinStandardHelpOptions = true,
    versionProvider = BarrierCli.Version.class,
    description = "The ARIEC's (or RIEC's) side: put the partners' opened reports together.",
    subcommands = {AriecCommand.PictureCommand.class})
final class AriecCommand implements Runnable {

  @Spec private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand; see 'barrier ariec --help'.");
  }

  /** {@code barrier ariec picture}: adapts {@link PictureCompiler}, {@link PictureJson} and {@link PictureReport}. */
  @Command(
      name = "picture",
      mixinStandardHelpOptions = true,
      versionProvider = BarrierCli.Version.class,
      description = {
        "Open every sealed message (*.json) in --in as the recipient, link the subjects by pseudonym and write",
        "picture.json, its JSON Schema (picture-v1.schema.json) and picture.html to --out: entities, ties, patterns",
        "across partners and connected groups ranked with explanations, every piece with its provenance.",
        "Messages that fail a check are listed with the reason and never used; messages past their retain-until",
        "date are left out and DELETED from --in. Every open, reject, removal and the picture go to --audit.",
        "--demo runs on three synthetic partners with DEMO-ONLY keys instead.",
        "Exit status: 0 picture written (messages may be listed as not used), 1 invalid keys or unreadable store,",
        "2 usage error."
      })
  static final class PictureCommand implements Callable<Integer> {

    @Spec private CommandLine.Model.CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Mode mode;

    static final class Mode {
      @Option(names = "--demo", required = true,
          description = "Use three synthetic partners (Genk, Hasselt, a Dutch RIEC) and DEMO-ONLY keys.")
      boolean demo;

      @ArgGroup(exclusive = false)
      Real real;
    }

    static final class Real {
      @Option(names = "--keys", required = true, paramLabel = "FILE", description = "The recipient's keys file.")
      Path keys;

      @Option(names = "--trust", required = true, arity = "1", paramLabel = "PUBLIC-FILE",
          description = "A partner's public key file; repeat for each partner.")
      List<Path> trust;

      @Option(names = "--in", required = true, paramLabel = "DIR", description = "The directory of sealed messages.")
      Path in;

      @Option(names = "--audit", required = true, paramLabel = "FILE",
          description = "The recipient's audit log: every open, reject, removal and the picture are appended.")
      Path audit;
    }

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/ariec-picture",
        description = "Where to write the picture (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--as-of", paramLabel = "DATE",
        description = "The picture's date, on which retention is judged, YYYY-MM-DD (default: today, UTC; the demo's "
            + "date with --demo).")
    private String asOf;

    @Option(names = "--purpose", paramLabel = "P",
        description = "Use only messages sent for this purpose; repeatable (default: every purpose).")
    private List<String> purposes;

    @Option(names = "--lang", paramLabel = "nl|fr|en", defaultValue = "en",
        description = "Language of the explanations and the page (default: ${DEFAULT-VALUE}).")
    private String lang;

    @Override
    public Integer call() {
      Language language = Cli.language(spec, lang);
      LocalDate date;
      try {
        date = asOf == null ? null : LocalDate.parse(asOf);
      } catch (DateTimeParseException e) {
        throw ExchangeFiles.usage(spec, "--as-of must be a date YYYY-MM-DD");
      }
      return ExchangeFiles.guarded(spec, () -> {
        Picture picture;
        if (mode.demo) {
          picture = PictureCompiler.builder(PictureDemo.party(PictureDemo.ARIEC), PictureDemo.trusted())
              .clock(PictureDemo.clock()).asOf(date == null ? PictureDemo.AS_OF : date).build()
              .compile(MessageStore.of(PictureDemo.messages())).withDemoLabel(PictureDemo.LABEL);
        } else {
          PartyKeyBundle me = ExchangeFiles.keys(spec, mode.real.keys);
          List<PartyPublicKeys> trusted = ExchangeFiles.publicKeys(spec, mode.real.trust, "--trust");
          AuditLog log = ExchangeFiles.audit(mode.real.audit);
          if (!Files.isDirectory(mode.real.in)) {
            throw ExchangeFiles.usage(spec, "--in must be a directory of sealed messages");
          }
          PartyKeys keys = me.partyKeys();
          PictureCompiler.Builder builder = PictureCompiler.builder(keys, trusted).clock(Clock.systemUTC())
              .auditLog(log);
          if (date != null) {
            builder.asOf(date);
          }
          if (purposes != null) {
            builder.purposes(Set.copyOf(purposes));
          }
          picture = builder.build().compile(MessageFolder.of(mode.real.in));
        }
        write(picture, language);
        return BarrierCli.OK;
      });
    }

    private void write(Picture picture, Language language) {
      byte[] schema;
      try (InputStream in = PictureJson.openSchema()) {
        schema = in.readAllBytes();
      } catch (IOException e) {
        throw new IllegalStateException("the picture schema resource cannot be read", e);
      }
      ExchangeFiles.write(spec, out.resolve("picture.json"), PictureJson.toBytes(picture, language), "--out");
      ExchangeFiles.write(spec, out.resolve("picture-v1.schema.json"), schema, "--out");
      ExchangeFiles.write(spec, out.resolve("picture.html"), PictureReport.html(picture, language,
          "barrier " + BarrierCli.Version.version()).getBytes(StandardCharsets.UTF_8), "--out");
      PrintWriter o = spec.commandLine().getOut();
      o.printf("picture of %d messages: %d entities, %d patterns, %d groups, TLP:%s; %d not used, %d removed%n",
          picture.sources().size(), picture.entities().size(), picture.patterns().size(), picture.groups().size(),
          picture.tlp().label(), picture.notUsed().size(), picture.removed().size());
      picture.notUsed().forEach(u -> o.printf("  not used: %s: %s %s%n", u.name(), u.code(), u.reason()));
      picture.removed().forEach(r -> o.printf("  removed after retention (%s): %s%n", r.retainUntil(), r.name()));
      o.printf("wrote %s, %s and %s%n", out.resolve("picture.json"), out.resolve("picture-v1.schema.json"),
          out.resolve("picture.html"));
      o.flush();
    }
  }
}
