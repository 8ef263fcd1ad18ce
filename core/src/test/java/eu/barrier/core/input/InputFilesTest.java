package eu.barrier.core.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.barrier.core.CoreError;
import eu.barrier.core.testing.HostileFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one bounded reader: regular files only, never more than the limit, UTF-8 without BOM. */
final class InputFilesTest {

  private static final Duration BOUND = Duration.ofSeconds(10);

  @TempDir Path dir;

  @Test
  void read_regularFileWithinLimit_returnsBytes() throws IOException {
    Path f = Files.writeString(dir.resolve("a.json"), "{\"a\":1}");

    assertThat(InputFiles.read(f, 7, "--input")).isEqualTo("{\"a\":1}".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void read_oneByteOverLimit_isTooLarge() throws IOException {
    Path f = Files.writeString(dir.resolve("a.json"), "{\"a\":1}");

    InputException e = catchThrowableOfType(InputException.class, () -> InputFiles.read(f, 6, "--input"));

    assertThat(e.error()).isEqualTo(CoreError.INPUT_TOO_LARGE);
    assertThat(e.getMessage()).contains("--input").doesNotContain(dir.toString());
  }

  @Test
  void read_missing_isUnreadable() {
    InputException e = catchThrowableOfType(InputException.class,
        () -> InputFiles.read(dir.resolve("none"), 10, "--keys"));

    assertThat(e.error()).isEqualTo(CoreError.INPUT_UNREADABLE);
    assertThat(e.isUnusableInput()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"rw-r-----", "rw----r--", "rw--w----", "rw------x", "rwxrwxrwx"})
  void requireOwnerOnly_groupOrOthersHaveAPermission_isOpenToOthers(String mode) throws IOException {
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path f = Files.writeString(dir.resolve("keys.json"), "{}");
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(mode));

    InputException e = catchThrowableOfType(InputException.class, () -> InputFiles.requireOwnerOnly(f, "--keys"));

    assertThat(e.error()).isEqualTo(CoreError.INPUT_OPEN_TO_OTHERS);
    assertThat(e.isUnusableInput()).isFalse();
    assertThat(e.getMessage()).contains("--keys", "chmod 600").doesNotContain(dir.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"rw-------", "r--------", "---------"})
  void requireOwnerOnly_ownerOnly_passes(String mode) throws IOException {
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path f = Files.writeString(dir.resolve("keys.json"), "{}");
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(mode));

    InputFiles.requireOwnerOnly(f, "--keys");

    assertThat(Files.getPosixFilePermissions(f)).isEqualTo(PosixFilePermissions.fromString(mode));
  }

