package eu.barrier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.privacy.InsecureSecretAccess;
import eu.barrier.privacy.envelope.Envelopes;
import eu.barrier.privacy.envelope.Handling;
import eu.barrier.privacy.envelope.SealParameters;
import eu.barrier.privacy.envelope.Tlp;
import eu.barrier.privacy.key.KeyFiles;
import eu.barrier.privacy.key.PartyKeyBundle;
import eu.barrier.privacy.key.PartyKeyFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exchange commands end to end through {@link BarrierCli#run}, as in docs/exchange-walkthrough.md. */
final class ExchangeCommandsTest {

  /** Published test number (stdnum doctest), synthetic: never a real person. */
  private static final String SSIN = "85.07.30-033.28";
  private static final String SSIN_DIGITS = "85073003328";
  private static final String BAD_SSIN = "12345678901";
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
    assertThat(run("keys", "generate", "--party", "gemeente-genk", "--out", f("genk.keys.json"))).isZero();
    assertThat(run("keys", "generate", "--party", "ariec-limburg", "--out", f("ariec.keys.json"))).isZero();
    assertThat(run("keys", "public", "--in", f("genk.keys.json"), "--out", f("genk.public.json"))).isZero();
    assertThat(run("keys", "public", "--in", f("ariec.keys.json"), "--out", f("ariec.public.json"))).isZero();
  }

  private int seal(String... extra) {
    List<String> args = new java.util.ArrayList<>(List.of("envelope", "seal", "--keys", f("genk.keys.json"),
        "--to", f("ariec.public.json"), "--purpose", "thb-signal", "--legal-basis",
        "Samenwerkingsprotocol ARIEC Limburg 2026", "--tlp", "AMBER+STRICT", "--in", EXAMPLE.toString(),
        "--out", f("message.json"), "--audit", f("genk.audit.jsonl")));
    args.addAll(List.of(extra));
    return run(args.toArray(String[]::new));
  }

  private int open(String keys, String message) {
    return run("envelope", "open", "--keys", f(keys), "--trust", f("genk.public.json"), "--in", message,
        "--out", f("payload.json"), "--force", "--replay-store", f("replay.txt"), "--audit", f("ariec.audit.jsonl"));
  }

  @Test
  void generate_writesOwnerOnlyFile_andRefusesToOverwriteWithoutForce() throws IOException {
    Path keys = dir.resolve("genk.keys.json");
    String before = Files.readString(keys);

    if (keys.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertThat(Files.getPosixFilePermissions(keys))
          .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }
    assertThat(run("keys", "generate", "--party", "gemeente-genk", "--out", keys.toString())).isEqualTo(BarrierCli.USAGE);
    assertThat(cli.err()).contains("--force");
    assertThat(Files.readString(keys)).isEqualTo(before);
    assertThat(run("keys", "generate", "--party", "gemeente-genk", "--out", keys.toString(), "--force")).isZero();
    assertThat(Files.readString(keys)).isNotEqualTo(before);
    assertThat(run("keys", "generate", "--party", "Gemeente Genk", "--out", f("x.json"))).isEqualTo(BarrierCli.USAGE);
  }

  @Test
  void generate_intoMissingDirectory_createsIt() {
    assertThat(run("keys", "generate", "--party", "gemeente-genk", "--out", f("new/dir/genk.keys.json"))).isZero();
    assertThat(dir.resolve("new/dir/genk.keys.json")).isRegularFile();
  }

  @Test
  void public_holdsNoSecretBytes() throws IOException {
    PartyKeyBundle bundle = KeyFiles.parse(Files.readString(dir.resolve("genk.keys.json")), InsecureSecretAccess.get());
    String pub = Files.readString(dir.resolve("genk.public.json"));
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    var access = InsecureSecretAccess.get();

    assertThat(PartyKeyFiles.parsePublic(pub)).isEqualTo(bundle.publicKeys());
    assertThat(pub).doesNotContain(b64.encodeToString(bundle.partyKeys().signingKey(access).toByteArray(access)))
        .doesNotContain(b64.encodeToString(bundle.partyKeys().encryptionKey(access).toByteArray(access)))
        .doesNotContain(b64.encodeToString(bundle.keySet().primary().material(access).orElseThrow().toByteArray(access)))
        .doesNotContain("privateKey").doesNotContain("material");
  }

  @Test
  void pseudonymise_argsInOrder_equivalentFormsAgree_invalidNamedByPositionOnly() throws IOException {
    int code = run("pseudonymise", "--keys", f("genk.keys.json"), "--purpose", "thb-signal", "--recipient",
        "ariec-limburg", "--type", "be-national-number", "--audit", f("genk.audit.jsonl"), SSIN, BAD_SSIN, SSIN_DIGITS);

    assertThat(code).isEqualTo(BarrierCli.INVALID);
    List<String> lines = cli.out().lines().toList();
    assertThat(lines).hasSize(2).allMatch(l -> l.matches("pk1\\.[a-z2-7]{8}\\.[A-Za-z0-9_-]{43}"));
    assertThat(lines.get(0)).isEqualTo(lines.get(1));
    assertThat(cli.err()).contains("#2").contains("BARRIER-CORE-0006").doesNotContain(BAD_SSIN)
        .doesNotContain("#1").doesNotContain("#3");
    assertThat(cli.out() + cli.err()).doesNotContain(SSIN_DIGITS);
    String audit = Files.readString(dir.resolve("genk.audit.jsonl"));
    assertThat(audit).contains("\"action\":\"PSEUDONYMISE\"").contains("\"count\":2").contains("\"failures\":1")
        .doesNotContain(SSIN_DIGITS).doesNotContain(lines.get(0).substring(13));

    // another recipient domain gives another pseudonym
    run("pseudonymise", "--keys", f("genk.keys.json"), "--purpose", "thb-signal", "--recipient", "politie-limburg",
        "--type", "be-national-number", SSIN);
    assertThat(cli.out().strip()).isNotEqualTo(lines.get(0));
  }

  @Test
  void pseudonymise_standardInput_onePerLine() {
    InputStream stdin = System.in;
    try {
      System.setIn(new ByteArrayInputStream((SSIN + "\n\n" + SSIN_DIGITS + "\n").getBytes(StandardCharsets.UTF_8)));
      int code = run("pseudonymise", "--keys", f("genk.keys.json"), "--purpose", "thb-signal", "--recipient",
          "ariec-limburg", "--type", "be-national-number");

      assertThat(code).isEqualTo(BarrierCli.INVALID);
      assertThat(cli.out().lines()).hasSize(2);
      assertThat(cli.err()).contains("#2").contains("BARRIER-CORE-0001");
    } finally {
      System.setIn(stdin);
    }
  }

  @Test
  void pseudonymise_badLabelOrType_isUsage() {
    assertThat(run("pseudonymise", "--keys", f("genk.keys.json"), "--purpose", "THB", "--recipient", "x", "--type",
        "nl-bsn", "123456782")).isEqualTo(BarrierCli.USAGE);
    assertThat(run("pseudonymise", "--keys", f("genk.keys.json"), "--purpose", "thb", "--recipient", "x", "--type",
        "123456782", "123456782")).isEqualTo(BarrierCli.USAGE);
    assertThat(cli.err()).doesNotContain("123456782");
  }

  @Test
  void sealOpen_fullFlow_replayWrongRecipientTamperAndAudit() throws IOException {
    assertThat(seal()).isZero();
    assertThat(cli.out()).startsWith("sealed message ").contains("barrier.signal-report/1", "TLP:AMBER+STRICT");
    String message = Files.readString(dir.resolve("message.json"));
    assertThat(message).doesNotContain("GENK-THB-2026-0042").doesNotEndWith("\n");

    // open as the ARIEC
    assertThat(open("ariec.keys.json", f("message.json"))).isZero();
    assertThat(Files.readString(dir.resolve("payload.json"))).contains("\"reference\":\"GENK-THB-2026-0042\"");
    assertThat(cli.out()).startsWith("opened message ");

    // replay with the same store
    assertThat(open("ariec.keys.json", f("message.json"))).isEqualTo(BarrierCli.INVALID);
    assertThat(cli.err()).contains("REPLAY").contains("BARRIER-PRIV-0409");

    // the wrong party
    assertThat(run("envelope", "open", "--keys", f("genk.keys.json"), "--trust", f("genk.public.json"), "--in",
        f("message.json"))).isEqualTo(BarrierCli.INVALID);
    assertThat(cli.err()).contains("NOT_ADDRESSED").contains("BARRIER-PRIV-0403");

    // a tampered copy, as in the walkthrough
    Path tampered = dir.resolve("tampered.json");
    Files.writeString(tampered, message.replace("\"tlp\":\"AMBER+STRICT\"", "\"tlp\":\"CLEAR\""));
    assertThat(Files.readString(tampered)).isNotEqualTo(message);
    assertThat(open("ariec.keys.json", tampered.toString())).isEqualTo(BarrierCli.INVALID);
    assertThat(cli.err()).contains("TAMPERED").contains("BARRIER-PRIV-0407");

    // an untrusted sender
    assertThat(run("envelope", "open", "--keys", f("ariec.keys.json"), "--trust", f("ariec.public.json"), "--in",
        f("message.json"))).isEqualTo(BarrierCli.INVALID);
    assertThat(cli.err()).contains("UNKNOWN_SENDER");

    // payload on standard output without --out; a final line feed on the message is tolerated
    Files.writeString(dir.resolve("message-lf.json"), message + "\n");
    assertThat(run("envelope", "open", "--keys", f("ariec.keys.json"), "--trust", f("genk.public.json"), "--in",
        f("message-lf.json"))).isZero();
    assertThat(cli.out()).startsWith("{").contains("\"type\":\"barrier.signal-report/1\"");

    // the audit logs are intact and hold no content
    assertThat(run("audit", "verify", f("ariec.audit.jsonl"))).isZero();
    assertThat(cli.out()).isEqualTo(String.format("intact: 3 entries%n"));
    assertThat(run("audit", "verify", f("genk.audit.jsonl"))).isZero();
    String audit = Files.readString(dir.resolve("ariec.audit.jsonl"));
    assertThat(audit).contains("\"action\":\"OPEN\"").contains("\"reason\":\"BARRIER-PRIV-0409\"")
        .contains("\"reason\":\"BARRIER-PRIV-0407\"").doesNotContain("GENK-THB").doesNotContain("pk1.");

    // a changed audit entry is found, with its line
    List<String> lines = Files.readAllLines(dir.resolve("ariec.audit.jsonl"));
    lines.set(1, lines.get(1).replace("\"count\":0", "\"count\":1"));
    assertThat(lines.get(1)).isNotEqualTo(Files.readAllLines(dir.resolve("ariec.audit.jsonl")).get(1));
    Files.write(dir.resolve("ariec.audit.jsonl"), lines);
    assertThat(run("audit", "verify", f("ariec.audit.jsonl"))).isEqualTo(BarrierCli.INVALID);
    assertThat(cli.err()).startsWith("broken: line 2: modified");

    // a deleted entry too
    lines = Files.readAllLines(dir.resolve("genk.audit.jsonl"));
    assertThat(run("envelope", "seal", "--keys", f("genk.keys.json"), "--to",
        f("ariec.public.json"), "--purpose", "thb-signal", "--legal-basis", "L", "--tlp", "RED", "--in",
        EXAMPLE.toString(), "--out", f("m2.json"), "--audit", f("genk.audit.jsonl"))).isZero();
    assertThat(run("envelope", "seal", "--keys", f("genk.keys.json"), "--to",
        f("ariec.public.json"), "--purpose", "thb-signal", "--legal-basis", "L", "--tlp", "RED", "--in",
        EXAMPLE.toString(), "--out", f("m3.json"), "--audit", f("genk.audit.jsonl"))).isZero();
    lines = Files.readAllLines(dir.resolve("genk.audit.jsonl"));
    assertThat(lines).hasSize(3);
    lines.remove(1);
    Files.write(dir.resolve("genk.audit.jsonl"), lines);
    assertThat(run("audit", "verify", f("genk.audit.jsonl"))).isEqualTo(BarrierCli.INVALID);
    assertThat(cli.err()).startsWith("broken: line 2: deleted");
  }

  @Test
  void open_expiredMessage_isRejectedAsExpired() throws IOException {
    var access = InsecureSecretAccess.get();
    PartyKeyBundle genk = KeyFiles.parse(Files.readString(dir.resolve("genk.keys.json")), access);
    PartyKeyBundle ariec = KeyFiles.parse(Files.readString(dir.resolve("ariec.keys.json")), access);
    Clock past = Clock.fixed(Instant.now().minus(Duration.ofDays(2)), ZoneOffset.UTC);
    byte[] message = Envelopes.builder().clock(past).build().seal(genk.partyKeys(), List.of(ariec.publicKeys()),
        SealParameters.builder("thb-signal", "L", Handling.of(Tlp.RED), LocalDate.now(ZoneOffset.UTC).plusDays(30))
            .validity(Duration.ofHours(1)).build(), Files.readAllBytes(EXAMPLE)).message();
    Files.write(dir.resolve("expired.json"), message);

    assertThat(open("ariec.keys.json", f("expired.json"))).isEqualTo(BarrierCli.INVALID);
    assertThat(cli.err()).contains("EXPIRED").contains("BARRIER-PRIV-0404");
  }

  @Test
  void seal_shortExpiryIsWrittenInTheHeader_andBadOptionsAreUsage() throws IOException {
    assertThat(seal("--expires", "PT1H", "--retain-until", "2027-06-30")).isZero();
    String message = Files.readString(dir.resolve("message.json"));
    assertThat(message).contains("\"retainUntil\":\"2027-06-30\"");

    assertThat(seal("--expires", "1h")).isEqualTo(BarrierCli.USAGE);
    assertThat(seal("--expires", "P91D")).isEqualTo(BarrierCli.USAGE);
    assertThat(run("envelope", "seal", "--keys", f("genk.keys.json"), "--to", f("ariec.public.json"), "--purpose",
        "thb-signal", "--legal-basis", "L", "--tlp", "GREEN", "--in", EXAMPLE.toString(), "--out", f("m.json")))
        .isEqualTo(BarrierCli.USAGE);
    assertThat(run("envelope", "seal", "--keys", f("genk.keys.json"), "--to", f("ariec.public.json"), "--purpose",
        "thb-signal", "--legal-basis", "L", "--tlp", "GREEN", "--community", "ARIEC Limburg partners", "--in",
        EXAMPLE.toString(), "--out", f("m.json"))).isZero();
    assertThat(seal("--tlp", "AMBER-ish")).isEqualTo(BarrierCli.USAGE);
  }

  @Test
  void seal_childProtectionReport_isRefusedWithItsCode() throws IOException {
    Files.writeString(dir.resolve("grooming.json"),
        Files.readString(EXAMPLE).replace("\"barrier-admin\"", "\"minors-grooming\""));

    int code = run("envelope", "seal", "--keys", f("genk.keys.json"), "--to", f("ariec.public.json"), "--purpose",
        "thb-signal", "--legal-basis", "L", "--tlp", "RED", "--in", f("grooming.json"), "--out", f("m.json"));

    assertThat(code).isEqualTo(BarrierCli.INVALID);
    assertThat(cli.err()).contains("BARRIER-PRIV-0502").contains("/indicators/0/catalogue");
    assertThat(Files.exists(dir.resolve("m.json"))).isFalse();
  }

  @Test
  void seal_invalidPublicKeyFile_isInvalidInput_andMissingFileIsUsage() throws IOException {
    Files.writeString(dir.resolve("bad.public.json"), Files.readString(dir.resolve("genk.keys.json")));

    assertThat(run("envelope", "seal", "--keys", f("genk.keys.json"), "--to", f("bad.public.json"), "--purpose",
        "thb-signal", "--legal-basis", "L", "--tlp", "RED", "--in", EXAMPLE.toString(), "--out", f("m.json")))
        .isEqualTo(BarrierCli.INVALID);
    assertThat(cli.err()).contains("--to #1").contains("BARRIER-PRIV-0107");
    Files.writeString(dir.resolve("bad.public.json"), "{\"format\":\"barrier-party-public/9\"}");
    assertThat(run("envelope", "seal", "--keys", f("genk.keys.json"), "--to", f("bad.public.json"), "--purpose",
        "thb-signal", "--legal-basis", "L", "--tlp", "RED", "--in", EXAMPLE.toString(), "--out", f("m.json")))
        .isEqualTo(BarrierCli.INVALID);
    assertThat(cli.err()).contains("--to #1").contains("BARRIER-PRIV-01");
    assertThat(run("envelope", "seal", "--keys", f("nope.json"), "--to", f("ariec.public.json"), "--purpose",
        "thb-signal", "--legal-basis", "L", "--tlp", "RED", "--in", EXAMPLE.toString(), "--out", f("m.json")))
        .isEqualTo(BarrierCli.USAGE);
    assertThat(run("audit", "verify", f("nope.jsonl"))).isEqualTo(BarrierCli.USAGE);
  }

  @Test
  void secretKeyFile_permissions_areNotWidenedByForce() throws IOException {
    Path keys = dir.resolve("genk.keys.json");
    if (!keys.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    Files.setPosixFilePermissions(keys, Set.of(PosixFilePermission.values()));
    assertThat(run("keys", "generate", "--party", "gemeente-genk", "--out", keys.toString(), "--force")).isZero();
    assertThat(Files.getPosixFilePermissions(keys))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
  }
}
