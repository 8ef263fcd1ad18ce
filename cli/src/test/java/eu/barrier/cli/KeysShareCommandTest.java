package eu.barrier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.privacy.InsecureSecretAccess;
import eu.barrier.privacy.key.KeyFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code barrier keys share} and {@code barrier keys import}: the shared pseudonym domain of issue 17. */
final class KeysShareCommandTest {

  /** A synthetic enterprise number with valid check digits. */
  private static final String ENTERPRISE = "0123.456.749";

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
    for (String party : new String[] {"gemeente-genk", "gemeente-hasselt", "ariec-limburg"}) {
      assertThat(run("keys", "generate", "--party", party, "--out", f(party + ".keys.json"))).isZero();
      assertThat(run("keys", "public", "--in", f(party + ".keys.json"), "--out", f(party + ".public.json"))).isZero();
    }
  }

  private String pseudonym(String party) {
    assertThat(run("pseudonymise", "--keys", f(party + ".keys.json"), "--purpose", "thb-signal", "--recipient",
        "ariec-limburg", "--type", "be-enterprise", ENTERPRISE)).as(cli.err()).isZero();
    return cli.out().strip();
  }

  private int share(String out, String... extra) {
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("keys", "share", "--keys",
        f("gemeente-genk.keys.json"), "--purpose", "thb-signal", "--recipient", "ariec-limburg", "--out", f(out)));
    args.addAll(java.util.List.of(extra));
    return run(args.toArray(String[]::new));
  }

  /** The custodian seals the shared set to Hasselt (TLP:RED); Hasselt opens it and imports the payload. */
  private int sealOpenImport(String shared) {
    assertThat(run("envelope", "seal", "--keys", f("gemeente-genk.keys.json"), "--to", f("gemeente-hasselt.public.json"),
        "--purpose", "thb-key-custody", "--legal-basis", "Samenwerkingsprotocol ARIEC Limburg 2026", "--tlp", "RED",
        "--in", f(shared), "--out", f(shared + ".sealed"), "--force")).as(cli.err()).isZero();
    assertThat(run("envelope", "open", "--keys", f("gemeente-hasselt.keys.json"), "--trust",
        f("gemeente-genk.public.json"), "--in", f(shared + ".sealed"), "--out", f(shared + ".opened"), "--force"))
        .as(cli.err()).isZero();
    return run("keys", "import", "--keys", f("gemeente-hasselt.keys.json"), "--shared", f(shared + ".opened"));
  }

  @Test
  void shareSealOpenImport_twoPartnersGiveOnePseudonym_theRecipientAnother() throws IOException {
    String genkBefore = pseudonym("gemeente-genk");
    String hasseltBefore = pseudonym("gemeente-hasselt");

    assertThat(share("shared.json")).as(cli.err()).isZero();
    assertThat(cli.out()).contains("version 1 of custodian gemeente-genk").contains("never to ariec-limburg");
    assertThat(sealOpenImport("shared.json")).as(cli.err()).isZero();
    assertThat(cli.out()).startsWith("imported shared key set thb-signal for ariec-limburg: version 1");

    assertThat(genkBefore).isNotEqualTo(hasseltBefore);
    assertThat(pseudonym("gemeente-genk")).isEqualTo(pseudonym("gemeente-hasselt")).isNotEqualTo(genkBefore);
    assertThat(pseudonym("ariec-limburg")).isNotEqualTo(pseudonym("gemeente-genk"));
    assertThat(Files.getPosixFilePermissions(dir.resolve("shared.json")))
        .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
    assertThat(KeyFiles.parse(Files.readString(dir.resolve("gemeente-hasselt.keys.json")), InsecureSecretAccess.get())
        .sharedKeySets()).hasSize(1);
  }

  @Test
  void import_byTheRecipient_exit1_andTheKeysFileIsUnchanged() throws IOException {
    assertThat(share("shared.json")).isZero();
    byte[] before = Files.readAllBytes(dir.resolve("ariec-limburg.keys.json"));

    int code = run("keys", "import", "--keys", f("ariec-limburg.keys.json"), "--shared", f("shared.json"));

    assertThat(code).isEqualTo(1);
    assertThat(cli.err()).contains("BARRIER-PRIV-0119").contains("recipient");
    assertThat(Files.readAllBytes(dir.resolve("ariec-limburg.keys.json"))).isEqualTo(before);
  }

  @Test
  void shareRotate_newPrimaryForEveryone_olderVersionRefused_andOnlyTheCustodianRotates() {
    assertThat(share("v1.json")).isZero();
    assertThat(sealOpenImport("v1.json")).isZero();
    String v1 = pseudonym("gemeente-hasselt");

    assertThat(share("v2.json", "--rotate", "--recognise-until", "2099-01-01")).as(cli.err()).isZero();
    assertThat(cli.out()).contains("version 2").contains("recognised until 2099-01-01");
    assertThat(sealOpenImport("v2.json")).isZero();

    assertThat(pseudonym("gemeente-hasselt")).isNotEqualTo(v1).isEqualTo(pseudonym("gemeente-genk"));
    assertThat(run("keys", "import", "--keys", f("gemeente-hasselt.keys.json"), "--shared", f("v1.json.opened")))
        .isEqualTo(1);
    assertThat(cli.err()).contains("BARRIER-PRIV-0119").contains("older");
    assertThat(run("keys", "share", "--keys", f("gemeente-hasselt.keys.json"), "--purpose", "thb-signal",
        "--recipient", "ariec-limburg", "--out", f("v3.json"), "--rotate", "--recognise-until", "2099-01-01"))
        .isEqualTo(1);
    assertThat(cli.err()).contains("only the custodian");
  }

  @Test
  void share_usageErrors_exit2() throws IOException {
    Files.writeString(dir.resolve("exists.json"), "x", StandardCharsets.UTF_8);

    assertThat(share("a.json", "--rotate")).isEqualTo(2);
    assertThat(share("exists.json")).isEqualTo(2);
    assertThat(run("keys", "share", "--keys", f("gemeente-genk.keys.json"), "--purpose", "THB", "--recipient",
        "ariec-limburg", "--out", f("b.json"))).isEqualTo(2);
    assertThat(share("c.json", "--rotate", "--recognise-until", "2099-01-01")).isEqualTo(1);
    assertThat(cli.err()).contains("share one first");
  }

  @Test
  void import_notASharedKeySet_exit1_namesTheRuleNotTheContent() throws IOException {
    Files.writeString(dir.resolve("bad.json"), "{\"type\":\"barrier.shared-key-set/1\",\"custodian\":\"Secret Name\"}",
        StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(dir.resolve("bad.json"), Set.of(PosixFilePermission.OWNER_READ));

    assertThat(run("keys", "import", "--keys", f("gemeente-hasselt.keys.json"), "--shared", f("bad.json")))
        .isEqualTo(1);
    assertThat(cli.err()).contains("BARRIER-PRIV-0118").contains("/custodian").doesNotContain("Secret Name");
  }

  @Test
  void keysAndImport_secretFilesOpenToOthers_exit1_beforeTheyAreRead() throws IOException {
    Path keys = dir.resolve("gemeente-hasselt.keys.json");
    byte[] before = Files.readAllBytes(keys);
    Files.setPosixFilePermissions(keys, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
        PosixFilePermission.GROUP_READ));

    assertThat(run("pseudonymise", "--keys", f("gemeente-hasselt.keys.json"), "--purpose", "thb-signal",
        "--recipient", "ariec-limburg", "--type", "be-enterprise", "0123.456.749")).isEqualTo(1);
    assertThat(cli.err()).contains("BARRIER-CORE-0407", "--keys FILE", "chmod 600").doesNotContain(dir.toString());

    Files.setPosixFilePermissions(keys, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
    assertThat(run("keys", "share", "--keys", f("gemeente-genk.keys.json"), "--purpose", "thb-signal",
        "--recipient", "ariec-limburg", "--out", f("shared.json"))).isZero();
    Files.setPosixFilePermissions(dir.resolve("shared.json"), Set.of(PosixFilePermission.OWNER_READ,
        PosixFilePermission.OTHERS_READ));

    assertThat(run("keys", "import", "--keys", f("gemeente-hasselt.keys.json"), "--shared", f("shared.json")))
        .isEqualTo(1);
    assertThat(cli.err()).contains("BARRIER-CORE-0407", "--shared FILE");
    assertThat(Files.readAllBytes(keys)).isEqualTo(before);
  }
}
