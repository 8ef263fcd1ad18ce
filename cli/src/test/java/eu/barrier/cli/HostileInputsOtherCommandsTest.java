package eu.barrier.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import eu.barrier.core.testing.HostileFiles;
import java.io.IOException;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 16, second part: the readers of {@code screen}, {@code registers}, {@code linkage}, {@code
 * transparency}, {@code ariec}, {@code pseudonym-service}, {@code evaluate --catalogue} and {@code case
 * --profile/--results}, given {@code /dev/zero}, a FIFO
 * nobody writes, a directory and a 3 GiB sparse file (also as a file inside an input directory),
 * end in a coded refusal within 10 seconds, never an {@code OutOfMemoryError}, a stack trace or a
 * hang. Run against the code before this change, {@code linkage encode --in FIFO} blocked past
 * the 10 s bound, and a directory given to {@code screen --observations} or {@code linkage encode
 * --in} ended in an uncoded {@code IOException} message.
 */
@EnabledIf("eu.barrier.core.testing.HostileFiles#available")
final class HostileInputsOtherCommandsTest {

  private static final Duration BOUND = Duration.ofSeconds(10);
  private static final String LINKAGE = "../docs/examples/linkage/";

  @TempDir Path dir;

  private final CliRun cli = new CliRun();

  private int run(List<String> args) {
    return cli.run(args);
  }

  private String f(String name) {
    return dir.resolve(name).toString();
  }

  private void ok(List<String> args) {
    int code = run(args);
    assertThat(code).as(() -> args + ": " + cli.err()).isZero();
  }

  @BeforeEach
  void fixtures() {
    ok(List.of("keys", "generate", "--party", "gemeente-genk", "--out", f("genk.keys.json")));
    ok(List.of("keys", "public", "--in", f("genk.keys.json"), "--out", f("genk.public.json")));
    ok(List.of("synth", "--seed", "1", "--establishments", "30", "--out", f("city"), "--quiet"));
    ok(List.of("registers", "kbo-sample", "--enterprises", "20", "--out", f("kbo")));
    ok(List.of("case", "open", "--db", db(), "--profile", "be-2024", "--establishment", "be-establishment:2999004230",
        "--trigger", "application", "--on", "2026-09-01", "--case", "case-hostile"));
  }

  private String db() {
    return eu.barrier.cases.store.JdbcCaseStore.embeddedUrl(dir.resolve("cases"));
  }

