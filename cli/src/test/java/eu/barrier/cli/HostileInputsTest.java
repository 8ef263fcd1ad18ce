package eu.barrier.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import eu.barrier.core.testing.HostileFiles;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: every file and standard input reader of the command line, given {@code /dev/zero}, a
 * FIFO nobody writes, a directory and a 3 GiB sparse file, ends in a coded refusal within 10
 * seconds, never an {@code OutOfMemoryError}, a stack trace or a hang. Before the fix, {@code
 * assess --input /dev/zero} ran 14 s into an {@code OutOfMemoryError} and a FIFO hung 11 readers.
 */
@EnabledIf("eu.barrier.core.testing.HostileFiles#available")
final class HostileInputsTest {

  private static final Duration BOUND = Duration.ofSeconds(10);
  private static final Path EXAMPLE = Path.of("../docs/examples/signal-report.json");
  private static final Path ASSESS = Path.of("../docs/examples/assess-input.json");

  @TempDir Path dir;

  private final CliRun cli = new CliRun();

  private int run(List<String> args) {
    return cli.run(args);
  }

  private String f(String name) {
    return dir.resolve(name).toString();
  }

  @BeforeEach
  void keysAndMessage() {
    assertThat(run(List.of("keys", "generate", "--party", "gemeente-genk", "--out", f("genk.keys.json")))).isZero();
    assertThat(run(List.of("keys", "generate", "--party", "ariec-limburg", "--out", f("ariec.keys.json")))).isZero();
    assertThat(run(List.of("keys", "public", "--in", f("genk.keys.json"), "--out", f("genk.public.json")))).isZero();
    assertThat(run(List.of("keys", "public", "--in", f("ariec.keys.json"), "--out", f("ariec.public.json")))).isZero();
    List<String> seal = new ArrayList<>(seal(EXAMPLE.toString(), f("genk.keys.json"), f("ariec.public.json")));
    seal.set(seal.size() - 1, f("message.json"));
    assertThat(run(seal)).isZero();
    assertThat(run(pseudonymise(List.of("--audit", f("audit.jsonl"), "85.07.30-033.28")))).isZero();
  }

  private List<String> seal(String in, String keys, String to) {
    return List.of("envelope", "seal", "--keys", keys, "--to", to, "--purpose", "thb-signal", "--legal-basis",
        "Samenwerkingsprotocol ARIEC Limburg 2026", "--tlp", "AMBER+STRICT", "--in", in, "--out",
        f("message-" + System.nanoTime() + ".json"));
  }

  private List<String> open(String keys, String trust, String in) {
    return List.of("envelope", "open", "--keys", keys, "--trust", trust, "--in", in);
  }

  private List<String> pseudonymise(List<String> extra) {
    return pseudonymise(f("genk.keys.json"), extra);
  }

  private List<String> pseudonymise(String keys, List<String> extra) {
    List<String> args = new ArrayList<>(List.of("pseudonymise", "--keys", keys, "--purpose",
        "thb-signal", "--recipient", "ariec-limburg", "--type", "be-national-number"));
    args.addAll(extra);
    return args;
  }

  /** Every reader of a named file, as the hostile path would be given to it. */
  private List<Function<String, List<String>>> readers() {
    return List.of(
        p -> open(f("ariec.keys.json"), f("genk.public.json"), p),
        p -> open(p, f("genk.public.json"), f("message.json")),
        p -> open(f("ariec.keys.json"), p, f("message.json")),
        p -> List.of("keys", "public", "--in", p, "--out", f("x.public.json")),
        p -> seal(p, f("genk.keys.json"), f("ariec.public.json")),
        p -> seal(EXAMPLE.toString(), p, f("ariec.public.json")),
        p -> seal(EXAMPLE.toString(), f("genk.keys.json"), p),
        p -> pseudonymise(p, List.of("85.07.30-033.28")),
        p -> List.of("assess", "--catalogue", "ilo-2009-adult-labour", "--model", "ilo-2009", "--input", p),
        p -> List.of("assess", "--catalogue", p, "--model", "ilo-2009", "--input", ASSESS.toString()),
        p -> List.of("catalogue", "lint", p),
        p -> List.of("evaluate", "--catalogue", "barrier-admin", "--labelled", p, "--report", f("r.html")),
        p -> List.of("audit", "verify", p),
        p -> List.of("audit", "checkpoint", "--keys", f("genk.keys.json"), "--out", f("cp-" + System.nanoTime()), p),
        p -> List.of("audit", "verify", "--checkpoint", p, "--trust", f("genk.public.json"), f("audit.jsonl")));
  }

  private void assertRefusedInBoundedTime(String kind, Path hostile) {
    for (Function<String, List<String>> reader : readers()) {
      List<String> args = reader.apply(hostile.toString());
      int code = assertTimeoutPreemptively(BOUND, () -> run(args), () -> kind + " hangs: " + args);
      assertThat(code).as(kind + ": " + args).isIn(BarrierCli.INVALID, BarrierCli.USAGE);
      String messages = cli.err();
      assertThat(messages).as(kind + ": " + args).doesNotContain("Exception", "\tat ");
      if (!args.get(0).equals("audit") || args.contains("--checkpoint")) {
        assertThat(messages).as(kind + ": " + args).containsPattern("BARRIER-CORE-040[0-9]");
      } else {
        // a log that is not a regular file is refused with its code; a sparse file is a log broken at line 1
        assertThat(messages).as(kind + ": " + args).containsAnyOf("BARRIER-CORE-040", "line 1: modified");
      }
    }
  }

  @Test
  void everyReader_devZero_refusedAsNotARegularFile() {
    assertRefusedInBoundedTime("/dev/zero", HostileFiles.DEV_ZERO);
  }

  @Test
  void everyReader_fifoWithoutWriter_refusedWithoutBlocking() throws IOException {
    assertRefusedInBoundedTime("FIFO", HostileFiles.fifo(dir));
  }

  @Test
  void everyReader_directory_refused() throws IOException {
    assertRefusedInBoundedTime("directory", Files.createDirectory(dir.resolve("a-directory")));
  }

  @Test
  void everyReader_sparseFileOfThreeGib_refusedOrBrokenWithoutLoadingIt() throws IOException {
    assertRefusedInBoundedTime("3 GiB sparse file", HostileFiles.sparse(dir));
  }

  @Test
  void standardInputReaders_devZero_refusedInBoundedTime() throws IOException {
    List<List<String>> readers = List.of(
        pseudonymise(List.of()),
        open(f("ariec.keys.json"), f("genk.public.json"), "-"),
        List.of("audit", "verify", "-"));
    InputStream stdin = System.in;
    try {
      for (List<String> args : readers) {
        try (InputStream zero = new FileInputStream(HostileFiles.DEV_ZERO.toFile())) {
          System.setIn(zero);
          int code = assertTimeoutPreemptively(BOUND, () -> run(args), () -> "hangs: " + args);
          assertThat(code).as(args.toString()).isIn(BarrierCli.INVALID, BarrierCli.USAGE);
          assertThat(cli.err()).as(args.toString()).doesNotContain("Exception", "\tat ")
              .containsAnyOf("BARRIER-CORE-040", "line 1: modified");
        }
      }
    } finally {
      System.setIn(stdin);
    }
  }
}
