package eu.barrier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A shared key set's rotation through the command line: Hasselt screens with version 1, the
 * custodian Genk rotates, Hasselt imports version 2 and screens again; the ARIEC's picture of the
 * second batch joins each subject's new and old pseudonym, the first batch has no alias.
 */
final class RotationAliasCommandTest {

  @TempDir Path dir;

  private StringWriter out;
  private StringWriter err;

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    return BarrierCli.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  private String f(String name) {
    return dir.resolve(name).toString();
  }

  private String screenAndPicture(String name) throws IOException {
    assertThat(run("screen", "--input", f("demo/input"), "--as-of", "2026-06-30", "--out", f(name), "--exchange-to",
        f("ariec-limburg.public.json"), "--keys", f("gemeente-hasselt.keys.json"), "--legal-basis",
        "Samenwerkingsprotocol ARIEC Limburg 2026")).as(err.toString()).isZero();
    assertThat(run("ariec", "picture", "--keys", f("ariec-limburg.keys.json"), "--trust",
        f("gemeente-hasselt.public.json"), "--in", f(name + "/exchange"), "--audit", f("ariec.audit.jsonl"), "--out",
        f(name + "-picture"))).as(err.toString()).isZero();
    return Files.readString(dir.resolve(name + "-picture/picture.json"));
  }

  @Test
  void screen_afterTheCustodianRotated_reportsCarryAliases_andThePictureJoinsBothPseudonyms() throws IOException {
    assertThat(run("screen", "--demo", "--out", f("demo"))).as(err.toString()).isZero();
    for (String party : new String[] {"gemeente-genk", "gemeente-hasselt", "ariec-limburg"}) {
      assertThat(run("keys", "generate", "--party", party, "--out", f(party + ".keys.json"))).isZero();
      assertThat(run("keys", "public", "--in", f(party + ".keys.json"), "--out", f(party + ".public.json"))).isZero();
    }
    String[] share = {"keys", "share", "--keys", f("gemeente-genk.keys.json"), "--purpose", ScreenExchange.PURPOSE,
        "--recipient", "ariec-limburg", "--out"};
    assertThat(run(concat(share, f("v1.json")))).as(err.toString()).isZero();
    assertThat(run("keys", "import", "--keys", f("gemeente-hasselt.keys.json"), "--shared", f("v1.json"))).isZero();

    String before = screenAndPicture("before");

    assertThat(run(concat(share, f("v2.json"), "--rotate", "--recognise-until", "2099-01-01"))).as(err.toString())
        .isZero();
    assertThat(run("keys", "import", "--keys", f("gemeente-hasselt.keys.json"), "--shared", f("v2.json"))).isZero();
    String during = screenAndPicture("during");

    assertThat(before).doesNotContain("\"aliases\"").doesNotContain("rotationLinks");
    assertThat(during).contains("\"aliases\":[\"pk1.").contains("\"rotationLinks\":[{\"pseudonym\":\"pk1.");
    assertThat(Files.readString(dir.resolve("during-picture/picture.html"))).contains("rotation alias: pk1.");
  }

  private static String[] concat(String[] head, String... tail) {
    String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }
}