  @Test
  void requireOwnerOnly_symbolicLinkToAnOpenFile_looksAtTheTarget() throws IOException {
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path target = Files.writeString(dir.resolve("keys.json"), "{}");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), target);

    InputException e = catchThrowableOfType(InputException.class, () -> InputFiles.requireOwnerOnly(link, "--keys"));

    assertThat(e.error()).isEqualTo(CoreError.INPUT_OPEN_TO_OTHERS);
  }

  @Test
  void requireOwnerOnly_missing_isUnreadable() {
    InputException e = catchThrowableOfType(InputException.class,
        () -> InputFiles.requireOwnerOnly(dir.resolve("none"), "--keys"));

    assertThat(e.error()).isEqualTo(CoreError.INPUT_UNREADABLE);
  }

  @Test
  void read_directory_isNotRegularFile() {
    InputException e = catchThrowableOfType(InputException.class, () -> InputFiles.read(dir, 10, "--in"));

    assertThat(e.error()).isEqualTo(CoreError.INPUT_NOT_REGULAR_FILE);
  }

  @Test
  void read_devZero_isRefusedUnopened() {
    assumeTrue(HostileFiles.available());

    InputException e = assertTimeoutPreemptively(BOUND, () -> catchThrowableOfType(InputException.class,
        () -> InputFiles.read(HostileFiles.DEV_ZERO, 4 << 20, "--input")));

    assertThat(e.error()).isEqualTo(CoreError.INPUT_NOT_REGULAR_FILE);
  }

  @Test
  void read_fifoWithoutWriter_isRefusedWithoutBlocking() throws IOException {
    assumeTrue(HostileFiles.available());
    Path fifo = HostileFiles.fifo(dir);

    InputException e = assertTimeoutPreemptively(BOUND, () -> catchThrowableOfType(InputException.class,
        () -> InputFiles.read(fifo, 4 << 20, "--input")));

    assertThat(e.error()).isEqualTo(CoreError.INPUT_NOT_REGULAR_FILE);
    assertThat(catchThrowableOfType(InputException.class, () -> InputFiles.open(fifo, Long.MAX_VALUE, "log")).error())
        .isEqualTo(CoreError.INPUT_NOT_REGULAR_FILE);
  }

  @Test
  void read_sparseFileOfThreeGib_isTooLargeUnread() throws IOException {
    Path sparse = HostileFiles.sparse(dir);

    InputException e = assertTimeoutPreemptively(BOUND, () -> catchThrowableOfType(InputException.class,
        () -> InputFiles.read(sparse, 4 << 20, "--input")));

    assertThat(e.error()).isEqualTo(CoreError.INPUT_TOO_LARGE);
  }

  @Test
  void read_endlessStream_readsAtMostOneBytePastTheLimit() {
    CountingZeros zeros = new CountingZeros();

    InputException e = catchThrowableOfType(InputException.class, () -> InputFiles.read(zeros, 1000, "standard input"));

    assertThat(e.error()).isEqualTo(CoreError.INPUT_TOO_LARGE);
    assertThat(zeros.delivered).isEqualTo(1001);
  }

  @Test
  void bounded_endlessStream_deliversAtMostOneBytePastTheLimit() throws IOException {
    CountingZeros zeros = new CountingZeros();
    InputStream in = InputFiles.bounded(zeros, 100_000, "stdin");
    byte[] buffer = new byte[8192];

    InputException e = catchThrowableOfType(InputException.class, () -> {
      while (in.read(buffer) >= 0) {
        // read on
      }
    });

    assertThat(e.error()).isEqualTo(CoreError.INPUT_TOO_LARGE);
    assertThat(zeros.delivered).isEqualTo(100_001);
  }

  @Test
  void bounded_withoutLimit_readsWholeBuffers() throws IOException {
    CountingZeros zeros = new CountingZeros();
    InputStream in = InputFiles.bounded(zeros, Long.MAX_VALUE, "log");

    assertThat(in.read(new byte[8192])).isEqualTo(8192);
  }

  @ParameterizedTest
  @ValueSource(strings = {"EFBBBF7B7D", "FEFF007B007D", "FFFE7B007D00", "0000FEFF0000007B", "7B00220061", "C0AF", "EDA080",
    "F4908080", "E282", "80", "7B2261223A2200227D"})
  void text_bomUtf16Utf32MalformedOrNul_isEncodingError(String hex) {
    byte[] bytes = java.util.HexFormat.of().parseHex(hex);

    InputException e = catchThrowableOfType(InputException.class, () -> InputFiles.text(bytes, "--in"));

    assertThat(e.error()).isEqualTo(CoreError.INPUT_ENCODING);
    assertThat(catchThrowableOfType(InputException.class,
        () -> InputFiles.utf8(new java.io.ByteArrayInputStream(bytes), "--in").readAllBytes()).error())
        .isEqualTo(CoreError.INPUT_ENCODING);
  }

  @Test
  void text_multilingualUtf8_isAccepted() {
    String s = "Brussel/Bruxelles · Liège · Gent 🚲 Ærø 中文 \uFEFF inside";

    assertThat(InputFiles.text(s.getBytes(StandardCharsets.UTF_8), "--in")).isEqualTo(s);
  }

  @Test
  void readText_bomFile_isEncodingError() throws IOException {
    Path f = Files.write(dir.resolve("bom.json"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'});

    assertThat(catchThrowableOfType(InputException.class, () -> InputFiles.readText(f, 100, "--input")).error())
        .isEqualTo(CoreError.INPUT_ENCODING);
  }

  /** An endless stream of zeros that counts what it delivered. */
  static final class CountingZeros extends InputStream {
    long delivered;

    @Override
    public int read() {
      delivered++;
      return 0;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      java.util.Arrays.fill(b, off, off + len, (byte) 0);
      delivered += len;
      return len;
    }
  }
}
