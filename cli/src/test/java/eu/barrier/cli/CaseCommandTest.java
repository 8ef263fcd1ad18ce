package eu.barrier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.cases.store.JdbcCaseStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CaseCommandTest {

  @TempDir Path dir;
  private String db;
  private final CliRun cli = new CliRun();

  @BeforeEach
  void setUp() {
    db = JdbcCaseStore.embeddedUrl(dir.resolve("cases"));
  }

  private int run(String... args) {
    return cli.run(args);
  }

  private String open(String profile) {
    assertThat(run("case", "open", "--db", db, "--profile", profile, "--establishment",
        "be-establishment:2999004230", "--trigger", "application", "--on", "2026-09-01")).isEqualTo(BarrierCli.OK);
    List<String> lines = cli.out().lines().toList();
    return lines.get(lines.size() - 1);
  }

  @Test
  void open_builtInProfile_printsTheCaseIdAloneOnTheLastLine() {
    String id = open("nl-bibob");
    assertThat(id).matches("case-[0-9a-f-]{36}");
    assertThat(cli.out()).startsWith("opened a nl-bibob 1.0.0 case (trigger application) in jdbc:h2:file:");
  }

  @Test
  void record_adviceBeforeRequest_exitsOneWithTheCode() {
    String id = open("nl-bibob");
    assertThat(run("case", "record", "--db", db, "--case", id, "--event", "advice-received", "--actor", "ams-0717",
        "--role", "integrity-officer", "--degree", "a-ground=lesser")).isEqualTo(BarrierCli.INVALID);
    assertThat(cli.err()).startsWith("refused: BARRIER-CASE-0102: ");
    assertThat(run("case", "record", "--db", db, "--case", id, "--event", "advice-requested", "--actor", "ams-0717",
        "--role", "integrity-officer", "--on", "2026-09-02")).isEqualTo(BarrierCli.OK);
    assertThat(cli.out()).isEqualTo(String.format("recorded #2 advice-requested on 2026-09-02 under nl-bibob-art-9%n"));
  }

  @Test
  void record_refusalWithoutHearingOrMotivation_exitsOneWithTheCodes() {
    String id = open("be-2024");
    String[] refusal = {"case", "record", "--db", db, "--case", id, "--event", "decision-taken", "--actor", "antw-0001",
        "--role", "decision-maker", "--outcome", "refuse", "--ground", "art-119ter", "--mandate", "college 2026/17",
        "--reviewer", "antw-0902", "--text", "Refused."};
    assertThat(run(refusal)).isEqualTo(BarrierCli.INVALID);
    assertThat(cli.err()).contains("BARRIER-CASE-0103");
    assertThat(run("case", "record", "--db", db, "--case", id, "--event", "decision-taken", "--actor", "antw-0001",
        "--role", "decision-maker", "--outcome", "grant", "--mandate", "college 2026/17")).isEqualTo(BarrierCli.INVALID);
    assertThat(cli.err()).as("no Belgian outcome is open in the built-in profile").contains("BARRIER-SCR-0303");
  }

  @Test
  void show_permitDesk_seesOnlyItsCells() {
    String id = open("be-2024");
    assertThat(run("case", "record", "--db", db, "--case", id, "--event", "evidence-received", "--actor", "antw-0717",
        "--role", "integrity-officer", "--text", "Two police reports.")).isEqualTo(BarrierCli.OK);
    assertThat(run("case", "show", "--db", db, "--case", id, "--as", "permit-desk")).isEqualTo(BarrierCli.OK);
    assertThat(cli.out()).contains("#1 2026-09-01 case-opened [read-write]").doesNotContain("evidence-received")
        .doesNotContain("police reports");
    assertThat(run("case", "show", "--db", db, "--case", id, "--as", "integrity-officer")).isEqualTo(BarrierCli.OK);
    assertThat(cli.out()).contains("evidence-received").contains("Two police reports.");
    assertThat(run("case", "show", "--db", db, "--case", id, "--as", "riec")).isEqualTo(BarrierCli.INVALID);
    assertThat(cli.err()).contains("BARRIER-CASE-0201");
    assertThat(run("case", "show", "--db", db, "--case", id, "--as", "mayor")).isEqualTo(BarrierCli.USAGE);
  }

  @Test
  void dueAndVerify_editedRow_dueListedAndEditExitsOne() throws Exception {
    String id = open("nl-bibob");
    run("case", "record", "--db", db, "--case", id, "--event", "advice-requested", "--actor", "ams-0717",
        "--role", "integrity-officer", "--on", "2026-09-02");
    assertThat(run("case", "due", "--db", db, "--as-of", "2026-10-28")).isEqualTo(BarrierCli.OK);
    assertThat(cli.out()).isEqualTo(String.format("1 due on or before 2026-10-28%n2026-10-28 %s advice-term ([V])%n", id));
    assertThat(run("case", "verify", "--db", db)).isEqualTo(BarrierCli.OK);
    assertThat(cli.out()).startsWith("intact: 1 cases, 2 events");
    try (Connection c = DriverManager.getConnection(db); Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE barrier_case_event SET occurred_on = DATE '2026-09-03' WHERE seq = 2");
    }
    assertThat(run("case", "verify", "--db", db)).isEqualTo(BarrierCli.INVALID);
    assertThat(cli.err()).isEqualTo(String.format("broken: case %s, event 2: edited%n", id));
  }

  @Test
  void demo_twice_replacesItsOwnFolderOnlyWithForceAndNoOther() throws Exception {
    Path demo = dir.resolve("demo");
    assertThat(run("case", "demo", "--dir", demo.toString())).isEqualTo(BarrierCli.OK);
    assertThat(run("case", "demo", "--dir", demo.toString())).isEqualTo(BarrierCli.USAGE);
    assertThat(run("case", "demo", "--dir", demo.toString(), "--force")).isEqualTo(BarrierCli.OK);
    String url = JdbcCaseStore.embeddedUrl(demo);
    assertThat(run("case", "show", "--db", url, "--case", "demo-nl-1", "--as", "integrity-officer"))
        .isEqualTo(BarrierCli.OK);
    assertThat(cli.out()).contains("state advice-requested");
    java.nio.file.Files.writeString(dir.resolve("other.txt"), "x");
    assertThat(run("case", "demo", "--dir", dir.toString(), "--force")).isEqualTo(BarrierCli.USAGE);
    assertThat(dir.resolve("other.txt")).exists();
  }
}
