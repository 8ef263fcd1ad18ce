package eu.barrier.privacy.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.barrier.privacy.PrivacyError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file audit log that cannot be written fails when it is opened, not at its first append. */
final class FileAuditSinkTest {

  @Test
  void open_absentFile_createsAnEmptyLogThatAppends(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("audit.jsonl");

    FileAuditSink sink = FileAuditSink.open(file);

    assertThat(file).isRegularFile().isEmptyFile();
    assertThat(sink.lastLine()).isEmpty();
    AuditLog.open(sink, Clock.systemUTC()).append(AuditEvent.builder(AuditAction.PSEUDONYMISE, "test").build());
    assertThat(Files.readAllLines(file)).hasSize(1);
  }

  @Test
  void open_directoryWhereNothingCanBeCreated_failsOnOpen() {
    // sysfs refuses new files even to root, so this holds whoever runs the test
    Path dir = Path.of("/sys/kernel");
    assumeTrue(Files.isDirectory(dir), "Linux sysfs");

    AuditException e = catchThrowableOfType(AuditException.class, () -> FileAuditSink.open(dir.resolve("barrier.audit.jsonl")));

    assertThat(e.error()).isEqualTo(PrivacyError.AUDIT_IO);
    assertThat(e.getMessage()).contains("cannot be created or written").doesNotContain("/sys");
  }

  @Test
  void open_readOnlyFile_failsOnOpen(@TempDir Path dir) throws IOException {
    Path file = Files.createFile(dir.resolve("audit.jsonl"));
    assumeTrue(file.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
    assumeTrue(!Files.isWritable(file), "not run as root (root writes read-only files)");

    AuditException e = catchThrowableOfType(AuditException.class, () -> FileAuditSink.open(file));

    assertThat(e.error()).isEqualTo(PrivacyError.AUDIT_IO);
  }

  @Test
  void open_pathIsADirectory_failsOnOpen(@TempDir Path dir) throws IOException {
    Path notAFile = Files.createDirectory(dir.resolve("audit.jsonl"));

    AuditException e = catchThrowableOfType(AuditException.class, () -> FileAuditSink.open(notAFile));

    assertThat(e.error()).isEqualTo(PrivacyError.AUDIT_IO);
  }
}
