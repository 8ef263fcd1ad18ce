package eu.barrier.cli;

import eu.barrier.core.id.Identifier;
import eu.barrier.core.id.IdentifierType;
import eu.barrier.core.id.InvalidIdentifierException;
import eu.barrier.core.input.InputException;
import eu.barrier.core.input.InputFiles;
import eu.barrier.core.input.InputLines;
import eu.barrier.privacy.audit.AuditAction;
import eu.barrier.privacy.audit.AuditEvent;
import eu.barrier.privacy.audit.AuditLog;
import eu.barrier.privacy.blind.BlindPseudonymClient;
import eu.barrier.privacy.blind.ServicePublicKeys;
import eu.barrier.privacy.key.PartyKeyBundle;
import eu.barrier.privacy.pseudonym.Pseudonym;
import eu.barrier.privacy.pseudonym.PseudonymContext;
import eu.barrier.privacy.pseudonym.Pseudonymiser;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code barrier pseudonymise}: keyed pseudonyms of identifiers, one per line in input order, or
 * with {@code --service} blind ({@code pk2}) pseudonyms from a pseudonym service ({@link
 * BlindPseudonymClient}). An invalid identifier is never hashed nor sent: it gets no output line,
 * and standard error names its position and rule, never its value.
 */
@Command(
    name = "pseudonymise",
    mixinStandardHelpOptions = true,
    versionProvider = BarrierCli.Version.class,
    description = {
      "Print the keyed pseudonym (pk1.<kid>.<tag>) of each identifier, one line per valid value, in input order.",
      "With --service, print blind pseudonyms (pk2.<kid>.<tag>) from that pseudonym service instead: the values are",
      "blinded before they leave, requests are signed with the --keys file's signing key, and the service's proof is",
      "checked; the keys file's pseudonym keys are not used.",
      "Values come from the arguments, or one per line from standard input when none are given.",
      "An invalid value is never hashed and gets no output line; standard error names its position (#1, #2, ...)",
      "and the broken rule, never the value.",
      "Exit status: 0 all valid, 1 some invalid (the valid ones are still printed), 2 usage error."
    })
final class PseudonymiseCommand implements Callable<Integer> {

  /** The most values read from standard input. */
  static final int MAX_VALUES = 1_000_000;

  /** The longest line read from standard input: far above any written identifier. */
  static final int MAX_LINE = 1024;

  /** The most bytes read from standard input. */
  static final long MAX_STANDARD_INPUT = 64L * 1024 * 1024;

  @Spec private CommandLine.Model.CommandSpec spec;

  @Option(names = "--keys", required = true, paramLabel = "FILE", description = "The keys file (barrier-keys/1).")
  private Path keys;

  @Option(names = "--purpose", required = true, paramLabel = "P",
      description = "The purpose label, for example thb-signal.")
  private String purpose;

  @Option(names = "--recipient", required = true, paramLabel = "R",
      description = "The recipient domain label, for example ariec-limburg.")
  private String recipient;

  @Option(names = "--type", required = true, paramLabel = "TYPE", completionCandidates = IdCommand.TypeIds.class,
      description = "Identifier type: ${COMPLETION-CANDIDATES}.")
  private String typeId;

  @Option(names = "--audit", paramLabel = "FILE", description = "Append an entry to this audit log.")
  private Path audit;

  @Option(names = "--service", paramLabel = "URL",
      description = "A pseudonym service (barrier pseudonym-service): ask it for blind pk2 pseudonyms.")
  private String service;

  @Option(names = "--service-keys", paramLabel = "FILE",
      description = "With --service: the service's public keys (barrier-oprf-public/1) to pin; "
          + "without it they are fetched from the service.")
  private Path serviceKeys;

  @Parameters(arity = "0..*", paramLabel = "VALUE", description = "Identifiers, in any common written form.")
  private List<String> values;

