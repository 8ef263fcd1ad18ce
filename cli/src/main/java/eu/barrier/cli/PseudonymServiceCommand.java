package eu.barrier.cli;

import eu.barrier.core.id.Identifier;
import eu.barrier.core.id.IdentifierType;
import eu.barrier.core.id.InvalidIdentifierException;
import eu.barrier.privacy.audit.AuditLog;
import eu.barrier.privacy.blind.BlindPseudonymClient;
import eu.barrier.privacy.blind.BlindPseudonymException;
import eu.barrier.privacy.blind.ServiceKeys;
import eu.barrier.privacy.key.PartyKeyBundle;
import eu.barrier.privacy.key.PartyPublicKeys;
import eu.barrier.privacy.pseudonym.Pseudonym;
import eu.barrier.privacy.pseudonym.PseudonymContext;
import eu.barrier.pseudonym.service.PseudonymService;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code barrier pseudonym-service}: runs the blind pseudonymisation service ({@link
 * PseudonymService}) until stopped, or for {@code --serve-for} seconds; {@code demo} runs it on a
 * free loopback port for the length of one demonstration with partners' key files.
 */
@Command(
    name = "pseudonym-service",
    mixinStandardHelpOptions = true,
    versionProvider = BarrierCli.Version.class,
    description = {
      "Run the blind pseudonymisation service (RFC 9497 POPRF, P256-SHA256) for the partners on the trust list.",
      "It binds to 127.0.0.1 unless --host says otherwise, prints the URL it listens on, and runs until stopped",
      "(Ctrl-C or SIGTERM stop it gracefully) or for --serve-for seconds. Every evaluation and refusal is written",
      "to the --audit log: partner, purpose, recipient, count and key id, never an element.",
      "Exit status: 0 stopped normally, 1 invalid keys or trust file, 2 usage error (including a port in use)."
    },
    subcommands = {PseudonymServiceCommand.PublicKeys.class, PseudonymServiceCommand.Demo.class})
final class PseudonymServiceCommand implements Callable<Integer> {

  @Spec private CommandLine.Model.CommandSpec spec;

  @Option(names = "--keys", paramLabel = "FILE",
      description = "The service's keys file (barrier-keys/1); its pseudonym key set holds the service keys.")
  private Path keys;

