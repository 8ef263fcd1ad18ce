package eu.barrier.core.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.barrier.core.CoreError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one output policy of issue 16, point 5, as a library type. */
final class OutputFilesTest {

  @TempDir Path dir;

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static boolean posix(Path p) {
    return p.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  @Test
  void write_newFileInMissingDirectory_writesItSharedAndLeavesNoTemporaryFile() throws IOException {
    Path out = dir.resolve("a/b/report.json");
    OutputFiles.write(out, bytes("{}"), "--out", false, OutputFiles.Access.SHARED);
    assertThat(out).hasContent("{}");
    try (var files = Files.list(out.getParent())) {
      assertThat(files.toList()).containsExactly(out);
    }
    if (posix(out)) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-r--r--");
    }
  }

  @Test
  void write_ownerOnly_isReadableByTheOwnerOnly() throws IOException {
    Path out = dir.resolve("payload.json");
    OutputFiles.write(out, bytes("secret"), "--out", false, OutputFiles.Access.OWNER_ONLY);
    if (posix(out)) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-------");
    }
  }

  @Test
  void write_existingFileWithoutReplace_refusedAndUnchanged() throws IOException {
    Path out = Files.writeString(dir.resolve("keys.json"), "old");
    OutputException e = catchThrowableOfType(OutputException.class,
        () -> OutputFiles.write(out, bytes("new"), "--out FILE", false, OutputFiles.Access.SHARED));
    assertThat(e.error()).isEqualTo(CoreError.OUTPUT_EXISTS);
    assertThat(e.getMessage()).contains("--out FILE").doesNotContain(dir.toString());
    assertThat(out).hasContent("old");
  }

  @Test
  void write_existingFileWithReplace_replacesIt() throws IOException {
    Path out = Files.writeString(dir.resolve("report.html"), "old");
    OutputFiles.write(out, bytes("new"), "--out", true, OutputFiles.Access.SHARED);
    assertThat(out).hasContent("new");
  }

  @Test
  void write_ontoAnInputEvenThroughAHardLinkOrWithReplace_refusedAndUnchanged() throws IOException {
    // issue 16: keys public --in g.keys.json --out g.keys.json left only the public part
    Path in = Files.writeString(dir.resolve("g.keys.json"), "secret");
    Path link = Files.createLink(dir.resolve("link.json"), in);
    for (Path out : List.of(in, link, dir.resolve("x/../g.keys.json"))) {
      OutputException e = catchThrowableOfType(OutputException.class,
          () -> OutputFiles.write(out, bytes("public"), "--out", true, OutputFiles.Access.SHARED, in));
      assertThat(e.error()).as(out.toString()).isEqualTo(CoreError.OUTPUT_IS_INPUT);
    }
    assertThat(in).hasContent("secret");
  }

  @Test
  void write_ontoADirectoryOrDevice_refusedBeforeWriting() throws IOException {
    Path directory = Files.createDirectory(dir.resolve("d"));
    List<Path> targets = Files.exists(Path.of("/dev/full")) ? List.of(directory, Path.of("/dev/full")) : List.of(directory);
    for (Path out : targets) {
      OutputException e = catchThrowableOfType(OutputException.class,
          () -> OutputFiles.write(out, bytes("x"), "--out", true, OutputFiles.Access.SHARED));
      assertThat(e.error()).as(out.toString()).isEqualTo(CoreError.OUTPUT_NOT_REGULAR_FILE);
    }
  }

  @Test
  void replace_contentFailsHalfway_targetUnchangedAndTemporaryFileRemoved() throws IOException {
    Path out = Files.writeString(dir.resolve("clks.json"), "old");
    OutputException e = catchThrowableOfType(OutputException.class, () -> OutputFiles.replace(out, o -> {
      o.write(bytes("half"));
      throw new IOException("disk full");
    }, OutputFiles.Access.SHARED, "--out"));
    assertThat(e.error()).isEqualTo(CoreError.OUTPUT_IO);
    assertThat(out).hasContent("old");
    try (var files = Files.list(dir)) {
      assertThat(files.toList()).containsExactly(out);
    }
  }

  @Test
  void checkAll_oneOfTheFilesExists_refusedUnlessReplace() throws IOException {
    Path out = Files.createDirectories(dir.resolve("screen"));
    Files.writeString(out.resolve("report.html"), "old");
    List<String> names = List.of("assessments.json", "report.html");
    OutputException e = catchThrowableOfType(OutputException.class,
        () -> OutputFiles.checkAll(out, names, "--out DIR", false));
    assertThat(e.error()).isEqualTo(CoreError.OUTPUT_EXISTS);
    OutputFiles.checkAll(out, names, "--out DIR", true);
    Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
    assertThat(catchThrowableOfType(OutputException.class, () -> OutputFiles.checkAll(file, names, "--out DIR", true))
        .error()).isEqualTo(CoreError.OUTPUT_NOT_REGULAR_FILE);
  }
}
