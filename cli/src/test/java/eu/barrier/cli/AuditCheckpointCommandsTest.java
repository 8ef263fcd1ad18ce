package eu.barrier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, witnessed checkpoints through the command line: {@code audit checkpoint} signs the
 * log's size and RFC 9162 root, {@code audit cosign} adds a witness, {@code audit verify
 * --checkpoint} finds a rewritten chain and a cut tail that plain verification cannot see.
 */
final class AuditCheckpointCommandsTest {

  @TempDir Path dir;

  private final CliRun cli = new CliRun();

  private int run(String... args) {
    return cli.run(args);
  }

  private String f(String name) {
    return dir.resolve(name).toString();
  }

  private int pseudonymise(String log, String value) {
    return run("pseudonymise", "--keys", f("genk.keys.json"), "--purpose", "thb-signal", "--recipient",
        "ariec-limburg", "--type", "be-national-number", "--audit", f(log), value);
  }

  @BeforeEach
  void keysAndLog() {
    assertThat(run("keys", "generate", "--party", "gemeente-genk", "--out", f("genk.keys.json"))).isZero();
    assertThat(run("keys", "generate", "--party", "ariec-limburg", "--out", f("ariec.keys.json"))).isZero();
    assertThat(run("keys", "public", "--in", f("genk.keys.json"), "--out", f("genk.public.json"))).isZero();
    assertThat(run("keys", "public", "--in", f("ariec.keys.json"), "--out", f("ariec.public.json"))).isZero();
    for (int i = 0; i < 3; i++) {
      assertThat(pseudonymise("genk.audit.jsonl", "85.07.30-033.28")).isZero();
    }
    assertThat(run("audit", "checkpoint", "--keys", f("genk.keys.json"), "--out", f("cp.txt"),
        f("genk.audit.jsonl"))).isZero();
    assertThat(cli.out()).startsWith("checkpoint of gemeente-genk/audit: 3 entries, root ");
  }

  private int verify(String log, String... extra) {
    List<String> args = new java.util.ArrayList<>(List.of("audit", "verify", "--checkpoint", f("cp.txt"), "--trust",
        f("genk.public.json")));
    args.addAll(List.of(extra));
    args.add(f(log));
    return run(args.toArray(String[]::new));
  }

  @Test
  void checkpoint_isAC2spSignedNote_andTheGrownLogStaysConsistent() throws IOException {
    String note = Files.readString(dir.resolve("cp.txt"));
    assertThat(note).startsWith("gemeente-genk/audit\n3\n").contains("\n\n\u2014 gemeente-genk ");
    assertThat(verify("genk.audit.jsonl")).isZero();
    assertThat(cli.out()).contains("intact: 3 entries, consistent with the signed checkpoint");
    assertThat(pseudonymise("genk.audit.jsonl", "85.07.30-033.28")).isZero();
    assertThat(verify("genk.audit.jsonl")).isZero();
  }

  @Test
  void verify_rewrittenChain_isRewritten_thoughTheChainItselfIsIntact() throws IOException {
    // a writer replaces the whole log with a freshly chained one of the same length
    for (int i = 0; i < 3; i++) {
      assertThat(pseudonymise("forged.audit.jsonl", "85.07.30-033.28")).isZero();
    }
    assertThat(run("audit", "verify", f("forged.audit.jsonl"))).isZero();
    assertThat(verify("forged.audit.jsonl")).isEqualTo(BarrierCli.INVALID);
    assertThat(cli.err()).startsWith("broken: line 3: rewritten");
  }

  @Test
  void verify_cutTail_isDeleted_thoughTheChainItselfIsIntact() throws IOException {
    List<String> lines = Files.readAllLines(dir.resolve("genk.audit.jsonl"));
    Files.write(dir.resolve("cut.audit.jsonl"), lines.subList(0, 2));
    assertThat(run("audit", "verify", f("cut.audit.jsonl"))).isZero();
    assertThat(verify("cut.audit.jsonl")).isEqualTo(BarrierCli.INVALID);
    assertThat(cli.err()).startsWith("broken: line 3: deleted");
  }

  @Test
  void verify_checkpointOfAnotherKeyOrEdited_isRefusedWithItsCode() throws IOException {
    assertThat(run("audit", "verify", "--checkpoint", f("cp.txt"), "--trust", f("ariec.public.json"),
        f("genk.audit.jsonl"))).isEqualTo(BarrierCli.INVALID);
    assertThat(cli.err()).contains("BARRIER-PRIV-0305");
    String note = Files.readString(dir.resolve("cp.txt"));
    Files.writeString(dir.resolve("cp.txt"), note.replaceFirst("\n3\n", "\n2\n"));
    assertThat(verify("genk.audit.jsonl")).isEqualTo(BarrierCli.INVALID);
    assertThat(cli.err()).contains("BARRIER-PRIV-0305");
    Files.writeString(dir.resolve("cp.txt"), "not a note");
    assertThat(verify("genk.audit.jsonl")).isEqualTo(BarrierCli.INVALID);
    assertThat(cli.err()).contains("BARRIER-PRIV-0304");
  }

  @Test
  void cosign_witnessRequiredOnVerify_presentOnlyAfterCosigning() {
    assertThat(verify("genk.audit.jsonl", "--witness", f("ariec.public.json"))).isEqualTo(BarrierCli.INVALID);
    assertThat(cli.err()).contains("no valid cosignature of the witness ariec-limburg");
    assertThat(run("audit", "cosign", "--keys", f("ariec.keys.json"), "--trust", f("genk.public.json"), "--in",
        f("cp.txt"), "--out", f("cp.txt"))).isEqualTo(BarrierCli.USAGE);
    assertThat(run("audit", "cosign", "--keys", f("ariec.keys.json"), "--trust", f("genk.public.json"), "--in",
        f("cp.txt"), "--out", f("cp-cosigned.txt"))).isZero();
    assertThat(run("audit", "verify", "--checkpoint", f("cp-cosigned.txt"), "--trust", f("genk.public.json"),
        "--witness", f("ariec.public.json"), f("genk.audit.jsonl"))).isZero();
    // a cosigner must check the log party's signature first
    assertThat(run("audit", "cosign", "--keys", f("ariec.keys.json"), "--trust", f("ariec.public.json"), "--in",
        f("cp.txt"), "--out", f("cp-bad.txt"))).isEqualTo(BarrierCli.INVALID);
    assertThat(cli.err()).contains("BARRIER-PRIV-0305");
  }

  @Test
  void checkpoint_brokenLog_isNotSigned() throws IOException {
    List<String> lines = Files.readAllLines(dir.resolve("genk.audit.jsonl"));
    lines.remove(1);
    Files.write(dir.resolve("broken.audit.jsonl"), lines);
    assertThat(run("audit", "checkpoint", "--keys", f("genk.keys.json"), "--out", f("cp2.txt"),
        f("broken.audit.jsonl"))).isEqualTo(BarrierCli.INVALID);
    assertThat(cli.err()).contains("not signed: the log is broken: line 2: deleted");
    assertThat(dir.resolve("cp2.txt")).doesNotExist();
  }
}
