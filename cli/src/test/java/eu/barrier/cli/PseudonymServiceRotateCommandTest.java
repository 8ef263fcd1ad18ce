package eu.barrier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.privacy.InsecureSecretAccess;
import eu.barrier.privacy.blind.ServiceKeys;
import eu.barrier.privacy.key.KeyFiles;
import eu.barrier.privacy.key.KeySet;
import eu.barrier.privacy.key.KeyStatus;
import eu.barrier.privacy.key.PartyKeyBundle;
import eu.barrier.privacy.key.PseudonymKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code barrier pseudonym-service rotate} and {@code --replay-store}. */
final class PseudonymServiceRotateCommandTest {

  @TempDir Path dir;
  private final CliRun cli = new CliRun();

  private int run(String... args) {
    return cli.run(args);
  }

  private String f(String name) {
    return dir.resolve(name).toString();
  }

  private KeySet keySet(String name) throws IOException {
    PartyKeyBundle b = KeyFiles.parse(Files.readString(dir.resolve(name)), InsecureSecretAccess.get());
    return b.keySet();
  }

  @BeforeEach
  void keys() {
    assertThat(run("keys", "generate", "--party", "be.service", "--out", f("service.keys.json"))).isZero();
    assertThat(run("keys", "generate", "--party", "be.genk", "--out", f("genk.keys.json"))).isZero();
    assertThat(run("keys", "public", "--in", f("genk.keys.json"), "--out", f("genk.public.json"))).isZero();
  }

  @Test
  void rotate_thenRetire_newPrimaryOldActiveDuringOverlapThenDisabled() throws IOException {
    KeySet before = keySet("service.keys.json");
    int old = before.primary().id();

    assertThat(run("pseudonym-service", "rotate", "--keys", f("service.keys.json"), "--out", f("rotated.keys.json")))
        .as(cli.err()).isZero();
    KeySet rotated = keySet("rotated.keys.json");
    assertThat(rotated.primary().id()).isNotEqualTo(old);
    assertThat(rotated.keys()).filteredOn(k -> k.id() == old).extracting(PseudonymKey::status)
        .containsExactly(KeyStatus.ACTIVE);
    assertThat(cli.out()).contains("rotated: primary " + rotated.primary().id() + ", active " + old);
    ServiceKeys service = ServiceKeys.from(rotated);
    assertThat(service.isUsable(old)).as("the old key still evaluates during the overlap").isTrue();

    assertThat(run("pseudonym-service", "rotate", "--keys", f("rotated.keys.json"), "--retire", "" + old,
        "--out", f("retired.keys.json"))).as(cli.err()).isZero();
    KeySet retired = keySet("retired.keys.json");
    assertThat(retired.primary().id()).isEqualTo(rotated.primary().id());
    assertThat(ServiceKeys.from(retired).isUsable(old)).isFalse();
    assertThat(cli.out()).contains("retired " + old);
  }

  @Test
  void rotate_retirePrimaryOrUnknown_exitsOneAndWritesNothing() {
    int primary;
    try {
      primary = keySet("service.keys.json").primary().id();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    assertThat(run("pseudonym-service", "rotate", "--keys", f("service.keys.json"), "--retire", "" + primary,
        "--out", f("x.keys.json"))).isEqualTo(BarrierCli.INVALID);
    assertThat(cli.err()).contains("--retire");
    assertThat(dir.resolve("x.keys.json")).doesNotExist();
  }

  @Test
  void rotate_outOverKeysOrExisting_isAUsageError() {
    assertThat(run("pseudonym-service", "rotate", "--keys", f("service.keys.json"), "--out", f("service.keys.json"),
        "--force")).isEqualTo(BarrierCli.USAGE);
    assertThat(run("pseudonym-service", "rotate", "--keys", f("service.keys.json"), "--out", f("genk.keys.json")))
        .isEqualTo(BarrierCli.USAGE);
  }

  @Test
  void run_withReplayStore_startsAndStops() {
    int code = run("pseudonym-service", "--keys", f("service.keys.json"), "--trust", f("genk.public.json"),
        "--audit", f("service.audit.jsonl"), "--replay-store", f("replay.txt"), "--serve-for", "0");
    assertThat(code).as(cli.err()).isZero();
    assertThat(cli.out()).contains("pseudonym service stopped");
  }
}
