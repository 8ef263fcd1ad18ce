package eu.barrier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code barrier keys rotate} and {@code barrier keys revoke} with envelopes (issue 16 point 9). */
final class KeysRotateCommandTest {

  private static final Path EXAMPLE = Path.of("../docs/examples/signal-report.json");

  @TempDir Path dir;

  private final CliRun cli = new CliRun();

  private int run(String... args) {
    return cli.run(args);
  }

  private String f(String name) {
    return dir.resolve(name).toString();
  }

  @BeforeEach
  void keys() {
    for (String party : new String[] {"gemeente-genk", "ariec-limburg"}) {
      assertThat(run("keys", "generate", "--party", party, "--out", f(party + ".keys.json"))).isZero();
      assertThat(run("keys", "public", "--in", f(party + ".keys.json"), "--out", f(party + ".public.json"))).isZero();
    }
    assertThat(run("envelope", "seal", "--keys", f("gemeente-genk.keys.json"), "--to", f("ariec-limburg.public.json"),
        "--purpose", "thb-signal", "--legal-basis", "Samenwerkingsprotocol ARIEC Limburg 2026", "--tlp", "AMBER",
        "--in", EXAMPLE.toString(), "--out", f("old.json"))).as(cli.err()).isZero();
  }

  private int open(String message) {
    return run("envelope", "open", "--keys", f("ariec-limburg.keys.json"), "--trust", f("gemeente-genk.public.json"),
        "--in", f(message), "--out", f(message + ".payload"), "--force");
  }

  private String was(String use) {
    Matcher m = Pattern.compile(use + " key [a-z2-7]{16} \\(was ([a-z2-7]{16})\\)").matcher(cli.out());
    assertThat(m.find()).as(cli.out()).isTrue();
    return m.group(1);
  }

  @Test
  void rotateBothParties_anOldMessageStillOpens_untilRevoked() throws IOException {
    byte[] oldPublic = Files.readAllBytes(dir.resolve("gemeente-genk.public.json"));
    assertThat(run("keys", "rotate", "--keys", f("gemeente-genk.keys.json"), "--retire-until", "2099-12-31")).isZero();
    String oldSigning = was("signing");
    assertThat(run("keys", "rotate", "--keys", f("ariec-limburg.keys.json"), "--retire-until", "2099-12-31")).isZero();
    String oldEncryption = was("encryption");
    assertThat(run("keys", "public", "--in", f("gemeente-genk.keys.json"), "--out", f("gemeente-genk.public.json"),
        "--force")).isZero();

    assertThat(Files.readAllBytes(dir.resolve("gemeente-genk.public.json"))).isNotEqualTo(oldPublic);
    assertThat(open("old.json")).as(cli.err()).isZero();

    assertThat(run("keys", "revoke", "--keys", f("ariec-limburg.keys.json"), "--key-id", oldEncryption)).isZero();
    assertThat(open("old.json")).isEqualTo(1);
    assertThat(cli.err()).contains("BARRIER-PRIV-0416");
    assertThat(run("keys", "revoke", "--keys", f("gemeente-genk.keys.json"), "--key-id", oldSigning)).isZero();
  }

  @Test
  void rotate_pastEnd_theOldMessageIsRefusedAsRetired() {
    assertThat(run("keys", "rotate", "--keys", f("ariec-limburg.keys.json"), "--retire-until", "2000-01-01")).isZero();

    assertThat(open("old.json")).isEqualTo(1);
    assertThat(cli.err()).contains("BARRIER-PRIV-0415");
  }

  @Test
  void revoke_theCurrentKey_exit1_rotateFirst() throws IOException {
    String current = Files.readString(dir.resolve("gemeente-genk.public.json"))
        .replaceAll("(?s).*\"signing\":\\{[^}]*\"id\":\"([a-z2-7]{16})\".*", "$1").strip();

    assertThat(run("keys", "revoke", "--keys", f("gemeente-genk.keys.json"), "--key-id", current)).isEqualTo(1);
    assertThat(cli.err()).contains("BARRIER-PRIV-0120").contains("rotate first");
  }
}
