package eu.barrier.cli;

import eu.barrier.core.BarrierException;
import eu.barrier.core.input.InputException;
import eu.barrier.core.input.InputFiles;
import eu.barrier.privacy.InsecureSecretAccess;
import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.audit.AuditLog;
import eu.barrier.privacy.audit.FileAuditSink;
import eu.barrier.privacy.key.KeyFiles;
import eu.barrier.privacy.key.PartyKeyBundle;
import eu.barrier.privacy.key.PartyKeyFiles;
import eu.barrier.privacy.key.PartyPublicKeys;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * Files of the exchange commands: keys files, public key files, messages and audit logs. Reading
 * problems of a file the user named are usage errors (exit 2); content that breaks its format is
 * invalid input (exit 1, {@link Invalid}).
 */
final class ExchangeFiles {

  /** The largest keys, public key or payload file read. */
  static final long MAX_KEY_FILE = KeyFiles.MAX_FILE_BYTES;

  /** The largest message file read (the strict reader's limit). */
  static final long MAX_MESSAGE_FILE = 16L * 1024 * 1024;

  private ExchangeFiles() {}

  /** Content of a named file that breaks its format: exit 1 with the code on standard error. */
  static final class Invalid extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Invalid(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * Reads a named input through the bounded reader: regular files only, never more than {@code max}
   * bytes whatever the file system reports. An input that cannot be used at all (missing, a
   * directory, pipe or device) is a usage error; one over its limit is invalid input.
   */
  static byte[] read(CommandLine.Model.CommandSpec spec, Path file, String option, long max) {
    try {
      return InputFiles.read(file, max, option + " FILE");
    } catch (InputException e) {
      throw refused(spec, e);
    }
  }

  /**
   * Opens a named input for streaming through the bounded reader: regular files only, never more
   * than {@code max} bytes; refusals as {@link #read}. Reading past the limit throws {@link
   * InputException}, which {@link BarrierCli} reports as invalid input.
   */
  static java.io.InputStream open(CommandLine.Model.CommandSpec spec, Path file, String option, long max) {
    try {
      return InputFiles.open(file, max, option + " FILE");
    } catch (InputException e) {
      throw refused(spec, e);
    }
  }

  /** Reads standard input, loading at most {@code max} bytes; more is invalid input. */
  static byte[] readStandardInput(CommandLine.Model.CommandSpec spec, String option, long max) {
    try {
      return InputFiles.read(System.in, max, option + " standard input");
    } catch (InputException e) {
      throw refused(spec, e);
    }
  }

  /**
   * Reads a file of secrets (a keys file, a shared key set) as {@link #readText}, refused before
   * it is read when its group or others may read, write or execute it, where the file system has
   * POSIX permissions: invalid input (exit 1, {@code BARRIER-CORE-0407}); a missing file or a
   * directory stays a usage error.
   */
  static String readSecretText(CommandLine.Model.CommandSpec spec, Path file, String option, long max) {
    try {
      return InputFiles.readSecretText(file, max, option + " FILE");
    } catch (InputException e) {
      throw refused(spec, e);
    }
  }

  /** Reads a named text input: {@link #read} plus UTF-8 without a byte-order mark or NUL. */
  static String readText(CommandLine.Model.CommandSpec spec, Path file, String option, long max) {
    try {
      return InputFiles.text(read(spec, file, option, max), option + " FILE");
    } catch (InputException e) {
      throw refused(spec, e);
    }
  }

  /** Maps a refusal of the bounded reader to exit 2 (unusable input) or exit 1 (content over a rule). */
  static RuntimeException refused(CommandLine.Model.CommandSpec spec, InputException e) {
    return e.isUnusableInput() ? usage(spec, e.getMessage()) : new Invalid(e.getMessage());
  }

  static PartyKeyBundle keys(CommandLine.Model.CommandSpec spec, Path file) {
    String text = readSecretText(spec, file, "--keys", MAX_KEY_FILE);
    try {
      return KeyFiles.parse(text, InsecureSecretAccess.get());
    } catch (BarrierException e) {
      throw new Invalid("invalid keys file (--keys): " + e.getMessage());
    }
  }

  static List<PartyPublicKeys> publicKeys(CommandLine.Model.CommandSpec spec, List<Path> files, String option) {
    List<PartyPublicKeys> out = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      String text = readText(spec, files.get(i), option, MAX_KEY_FILE);
      if (text.contains("\"" + KeyFiles.FORMAT + "\"")) {
        throw new Invalid("invalid public key file (" + option + " #" + (i + 1) + "): "
            + PrivacyError.KEYSET_SECRET_IN_PUBLIC.code() + ": a secret keys file where a public key file was expected;"
            + " use the output of 'barrier keys public'");
      }
      try {
        out.add(PartyKeyFiles.parsePublic(text));
      } catch (BarrierException e) {
        throw new Invalid("invalid public key file (" + option + " #" + (i + 1) + "): " + e.getMessage());
      }
    }
    return out;
  }

  /** Writes a file that holds secrets under the output policy: owner read and write only. */
  static void writeSecret(CommandLine.Model.CommandSpec spec, Path file, String content, boolean force, Path... inputs) {
    OutputFiles.write(spec, file, content.getBytes(StandardCharsets.UTF_8), "--out", force,
        OutputFiles.Access.OWNER_ONLY, inputs);
  }

  /**
   * Writes a shareable file under the output policy of {@link OutputFiles}: atomically (temporary
   * file, forced, renamed), replacing an existing one only with {@code force}, never onto an input.
   */
  static void write(CommandLine.Model.CommandSpec spec, Path file, byte[] content, String option, boolean force,
      Path... inputs) {
    OutputFiles.write(spec, file, content, option, force, OutputFiles.Access.SHARED, inputs);
  }

  /** Output files may name a directory that does not exist yet, as in the walkthrough. */
  private static void createParent(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      Files.createDirectories(parent);
    }
  }

  /** Opens the audit log of {@code --audit}, or returns {@code null} without one. */
  static AuditLog audit(Path file) {
    if (file == null) {
      return null;
    }
    try {
      createParent(file);
    } catch (IOException e) {
      throw new Invalid("cannot create the directory of the audit log (--audit): " + e.getClass().getSimpleName());
    }
    try {
      return AuditLog.open(FileAuditSink.open(file), Clock.systemUTC());
    } catch (BarrierException e) {
      throw new Invalid("cannot continue the audit log (--audit): " + e.getMessage());
    }
  }

  /** Runs a command body, mapping {@link Invalid} and any {@link BarrierException} to exit 1. */
  static int guarded(CommandLine.Model.CommandSpec spec, java.util.function.IntSupplier body) {
    PrintWriter err = spec.commandLine().getErr();
    try {
      return body.getAsInt();
    } catch (Invalid e) {
      err.println(e.getMessage());
      err.flush();
      return BarrierCli.INVALID;
    } catch (BarrierException e) {
      err.println("failed: " + e.getMessage());
      err.flush();
      return BarrierCli.INVALID;
    }
  }

  static CommandLine.ParameterException usage(CommandLine.Model.CommandSpec spec, String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
