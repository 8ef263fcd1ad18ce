package eu.barrier.privacy.key;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Set;

/**
 * Writes a secret key file: owner-only from its creation where the file system has POSIX
 * permissions ({@code rw-------}; a temporary file in the same directory, then an atomic rename),
 * so there is never a moment when the key is readable by others. Elsewhere (Windows) the file gets
 * the directory's default access control list.
 */
final class SecretFiles {

  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

  private SecretFiles() {}

  /** Writes a new file; never replaces one (a replaced key file is a lost key). */
  static void writeNew(Path file, String content) throws IOException {
    Objects.requireNonNull(file, "file");
    Path target = file.toAbsolutePath();
    Path parent = target.getParent();
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new FileAlreadyExistsException(target.getFileName().toString());
    }
    boolean posix = target.getFileSystem().supportedFileAttributeViews().contains("posix");
    FileAttribute<?>[] attributes = posix
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
        : new FileAttribute<?>[0];
    Path tmp = Files.createTempFile(parent, "." + target.getFileName() + ".", ".tmp", attributes);
    boolean moved = false;
    try {
      if (posix) {
        // the umask may have removed bits from the requested mode, never added any; set it exactly
        Files.setPosixFilePermissions(tmp, OWNER_ONLY);
      }
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer buffer = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
        while (buffer.hasRemaining()) {
          ch.write(buffer);
        }
        ch.force(true);
      }
      // a rename within the directory; without REPLACE_EXISTING it refuses an existing file
      Files.move(tmp, target);
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(tmp);
      }
    }
  }
}
