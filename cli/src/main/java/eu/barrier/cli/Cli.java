package eu.barrier.cli;

import eu.barrier.core.Language;
import picocli.CommandLine;

/** Small helpers shared by commands. */
final class Cli {

  private Cli() {}

  /** Returns the language for {@code --lang}, or throws a usage error. */
  static Language language(CommandLine.Model.CommandSpec spec, String lang) {
    for (Language language : Language.values()) {
      if (language.id().equals(lang)) {
        return language;
      }
    }
    throw new CommandLine.ParameterException(spec.commandLine(), "--lang must be nl, fr or en");
  }
}
