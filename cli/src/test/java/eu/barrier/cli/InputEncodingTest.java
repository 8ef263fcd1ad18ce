package eu.barrier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, one input encoding everywhere: each reader that accepts a valid UTF-8 input refuses the
 * same input with a UTF-8 byte-order mark, in UTF-16 and in UTF-32, with a coded error. Before,
 * UTF-16/32 and byte-order marks were accepted by some readers and refused by others.
 */
final class InputEncodingTest {

  private static final Path EXAMPLES = Path.of("../docs/examples");

  @TempDir Path dir;

  private final CliRun cli = new CliRun();

  private int run(List<String> args) {
    return cli.run(args);
  }

  private String f(String name) {
    return dir.resolve(name).toString();
  }

  @BeforeEach
  void keysAndLog() {
    assertThat(run(List.of("keys", "generate", "--party", "gemeente-genk", "--out", f("genk.keys.json")))).isZero();
    assertThat(run(List.of("keys", "generate", "--party", "ariec-limburg", "--out", f("ariec.keys.json")))).isZero();
    assertThat(run(List.of("keys", "public", "--in", f("ariec.keys.json"), "--out", f("ariec.public.json")))).isZero();
    assertThat(run(List.of("pseudonymise", "--keys", f("genk.keys.json"), "--purpose", "thb-signal", "--recipient",
        "ariec-limburg", "--type", "be-national-number", "--audit", f("audit.jsonl"), "85.07.30-033.28"))).isZero();
  }

  /** A reader, its valid UTF-8 input, and the command that reads it. */
  private record Reader(Path valid, Function<String, List<String>> command) {}

  private List<Reader> readers() {
    return List.of(
        new Reader(EXAMPLES.resolve("assess-input.json"), p -> List.of("assess", "--catalogue", "ilo-2009-adult-labour",
            "--model", "ilo-2009", "--input", p, "--as-of", "2026-06-01")),
        new Reader(EXAMPLES.resolve("catalogues/example-complaints-heavy.json"), p -> List.of("catalogue", "lint", p)),
        new Reader(EXAMPLES.resolve("signal-report.json"), p -> List.of("envelope", "seal", "--keys", f("genk.keys.json"),
            "--to", f("ariec.public.json"), "--purpose", "thb-signal", "--legal-basis", "Protocol 2026", "--tlp",
            "AMBER", "--in", p, "--out", f("m-" + System.nanoTime() + ".json"))),
        new Reader(dir.resolve("genk.keys.json"), p -> List.of("keys", "public", "--in", p, "--out",
            f("p-" + System.nanoTime() + ".json"))),
        new Reader(EXAMPLES.resolve("linkage/schema.json"), p -> List.of("linkage", "schema", "lint", p)),
        new Reader(EXAMPLES.resolve("linkage/gemeente.csv"), p -> List.of("linkage", "encode", "--schema",
            EXAMPLES.resolve("linkage/schema.json").toString(), "--secret-file",
            EXAMPLES.resolve("linkage/secret.test-only.txt").toString(), "--in", p, "--out",
            f("clks-" + System.nanoTime() + ".json"))),
        new Reader(dir.resolve("audit.jsonl"), p -> List.of("audit", "verify", p)));
  }

  private Path recoded(Path valid, String name, byte[] prefix, Charset charset) throws IOException {
    String text = Files.readString(valid, StandardCharsets.UTF_8);
    byte[] body = text.getBytes(charset);
    byte[] all = new byte[prefix.length + body.length];
    System.arraycopy(prefix, 0, all, 0, prefix.length);
    System.arraycopy(body, 0, all, prefix.length, body.length);
    Path file = dir.resolve(name + "-" + System.nanoTime() + "-" + valid.getFileName());
    return Files.write(file, all);
  }

  @Test
  void everyReader_byteOrderMarkUtf16OrUtf32_refusedWithACode_whereUtf8IsAccepted() throws IOException {
    List<String> failures = new ArrayList<>();
    for (Reader r : readers()) {
      int valid = run(r.command().apply(r.valid().toString()));
      if (valid != BarrierCli.OK) {
        failures.add("valid input not accepted: " + r.command().apply(r.valid().toString()) + " -> " + valid + ": " + cli.err());
        continue;
      }
      List<Path> variants = List.of(
          recoded(r.valid(), "bom", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, StandardCharsets.UTF_8),
          recoded(r.valid(), "utf16", new byte[] {(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE),
          recoded(r.valid(), "utf16le", new byte[0], StandardCharsets.UTF_16LE),
          recoded(r.valid(), "utf32", new byte[0], Charset.forName("UTF-32")));
      for (Path v : variants) {
        List<String> args = r.command().apply(v.toString());
        int code = run(args);
        String messages = cli.err() + cli.out();
        boolean coded = messages.matches("(?s).*BARRIER-[A-Z]+-[0-9]{4}.*")
            // the audit verifier reports a line it cannot read as a modified entry, which is exit 1
            || (args.get(0).equals("audit") && messages.contains("line 1: modified"));
        if ((code != BarrierCli.INVALID && code != BarrierCli.USAGE) || !coded || messages.contains("Exception")) {
          failures.add(v.getFileName() + " " + args.subList(0, 2) + " -> exit " + code + ": " + messages);
        }
      }
    }
    assertThat(failures).isEmpty();
  }
}