  /** A copy of the synthetic city's screen input whose {@code file} is a symbolic link to {@code hostile}. */
  private String screenInput(String file, String hostile) {
    Path input = dir.resolve("screen-in-" + System.nanoTime());
    try {
      Files.createDirectories(input);
      for (String name : List.of("establishments.json", "observations.json")) {
        if (name.equals(file)) {
          Files.createSymbolicLink(input.resolve(name), Path.of(hostile).toAbsolutePath());
        } else {
          Files.copy(dir.resolve("city").resolve(name), input.resolve(name));
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return input.toString();
  }

  private List<String> encode(String schema, String secret, String in) {
    return List.of("linkage", "encode", "--schema", schema, "--secret-file", secret, "--in", in, "--out",
        f("clks-" + System.nanoTime() + ".json"));
  }

  /** Every reader of a named file not covered by {@link HostileInputsTest}. */
  private List<Function<String, List<String>>> readers() {
    String schema = LINKAGE + "schema.json";
    String secret = LINKAGE + "secret.test-only.txt";
    String csv = LINKAGE + "gemeente.csv";
    return List.of(
        p -> encode(schema, secret, p),
        p -> encode(p, secret, csv),
        p -> encode(schema, p, csv),
        p -> List.of("linkage", "match", "--threshold", "0.7", "--out", f("m-" + System.nanoTime() + ".csv"), p, p),
        p -> List.of("linkage", "schema", "lint", p),
        p -> List.of("screen", "--input", screenInput("establishments.json", p), "--as-of", "2026-06-30",
            "--out", f("screen-" + System.nanoTime())),
        p -> List.of("screen", "--input", screenInput("observations.json", p), "--as-of", "2026-06-30",
            "--out", f("screen-" + System.nanoTime())),
        p -> List.of("screen", "--kbo", p, "--postcode", "3600", "--as-of", "2026-06-30", "--out", f("screen-" + System.nanoTime())),
        p -> List.of("screen", "--kbo", f("kbo"), "--postcode", "3600", "--observations", p, "--as-of",
            "2026-06-30", "--out", f("screen-" + System.nanoTime()), "--quiet"),
        p -> List.of("registers", "kbo", "--in", p, "--out", f("kbo-" + System.nanoTime() + ".json"), "--quiet"),
        p -> List.of("registers", "kbo", "--in", f("kbo"), "--base", p, "--out", f("kbo-" + System.nanoTime() + ".json"),
            "--quiet"),
        p -> List.of("transparency", "--evaluation", p, "--organisation", "Gemeente Voorbeeld", "--contact",
            "algoritmes@voorbeeld.example", "--out", f("t-" + System.nanoTime())),
        p -> List.of("transparency", "check", p),
        p -> List.of("ariec", "picture", "--keys", p, "--trust", f("genk.public.json"), "--in", dir.toString(),
            "--audit", f("audit.jsonl"), "--out", f("p-" + System.nanoTime())),
        p -> List.of("pseudonym-service", "public-keys", "--keys", p, "--out", f("s-" + System.nanoTime() + ".json")),
        p -> List.of("evaluate", "--catalogue", p, "--labelled", f("city/labelled.json"), "--report",
            f("r-" + System.nanoTime() + ".html"), "-q"),
        p -> List.of("transparency", "--profile", "nl-bibob", "--catalogue", p, "--organisation", "Gemeente Voorbeeld",
            "--contact", "algoritmes@voorbeeld.example", "--out", f("t-" + System.nanoTime())),
        p -> List.of("case", "open", "--db", db(), "--profile", p, "--establishment", "be-establishment:2999004230",
            "--trigger", "application", "--on", "2026-09-01"),
        p -> List.of("case", "record", "--db", db(), "--case", "case-hostile", "--event", "risk-assessed", "--actor",
            "genk-0001", "--role", "integrity-officer", "--results", p));
  }

  private void assertRefusedInBoundedTime(String kind, Path hostile) {
    List<String> failures = new ArrayList<>();
    for (Function<String, List<String>> reader : readers()) {
      List<String> args = reader.apply(hostile.toString());
      int code = assertTimeoutPreemptively(BOUND, () -> run(args), () -> kind + " hangs: " + args);
      String messages = cli.err();
      if ((code != BarrierCli.INVALID && code != BarrierCli.USAGE) || messages.contains("Exception")
          || messages.contains("\tat ") || !messages.matches("(?s).*BARRIER-[A-Z]+-[0-9]{4}.*")) {
        failures.add(kind + " " + args + " -> exit " + code + ": " + messages);
      }
    }
    assertThat(failures).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/dev/zero", "FIFO", "directory", "3 GiB sparse file"})
  void everyReader_hostileFile_refusedWithCodeInBoundedTime(String kind) throws IOException {
    Path hostile = switch (kind) {
      case "/dev/zero" -> HostileFiles.DEV_ZERO;
      case "FIFO" -> HostileFiles.fifo(dir);
      case "directory" -> Files.createDirectory(dir.resolve("a-directory"));
      default -> HostileFiles.sparse(dir);
    };
    assertRefusedInBoundedTime(kind, hostile);
  }

  @Test
  void ariecPicture_sparseMessageInTheFolder_isRefusedNotLoaded() throws IOException {
    Path in = Files.createDirectories(dir.resolve("messages"));
    Files.move(HostileFiles.sparse(dir), in.resolve("m.json"));
    List<String> args = List.of("ariec", "picture", "--keys", f("genk.keys.json"), "--trust", f("genk.public.json"),
        "--in", in.toString(), "--audit", f("audit.jsonl"), "--out", f("picture"));
    int code = assertTimeoutPreemptively(BOUND, () -> run(args));
    assertThat(code).isIn(BarrierCli.OK, BarrierCli.INVALID);
    assertThat(cli.err()).doesNotContain("OutOfMemoryError", "\tat ");
  }
}
