package eu.barrier.cli;

import eu.barrier.indicators.catalogue.CatalogueFormatException;
import eu.barrier.indicators.catalogue.Catalogues;
import eu.barrier.indicators.catalogue.HashedCatalogue;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import picocli.CommandLine;

/** The {@code ID|FILE} value of a {@code --catalogue}-like option, resolved the same way by every command. */
final class CatalogueOption {

  /** The largest catalogue file a command reads. */
  static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

  private CatalogueOption() {}

  /**
   * Returns the built-in catalogue with that id, or else the catalogue in that file.
   *
   * @param spec the command, for usage errors
   * @param option the option's name, for messages
   * @param idOrFile a built-in id or a path
   * @return the catalogue with the SHA-256 of its bytes
   * @throws CommandLine.ParameterException if it is neither a built-in id nor a readable file of
   *     at most {@link #MAX_FILE_BYTES}
   * @throws CatalogueFormatException if the file is not a valid catalogue; the caller decides the
   *     exit code
   */
  static HashedCatalogue resolve(CommandLine.Model.CommandSpec spec, String option, String idOrFile) {
    if (Catalogues.findBuiltIn(idOrFile).isPresent()) {
      return Catalogues.hashedBuiltIn(idOrFile);
    }
    return Catalogues.loadHashed(read(spec, option, idOrFile));
  }

  /**
   * Returns the built-in catalogue with that id, or else the catalogue in that file read without
   * linting it ({@link Catalogues#loadDraft}), with the SHA-256 of its bytes: for commands whose
   * library API lints the catalogue itself and reports the lint errors in its own terms.
   *
   * @param spec the command, for usage errors
   * @param option the option's name, for messages
   * @param idOrFile a built-in id or a path
   * @return the catalogue with the SHA-256 of its bytes; it may have lint errors
   * @throws CommandLine.ParameterException as {@link #resolve}
   * @throws CatalogueFormatException if the file breaks the catalogue format
   */
  static HashedCatalogue resolveDraft(CommandLine.Model.CommandSpec spec, String option, String idOrFile) {
    if (Catalogues.findBuiltIn(idOrFile).isPresent()) {
      return Catalogues.hashedBuiltIn(idOrFile);
    }
    byte[] bytes = read(spec, option, idOrFile);
    try {
      return new HashedCatalogue(Catalogues.loadDraft(new ByteArrayInputStream(bytes)),
          HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required on every Java platform", e);
    }
  }

  private static byte[] read(CommandLine.Model.CommandSpec spec, String option, String file) {
    Path path = Path.of(file);
    if (!Files.exists(path)) {
      throw new CommandLine.ParameterException(spec.commandLine(), option
          + " is neither a built-in id nor a readable file; built-in ids: "
          + String.join(", ", Catalogues.builtInIds()));
    }
    try {
      return ExchangeFiles.read(spec, path, option, MAX_FILE_BYTES);
    } catch (ExchangeFiles.Invalid e) {
      // over the limit: a usage error, as every catalogue option has always reported it
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