  @Override
  public Integer call() {
    IdentifierType type;
    try {
      type = IdentifierType.fromId(typeId);
    } catch (IllegalArgumentException e) {
      throw ExchangeFiles.usage(spec, "Unknown identifier type (--type); expected one of: "
          + String.join(", ", new IdCommand.TypeIds()));
    }
    if (!PseudonymContext.isValidLabel(purpose) || !PseudonymContext.isValidLabel(recipient)) {
      throw ExchangeFiles.usage(spec, "--purpose and --recipient must be 1 to 64 of a-z 0-9 . _ : / -, "
          + "starting with a letter or digit");
    }
    return ExchangeFiles.guarded(spec, () -> {
      PartyKeyBundle bundle = ExchangeFiles.keys(spec, keys);
      AuditLog log = ExchangeFiles.audit(audit);
      List<String> input = values == null || values.isEmpty() ? standardInput() : values;
      if (service != null) {
        return blind(bundle, log, type, input);
      }
      Pseudonymiser pseudonymiser = Pseudonymiser.create(bundle.keySet(), PseudonymContext.of(purpose, recipient));
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      long invalid = 0;
      List<String> results = new ArrayList<>(input.size());
      for (int i = 0; i < input.size(); i++) {
        try {
          results.add(pseudonymiser.pseudonymise(type, input.get(i)).format());
        } catch (InvalidIdentifierException e) {
          invalid++;
          err.printf("invalid %s #%d: %s [%s]%n", type.id(), i + 1, e.reason(), e.code());
        }
      }
      err.flush();
      if (log != null) {
        // the audit entry is written before the pseudonyms it records are shown (issue 16)
        AuditEvent.Builder event = AuditEvent.builder(AuditAction.PSEUDONYMISE, bundle.partyId())
            .purpose(purpose).recipient(recipient).count(input.size() - invalid).failures(invalid)
            .keyId("keyset:" + pseudonymiser.keyIds().get(0));
        log.append(event.build());
      }
      results.forEach(out::println);
      out.flush();
      return invalid == 0 ? BarrierCli.OK : BarrierCli.INVALID;
    });
  }

  /** The --service path: parse all, send the valid ones in batches, print in input order. */
  private int blind(PartyKeyBundle bundle, AuditLog log, IdentifierType type, List<String> input) {
    URI uri;
    try {
      uri = new URI(service);
    } catch (URISyntaxException e) {
      throw ExchangeFiles.usage(spec, "--service must be an http or https URL");
    }
    BlindPseudonymClient.Builder builder;
    try {
      builder = BlindPseudonymClient.builder(uri, bundle.partyKeys());
    } catch (IllegalArgumentException e) {
      throw ExchangeFiles.usage(spec, "--service must be an http or https URL with a host");
    }
    if (serviceKeys != null) {
      builder.pinnedKeys(ServicePublicKeys.parse(ExchangeFiles.read(spec, serviceKeys, "--service-keys",
          ServicePublicKeys.MAX_BYTES)));
    }
    BlindPseudonymClient client = builder.build();
    PrintWriter err = spec.commandLine().getErr();
    List<Identifier> valid = new ArrayList<>();
    long invalid = 0;
    for (int i = 0; i < input.size(); i++) {
      try {
        valid.add(type.parse(input.get(i)));
      } catch (InvalidIdentifierException e) {
        invalid++;
        err.printf("invalid %s #%d: %s [%s]%n", type.id(), i + 1, e.reason(), e.code());
      }
    }
    err.flush();
    PseudonymContext context = PseudonymContext.of(purpose, recipient);
    List<Pseudonym> pseudonyms = valid.isEmpty() ? List.of() : client.pseudonymise(context, valid);
    PrintWriter out = spec.commandLine().getOut();
    for (Pseudonym p : pseudonyms) {
      out.println(p.format());
    }
    out.flush();
    if (log != null) {
      AuditEvent.Builder event = AuditEvent.builder(AuditAction.PSEUDONYMISE, bundle.partyId()).purpose(purpose)
          .recipient(recipient).count(valid.size()).failures(invalid);
      if (!valid.isEmpty()) {
        event.keyId("oprf:" + client.serviceKeys().primary().id());
      }
      log.append(event.build());
    }
    return invalid == 0 ? BarrierCli.OK : BarrierCli.INVALID;
  }

  private List<String> standardInput() {
    List<String> lines = new ArrayList<>();
    InputLines reader = InputLines.of(InputFiles.bounded(System.in, MAX_STANDARD_INPUT, "standard input"), MAX_LINE,
        "standard input");
    try {
      for (String line = reader.next(); line != null; line = reader.next()) {
        if (lines.size() == MAX_VALUES) {
          throw ExchangeFiles.usage(spec, "more than " + MAX_VALUES + " values on standard input");
        }
        lines.add(line);
      }
    } catch (InputException e) {
      // the first refusal ends the read: a stream such as /dev/zero never ends on its own
      throw ExchangeFiles.refused(spec, e);
    }
    return lines;
  }
}
