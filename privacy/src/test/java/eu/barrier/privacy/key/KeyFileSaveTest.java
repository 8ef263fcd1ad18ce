package eu.barrier.privacy.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.barrier.privacy.InsecureSecretAccess;
import eu.barrier.privacy.SecretAccess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Key files saved through the library are owner-only where the file system allows it. */
final class KeyFileSaveTest {

  private static final SecretAccess ACCESS = InsecureSecretAccess.get();
  private static final SecureRandom RANDOM = new SecureRandom();

  private static void assumePosix(Path dir) {
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
  }

  private static String permissions(Path file) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
  }

  @Test
  void keyFilesSave_newFile_isOwnerOnlyAndReadsBack(@TempDir Path dir) throws IOException {
    assumePosix(dir);
    PartyKeyBundle bundle = PartyKeyBundle.generate("gemeente-genk", RANDOM);
    Path file = dir.resolve("genk.keys.json");

    KeyFiles.save(file, bundle, ACCESS);

    assertThat(permissions(file)).isEqualTo("rw-------");
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(KeyFiles.write(bundle, ACCESS));
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file); // no temporary file left behind
    }
  }

  @Test
  void keySetsSave_newFile_isOwnerOnly_evenInAWorldWritableDirectory(@TempDir Path dir) throws IOException {
    assumePosix(dir);
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
    KeySet keySet = PartyKeyBundle.generate("gemeente-genk", RANDOM).keySet();
    Path file = dir.resolve("pseudonym.keyset.json");

    KeySets.save(file, keySet, ACCESS);

    assertThat(permissions(file)).isEqualTo("rw-------");
    assertThat(KeySets.parse(Files.readString(file), ACCESS).info()).isEqualTo(keySet.info());
  }

  @Test
  void save_existingFile_isRefusedAndLeftUnchanged(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("genk.keys.json"), "the previous keys\n");

    assertThatThrownBy(() -> KeyFiles.save(file, PartyKeyBundle.generate("gemeente-genk", RANDOM), ACCESS))
        .isInstanceOf(FileAlreadyExistsException.class);

    assertThat(Files.readString(file)).isEqualTo("the previous keys\n");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }
}
