package eu.barrier.cli;

import eu.barrier.core.Language;
import eu.barrier.core.id.Identifier;
import eu.barrier.core.id.IdentifierType;
import eu.barrier.core.id.InvalidIdentifierException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code barrier id}: work with Belgian and Dutch identifiers. */
@Command(
    name = "id",
    mixinStandardHelpOptions = true,
    versionProvider = BarrierCli.Version.class,
    description = "Check Belgian and Dutch identifiers.",
    subcommands = {IdCommand.Check.class})
final class IdCommand implements Runnable {

  @Spec private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing subcommand; see 'barrier id --help'.");
  }

  /**
   * {@code barrier id check TYPE VALUE...}: one line per value; an invalid value is reported by its
   * position and the broken rule, never echoed.
   */
  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      versionProvider = BarrierCli.Version.class,
      description = {
        "Check identifiers of one type and print their display and canonical forms.",
        "Invalid values are reported by position (#1, #2, ...) and rule, never echoed.",
        "Exit status: 0 all valid, 1 some invalid, 2 usage error."
      })
  static final class Check implements Callable<Integer> {

    @Spec private CommandLine.Model.CommandSpec spec;

    @Parameters(
        index = "0",
        paramLabel = "TYPE",
        completionCandidates = TypeIds.class,
        description = "Identifier type: ${COMPLETION-CANDIDATES}.")
    private String typeId;

    @Parameters(
        index = "1..*",
        arity = "1..*",
        paramLabel = "VALUE",
        description = "Values to check, in any common written form.")
    private List<String> values;

    @CommandLine.Option(names = "--lang", paramLabel = "nl|fr|en", defaultValue = "en",
        description = "Language of the problem messages: nl, fr or en (default: ${DEFAULT-VALUE}).")
    private String lang;

    @Override
    public Integer call() {
      IdentifierType type = type();
      Language language = Cli.language(spec, lang);
      PrintWriter out = spec.commandLine().getOut();
      boolean allValid = true;
      for (int i = 0; i < values.size(); i++) {
        try {
          Identifier id = type.parse(values.get(i));
          out.printf(Locale.ROOT, "valid %s %s (%s)%n", type.id(), id.display(), id.canonical());
        } catch (InvalidIdentifierException e) {
          allValid = false;
          out.printf(Locale.ROOT, "invalid %s #%d: %s [%s]%n", type.id(), i + 1,
              language == Language.EN ? e.reason() : e.message(language), e.code());
        }
      }
      out.flush();
      return allValid ? BarrierCli.OK : BarrierCli.INVALID;
    }

    private IdentifierType type() {
      try {
        return IdentifierType.fromId(typeId);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            // not echoed: a value typed in the TYPE position may be personal data
            "Unknown identifier type (TYPE, argument 1); expected one of: "
                + String.join(", ", new TypeIds()));
      }
    }
  }

  /** The identifier type ids, for help and completion. */
  static final class TypeIds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      List<String> ids = new ArrayList<>();
      Arrays.stream(IdentifierType.values()).forEach(t -> ids.add(t.id()));
      return ids.iterator();
    }
  }
}
