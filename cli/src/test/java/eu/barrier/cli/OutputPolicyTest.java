package eu.barrier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, outputs that cannot lose data: no overwrite without {@code --force}, never onto an
 * input, atomic replacement, owner-only decrypted payloads, a stdout write error is exit 1, an
 * opened message counts as consumed only after its payload was written, an audit entry comes
 * before the result it records.
 */
final class OutputPolicyTest {

  private static final Path EXAMPLE = Path.of("../docs/examples/signal-report.json");

  @TempDir Path dir;

  private StringWriter out;
  private StringWriter err;

  private int run(String... args) {
    return run(null, args);
  }

  /** Runs with standard output failing on every write when {@code failingOut} is set. */
  private int run(Writer failingOut, String... args) {
    out = new StringWriter();
    err = new StringWriter();
    PrintWriter o = new PrintWriter(failingOut == null ? out : failingOut);
    return BarrierCli.run(o, new PrintWriter(err), args);
  }

  private String f(String name) {
    return dir.resolve(name).toString();
  }

  /** A standard output on a full disk or a closed pipe. */
  private static final class FullDisk extends Writer {
    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      throw new IOException("No space left on device");
    }

    @Override
    public void flush() throws IOException {
      throw new IOException("No space left on device");
    }

    @Override
    public void close() {}
  }

  @BeforeEach
  void keysAndMessage() {
    assertThat(run("keys", "generate", "--party", "gemeente-genk", "--out", f("genk.keys.json"))).isZero();
    assertThat(run("keys", "generate", "--party", "ariec-limburg", "--out", f("ariec.keys.json"))).isZero();
    assertThat(run("keys", "public", "--in", f("genk.keys.json"), "--out", f("genk.public.json"))).isZero();
    assertThat(run("keys", "public", "--in", f("ariec.keys.json"), "--out", f("ariec.public.json"))).isZero();
    assertThat(run(seal("message.json"))).isZero();
  }

  private String[] seal(String outName, String... extra) {
    List<String> args = new ArrayList<>(List.of("envelope", "seal", "--keys", f("genk.keys.json"), "--to",
        f("ariec.public.json"), "--purpose", "thb-signal", "--legal-basis", "Samenwerkingsprotocol ARIEC Limburg 2026",
        "--tlp", "RED", "--in", EXAMPLE.toString(), "--out", f(outName)));
    args.addAll(List.of(extra));
    return args.toArray(String[]::new);
  }

  private String[] open(String... extra) {
    List<String> args = new ArrayList<>(List.of("envelope", "open", "--keys", f("ariec.keys.json"), "--trust",
        f("genk.public.json"), "--in", f("message.json"), "--replay-store", f("replay.txt"), "--audit",
        f("ariec.audit.jsonl")));
    args.addAll(List.of(extra));
    return args.toArray(String[]::new);
  }

  @Test
  void keysPublic_outNamesTheKeysFile_refusedAndTheSecretFileIsKept() throws IOException {
    // before: exit 0, leaving only the public part
    String secret = Files.readString(dir.resolve("genk.keys.json"));
    assertThat(run("keys", "public", "--in", f("genk.keys.json"), "--out", f("genk.keys.json"), "--force"))
        .isEqualTo(BarrierCli.USAGE);
    assertThat(err.toString()).contains("--out FILE is also an input");
    assertThat(run("keys", "public", "--in", f("genk.keys.json"), "--out", f("./genk.keys.json")))
        .isEqualTo(BarrierCli.USAGE);
    assertThat(Files.readString(dir.resolve("genk.keys.json"))).isEqualTo(secret);
  }

  @Test
  void outputs_existingFile_refusedWithoutForce_replacedWithForce() throws IOException {
    byte[] first = Files.readAllBytes(dir.resolve("message.json"));
    assertThat(run(seal("message.json"))).isEqualTo(BarrierCli.USAGE);
    assertThat(err.toString()).contains("--out FILE exists; give --force");
    assertThat(Files.readAllBytes(dir.resolve("message.json"))).isEqualTo(first);
    assertThat(run("keys", "public", "--in", f("genk.keys.json"), "--out", f("genk.public.json")))
        .isEqualTo(BarrierCli.USAGE);
    assertThat(run(seal("message.json", "--force"))).isZero();
    assertThat(Files.readAllBytes(dir.resolve("message.json"))).isNotEqualTo(first);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void outputs_deviceOrDirectory_refusedBeforeAnythingIsDone() throws IOException {
    assertThat(run(open("--out", "/dev/full"))).isEqualTo(BarrierCli.USAGE);
    assertThat(err.toString()).contains("not a regular file");
    assertThat(run(open("--out", dir.toString(), "--force"))).isEqualTo(BarrierCli.USAGE);
    assertThat(dir.resolve("replay.txt")).doesNotExist();
    assertThat(run(open("--out", f("payload.json")))).isZero();
  }

  @Test
  void open_payloadFileCannotBeWritten_messageStaysUnconsumed_andOpensLater() throws IOException {
    // before: the id was recorded and the payload lost; a second open said REPLAY
    String blocked = f("message.json") + "/payload.json"; // its parent is a file: nothing can be written there
    assertThat(run(open("--out", blocked))).isEqualTo(BarrierCli.INVALID);
    assertThat(err.toString()).contains("not delivered").contains("BARRIER-PRIV-0414").contains("not consumed");

    assertThat(run(open("--out", f("payload.json")))).isZero();
    assertThat(Files.readString(dir.resolve("payload.json"))).contains("barrier.signal-report/1");
    assertThat(run(open("--out", f("payload.json"), "--force"))).isEqualTo(BarrierCli.INVALID);
    assertThat(err.toString()).contains("BARRIER-PRIV-0409");
    assertThat(run("audit", "verify", f("ariec.audit.jsonl"))).isZero();
    assertThat(Files.readString(dir.resolve("ariec.audit.jsonl"))).contains("\"reason\":\"BARRIER-PRIV-0414\"");
  }

  @Test
  void open_standardOutputFails_exitOne_messageStaysUnconsumed() {
    // before: with stdout on /dev/full or a closed pipe, open exited 0 and the message was consumed
    assertThat(run(new FullDisk(), open())).isEqualTo(BarrierCli.INVALID);
    assertThat(err.toString()).contains("BARRIER-PRIV-0414").contains("standard output");
    assertThat(run(open())).isZero();
    assertThat(out.toString()).contains("barrier.signal-report/1");
  }

  @Test
  void anyCommand_standardOutputFails_isExitOne() {
    assertThat(run(new FullDisk(), "id", "check", "nl-bsn", "111222333")).isEqualTo(BarrierCli.INVALID);
    assertThat(err.toString()).contains("standard output could not be written");
    assertThat(run(new FullDisk(), "assess", "--catalogue", "ilo-2009-adult-labour", "--model", "ilo-2009", "--input",
        "../docs/examples/assess-input.json", "--as-of", "2026-06-01")).isEqualTo(BarrierCli.INVALID);
    assertThat(run(new FullDisk(), "pseudonymise", "--keys", f("genk.keys.json"), "--purpose", "thb-signal",
        "--recipient", "ariec-limburg", "--type", "be-national-number", "85.07.30-033.28"))
        .isEqualTo(BarrierCli.INVALID);
    assertThat(err.toString()).contains("standard output could not be written");
  }

  @Test
  void open_decryptedPayloadFile_isOwnerOnly() throws IOException {
    assertThat(run(open("--out", f("payload.json")))).isZero();
    if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("payload.json"))))
          .isEqualTo("rw-------");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("message.json"))))
          .isEqualTo("rw-r--r--");
    }
  }

  @Test
  void pseudonymise_auditLogCannotBeWritten_printsNoPseudonym() throws IOException {
    // before: the pseudonym was printed, then the audit entry failed
    Path notALog = Files.createDirectory(dir.resolve("audit-dir"));
    int code = run("pseudonymise", "--keys", f("genk.keys.json"), "--purpose", "thb-signal", "--recipient",
        "ariec-limburg", "--type", "be-national-number", "--audit", notALog.toString(), "85.07.30-033.28");
    assertThat(code).isEqualTo(BarrierCli.INVALID);
    assertThat(out.toString()).doesNotContain("pk1.");
  }
}
