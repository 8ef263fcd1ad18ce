package eu.barrier.cli;

import eu.barrier.core.BarrierException;
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
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
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
  static final long MAX_KEY_FILE = 4L * 1024 * 1024;

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

  static byte[] read(CommandLine.Model.CommandSpec spec, Path file, String option, long max) {
    try {
      if (Files.size(file) > max) {
        throw usage(spec, option + " FILE is larger than " + max + " bytes");
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw usage(spec, "cannot read " + option + " FILE: " + e.getClass().getSimpleName());
    }
  }

  static PartyKeyBundle keys(CommandLine.Model.CommandSpec spec, Path file) {
    String text = new String(read(spec, file, "--keys", MAX_KEY_FILE), StandardCharsets.UTF_8);
    try {
      return KeyFiles.parse(text, InsecureSecretAccess.get());
    } catch (BarrierException e) {
      throw new Invalid("invalid keys file (--keys): " + e.getMessage());
    }
  }

  static List<PartyPublicKeys> publicKeys(CommandLine.Model.CommandSpec spec, List<Path> files, String option) {
    List<PartyPublicKeys> out = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      String text = new String(read(spec, files.get(i), option, MAX_KEY_FILE), StandardCharsets.UTF_8);
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

  /** Writes a file that holds secrets: owner read and write only where the file system supports it. */
  static void writeSecret(CommandLine.Model.CommandSpec spec, Path file, String content, boolean force) {
    boolean posix = file.toAbsolutePath().getFileSystem().supportedFileAttributeViews().contains("posix");
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      if (force) {
        Files.deleteIfExists(file);
      }
      FileAttribute<?>[] attributes = posix
          ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
          : new FileAttribute<?>[0];
      try (SeekableByteChannel ch = Files.newByteChannel(file,
          java.util.Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), attributes)) {
        ch.write(java.nio.ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)));
      }
    } catch (FileAlreadyExistsException e) {
      throw usage(spec, "--out FILE exists; give --force to replace it");
    } catch (IOException e) {
      throw usage(spec, "cannot write --out FILE: " + e.getClass().getSimpleName());
    }
  }

  static void write(CommandLine.Model.CommandSpec spec, Path file, byte[] content, String option) {
    try {
      Files.write(file, content);
    } catch (IOException e) {
      throw usage(spec, "cannot write " + option + " FILE: " + e.getClass().getSimpleName());
    }
  }

  /** Opens the audit log of {@code --audit}, or returns {@code null} without one. */
  static AuditLog audit(Path file) {
    if (file == null) {
      return null;
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