  @Option(names = "--trust", paramLabel = "PUBLIC-FILE",
      description = "A partner's public key file (barrier-party-public/1); repeat for each partner served.")
  private List<Path> trust;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = PseudonymService.DEFAULT_HOST,
      description = "The address to bind (default: ${DEFAULT-VALUE}).")
  private String host;

  @Option(names = "--port", paramLabel = "N", defaultValue = "0",
      description = "The port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  private int port;

  @Option(names = "--rate", paramLabel = "R", defaultValue = "" + PseudonymService.DEFAULT_RATE_PER_MINUTE,
      description = "Elements each partner may have evaluated per minute (default: ${DEFAULT-VALUE}).")
  private long rate;

  @Option(names = "--max-batch", paramLabel = "N",
      description = "The most elements in one request (default: " + PseudonymService.DEFAULT_MAX_BATCH
          + ", or the rate when that is lower).")
  private Integer maxBatch;

  @Option(names = "--audit", paramLabel = "FILE", description = "The audit log (created or continued).")
  private Path audit;

  @Option(names = "--serve-for", paramLabel = "SECONDS",
      description = "Stop gracefully after this many seconds (for scripts and demonstrations).")
  private Integer serveFor;

  @Override
  public Integer call() {
    if (keys == null || trust == null || trust.isEmpty() || audit == null) {
      throw ExchangeFiles.usage(spec, "--keys, at least one --trust and --audit are required");
    }
    if (serveFor != null && serveFor < 0) {
      throw ExchangeFiles.usage(spec, "--serve-for must be 0 or more seconds");
    }
    return ExchangeFiles.guarded(spec, () -> {
      PseudonymService service = start(spec, keys, trust, audit, host, port, rate,
          maxBatch != null ? maxBatch : defaultBatch(rate));
      PrintWriter out = spec.commandLine().getOut();
      out.println("pseudonym service listening on " + service.uri());
      out.flush();
      CountDownLatch stopped = new CountDownLatch(1);
      Thread hook = new Thread(() -> {
        service.close();
        stopped.countDown();
      }, "pseudonym-service-stop");
      Runtime.getRuntime().addShutdownHook(hook);
      try {
        boolean byHook = serveFor == null ? await(stopped) : stopped.await(serveFor, TimeUnit.SECONDS);
        if (!byHook) {
          Runtime.getRuntime().removeShutdownHook(hook);
          service.close();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        service.close();
      }
      out.println("pseudonym service stopped");
      out.flush();
      return BarrierCli.OK;
    });
  }

  private static boolean await(CountDownLatch latch) throws InterruptedException {
    latch.await();
    return true;
  }

  /** The default batch limit: never above the rate, which the service requires. */
  static int defaultBatch(long rate) {
    return (int) Math.min(PseudonymService.DEFAULT_MAX_BATCH, Math.max(1, rate));
  }

  static PseudonymService start(CommandLine.Model.CommandSpec spec, Path keys, List<Path> trust, Path audit,
      String host, int port, long rate, int maxBatch) {
    PartyKeyBundle bundle = ExchangeFiles.keys(spec, keys);
    List<PartyPublicKeys> trusted = ExchangeFiles.publicKeys(spec, trust, "--trust");
    AuditLog log = ExchangeFiles.audit(audit);
    try {
      return PseudonymService.builder(ServiceKeys.from(bundle.keySet()), trusted, log).host(host).port(port)
          .ratePerMinute(rate).maxBatch(maxBatch).start();
    } catch (eu.barrier.pseudonym.service.PseudonymServiceException e) {
      throw ExchangeFiles.usage(spec, e.getMessage());
    }
  }

  /** {@code barrier pseudonym-service public-keys --keys FILE --out FILE}. */
  @Command(
      name = "public-keys",
      mixinStandardHelpOptions = true,
      versionProvider = BarrierCli.Version.class,
      description = {
        "Write the service's public keys (barrier-oprf-public/1), for partners to pin with",
        "'barrier pseudonymise --service-keys'. It holds no secret.",
        "Exit status: 0 ok, 1 invalid keys file, 2 usage error."
      })
  static final class PublicKeys implements Callable<Integer> {

    @Spec private CommandLine.Model.CommandSpec spec;

    @Option(names = "--keys", required = true, paramLabel = "FILE", description = "The service's keys file.")
    private Path keys;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The public key file to write.")
    private Path out;

    @Override
    public Integer call() {
      return ExchangeFiles.guarded(spec, () -> {
        ServiceKeys service = ServiceKeys.from(ExchangeFiles.keys(spec, keys).keySet());
        ExchangeFiles.write(spec, out, service.publicKeys().toJson().getBytes(StandardCharsets.UTF_8), "--out");
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "service public keys: primary %d, %d key(s)%n", service.primaryId(),
            service.publicKeys().keys().size());
        o.flush();
        return BarrierCli.OK;
      });
    }
  }

  /** {@code barrier pseudonym-service demo …}: the service on a free loopback port, used by partners, stopped. */
  @Command(
      name = "demo",
      mixinStandardHelpOptions = true,
      versionProvider = BarrierCli.Version.class,
      description = {
        "Start the service on a free 127.0.0.1 port, let each --partner pseudonymise the values through it over",
        "HTTP (signed requests, blinded values, checked proofs), print one line per partner and value, and stop.",
        "Shows that partners who hold no service key get the same pk2 pseudonym for the same identifier.",
        "Exit status: 0 every partner was served and all agree, 1 a partner was refused or input was invalid,",
        "2 usage error."
      })
  static final class Demo implements Callable<Integer> {

    @Spec private CommandLine.Model.CommandSpec spec;

    @Option(names = "--keys", required = true, paramLabel = "FILE", description = "The service's keys file.")
    private Path keys;

    @Option(names = "--trust", required = true, paramLabel = "PUBLIC-FILE",
        description = "A partner's public key file; repeat.")
    private List<Path> trust;

    @Option(names = "--partner", required = true, paramLabel = "FILE",
        description = "A partner's keys file (barrier-keys/1), used only to sign its requests; repeat.")
    private List<Path> partners;

    @Option(names = "--audit", required = true, paramLabel = "FILE", description = "The service's audit log.")
    private Path audit;

    @Option(names = "--rate", paramLabel = "R", defaultValue = "" + PseudonymService.DEFAULT_RATE_PER_MINUTE,
        description = "Elements each partner may have evaluated per minute (default: ${DEFAULT-VALUE}).")
    private long rate;

    @Option(names = "--purpose", required = true, paramLabel = "P", description = "The purpose label.")
    private String purpose;

    @Option(names = "--recipient", required = true, paramLabel = "R", description = "The recipient label.")
    private String recipient;

    @Option(names = "--type", required = true, paramLabel = "TYPE", completionCandidates = IdCommand.TypeIds.class,
        description = "Identifier type: ${COMPLETION-CANDIDATES}.")
    private String typeId;

    @Parameters(arity = "1..*", paramLabel = "VALUE", description = "Identifiers, in any common written form.")
    private List<String> values;

    @Override
    public Integer call() {
      IdentifierType type;
      try {
        type = IdentifierType.fromId(typeId);
      } catch (IllegalArgumentException e) {
        throw ExchangeFiles.usage(spec, "Unknown identifier type (--type)");
      }
      if (!PseudonymContext.isValidLabel(purpose) || !PseudonymContext.isValidLabel(recipient)) {
        throw ExchangeFiles.usage(spec, "--purpose and --recipient must be 1 to 64 of a-z 0-9 . _ : / -, "
            + "starting with a letter or digit");
      }
      return ExchangeFiles.guarded(spec, () -> {
        List<Identifier> ids = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
          try {
            ids.add(type.parse(values.get(i)));
          } catch (InvalidIdentifierException e) {
            throw new ExchangeFiles.Invalid("invalid " + type.id() + " #" + (i + 1) + ": " + e.reason() + " [" + e.code() + "]");
          }
        }
        List<PartyKeyBundle> bundles = new ArrayList<>();
        for (Path p : partners) {
          bundles.add(ExchangeFiles.keys(spec, p));
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PseudonymContext context = PseudonymContext.of(purpose, recipient);
        List<List<Pseudonym>> results = new ArrayList<>();
        boolean refused = false;
        int batch = defaultBatch(rate);
        try (PseudonymService service = start(spec, keys, trust, audit, PseudonymService.DEFAULT_HOST, 0, rate,
            batch)) {
          out.println("pseudonym service listening on " + service.uri());
          for (PartyKeyBundle partner : bundles) {
            BlindPseudonymClient client = BlindPseudonymClient.builder(service.uri(), partner.partyKeys())
                .batchSize(batch).build();
            try {
              List<Pseudonym> got = client.pseudonymise(context, ids);
              results.add(got);
              for (int i = 0; i < got.size(); i++) {
                out.printf(Locale.ROOT, "%s #%d %s%n", partner.partyId(), i + 1, got.get(i).format());
              }
            } catch (BlindPseudonymException e) {
              refused = true;
              err.printf(Locale.ROOT, "%s refused: %s%n", partner.partyId(), e.getMessage());
            }
          }
        }
        boolean agree = results.stream().distinct().count() <= 1;
        if (results.size() > 1) {
          out.println(agree ? "all served partners got the same pseudonyms" : "partners got different pseudonyms");
        } else {
          out.printf(Locale.ROOT, "%d of %d partners served%n", results.size(), bundles.size());
        }
        out.println("pseudonym service stopped");
        out.flush();
        err.flush();
        return !refused && agree ? BarrierCli.OK : BarrierCli.INVALID;
      });
    }
  }
}
