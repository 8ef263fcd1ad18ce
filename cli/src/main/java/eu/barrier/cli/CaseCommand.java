package eu.barrier.cli;

import eu.barrier.cases.EventType;
import eu.barrier.cases.Role;
import eu.barrier.cases.Trigger;
import eu.barrier.cases.procedure.CaseEvent;
import eu.barrier.cases.procedure.CaseFiles;
import eu.barrier.cases.procedure.CaseView;
import eu.barrier.cases.procedure.Deadline;
import eu.barrier.cases.procedure.EventDetails;
import eu.barrier.cases.procedure.EventInput;
import eu.barrier.cases.procedure.Reader;
import eu.barrier.cases.procedure.VisibleEvent;
import eu.barrier.cases.profile.JurisdictionProfile;
import eu.barrier.cases.store.ChainVerification;
import eu.barrier.cases.store.JdbcCaseStore;
import eu.barrier.core.BarrierException;
import eu.barrier.core.json.BarrierJson;
import eu.barrier.screening.ScreeningResults;
import eu.barrier.screening.decision.DangerDegree;
import eu.barrier.screening.decision.DecisionMaker;
import eu.barrier.screening.decision.DecisionOutcome;
import eu.barrier.screening.decision.HumanDecision;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code barrier case}: integrity-screening cases on the embedded database or another. */
@Command(
    name = "case",
    mixinStandardHelpOptions = true,
    versionProvider = BarrierCli.Version.class,
    description = {
      "Integrity-screening cases (Belgian integrity screening of 2024, Dutch Wet Bibob): open a case, record its",
      "events, show it as a role, list what is due, verify the hash chains. See docs/cases.md.",
      "Exit status: 0 success, 1 refused (the code on standard error), 2 usage error."
    },
    subcommands = {CaseCommand.Open.class, CaseCommand.Record.class, CaseCommand.Show.class, CaseCommand.Due.class,
        CaseCommand.Verify.class, CaseCommand.Demo.class})
final class CaseCommand implements Runnable {

  @Spec private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand; see 'barrier case --help'.");
  }

  /** The database option shared by every subcommand. */
  static final class Database {
    @Option(names = "--db", paramLabel = "JDBC-URL",
        description = "The database: a JDBC URL (jdbc:h2:file:..., jdbc:postgresql://...). Default: the embedded "
            + "H2 database in $XDG_DATA_HOME/barrier/cases (~/.local/share/barrier/cases).")
    String url;

    String url() {
      if (url != null) {
        return url;
      }
      String xdg = System.getenv("XDG_DATA_HOME");
      Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
          : Path.of(System.getProperty("user.home"), ".local", "share");
      return JdbcCaseStore.embeddedUrl(base.resolve("barrier").resolve("cases"));
    }
  }

  /** Runs a body on an open store; a refused rule prints its code and exits 1. */
  static int withCases(CommandLine.Model.CommandSpec spec, Database db, Function<CaseFiles, Integer> body) {
    PrintWriter err = spec.commandLine().getErr();
    try (JdbcCaseStore store = JdbcCaseStore.open(db.url())) {
      return body.apply(CaseFiles.create(store, Clock.systemUTC()));
    } catch (BarrierException e) {
      err.println("refused: " + e.getMessage());
      err.flush();
      return BarrierCli.INVALID;
    }
  }

  static <E extends Enum<E>> E id(CommandLine.Model.CommandSpec spec, Class<E> type, String value, String option) {
    return BarrierJson.enumFromId(type, value).orElseThrow(() -> new CommandLine.ParameterException(
        spec.commandLine(), option + " is not one of " + ids(type)));
  }

  private static <E extends Enum<E>> String ids(Class<E> type) {
    List<String> out = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      out.add(BarrierJson.enumId(e));
    }
    return String.join(", ", out);
  }

  static LocalDate date(CommandLine.Model.CommandSpec spec, String value, String option) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), option + " must be a date such as 2026-12-31");
    }
  }

  // ---- open ----

  /** {@code barrier case open}. */
  @Command(name = "open", mixinStandardHelpOptions = true, versionProvider = BarrierCli.Version.class,
      description = "Open a case; prints the new case id alone on the last line.")
  static final class Open implements Callable<Integer> {
    @Spec private CommandLine.Model.CommandSpec spec;
    @CommandLine.Mixin private Database db = new Database();

    @Option(names = "--profile", required = true, paramLabel = "be-2024|nl-bibob|FILE",
        description = "A built-in profile, or a profile document configured by the municipality.")
    private String profile;

    @Option(names = "--establishment", required = true, paramLabel = "ID",
        description = "The establishment's subject key, for example be-establishment:2999004235.")
    private String establishment;

    @Option(names = "--trigger", required = true, paramLabel = "application|signal|scope|renewal|takeover",
        description = "What started the case (scope: Belgium, an establishment in the scope of a police ordinance).")
    private String trigger;

    @Option(names = "--case", paramLabel = "ID", description = "The case id, such as the permit file number; "
        + "default: a new random id.")
    private String caseId;

    @Option(names = "--actor", paramLabel = "STAFF-ID", defaultValue = "permit-desk-cli",
        description = "Who opens it, by staff id (default: ${DEFAULT-VALUE}).")
    private String actor;

    @Option(names = "--role", paramLabel = "ROLE", defaultValue = "permit-desk",
        description = "Their role (default: ${DEFAULT-VALUE}).")
    private String role;

    @Option(names = "--on", paramLabel = "DATE", description = "The day it happened (default: today).")
    private String on;

    @Option(names = "--reference", paramLabel = "TEXT",
        description = "The ordinance or policy rule that brought the case in scope.")
    private String reference;

    @Override
    public Integer call() {
      JurisdictionProfile p = profile(spec, profile);
      Trigger t = id(spec, Trigger.class, trigger, "--trigger");
      EventInput opening = EventInput.of(EventType.CASE_OPENED, actor, id(spec, Role.class, role, "--role"));
      if (on != null) {
        opening.on(date(spec, on, "--on"));
      }
      if (reference != null) {
        opening.reference(reference);
      }
      return withCases(spec, db, files -> {
        String id = caseId == null ? files.open(p, establishment, t, opening)
            : files.open(caseId, p, establishment, t, opening);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("opened a %s %s case (trigger %s) in %s%n", p.id(), p.version(), t.id(), db.url());
        out.println(id);
        out.flush();
        return BarrierCli.OK;
      });
    }
  }

  static JurisdictionProfile profile(CommandLine.Model.CommandSpec spec, String value) {
    if (JurisdictionProfile.BUILT_IN.contains(value)) {
      return JurisdictionProfile.builtIn(value);
    }
    Path file = Path.of(value);
    if (!Files.exists(file)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--profile is be-2024, nl-bibob or a profile document");
    }
    // the bounded reader refuses a directory, pipe or device with its code, and never reads past the limit
    return JurisdictionProfile.read(ExchangeFiles.read(spec, file, "--profile", JurisdictionProfile.MAX_BYTES));
  }

  // ---- record ----

  /** {@code barrier case record}. */
  @Command(name = "record", mixinStandardHelpOptions = true, versionProvider = BarrierCli.Version.class,
      description = {"Record an event on a case. An illegal transition exits 1 with its code.",
        "Events: case-opened is 'open'; scope-determined, regular-check-completed, questionnaire-sent,",
        "submission-received, submission-incomplete, evidence-requested, evidence-received, risk-assessed,",
        "score-viewed, advice-requested, advice-term-extended, advice-question-sent, advice-question-answered,",
        "advice-received, assessment-drafted, intention-issued, third-party-notified, view-received,",
        "supplementary-advice-requested, decision-taken, decision-notified, register-notified, appeal-lodged,",
        "appeal-decided, disclosure-made, retention-applied."})
  static final class Record implements Callable<Integer> {
    @Spec private CommandLine.Model.CommandSpec spec;
    @CommandLine.Mixin private Database db = new Database();

    @Option(names = "--case", required = true, paramLabel = "ID", description = "The case.")
    private String caseId;

    @Option(names = "--event", required = true, paramLabel = "NAME", description = "The event, for example advice-requested.")
    private String event;

    @Option(names = "--actor", required = true, paramLabel = "STAFF-ID", description = "Who did it, by staff id.")
    private String actor;

    @Option(names = "--role", required = true, paramLabel = "ROLE",
        description = "Their role: permit-desk, integrity-officer, decision-maker, legal-adviser, dpo, advisory-body, "
            + "riec, police-liaison, applicant, third-party, appeal-body.")
    private String role;

    @Option(names = "--outcome", paramLabel = "O", description = "intention-issued, decision-taken: grant, "
        + "grant-with-conditions, refuse, suspend, withdraw, close, not-processed.")
    private String outcome;

    @Option(names = "--ground", paramLabel = "GROUND", description = "A ground of the profile the intention or "
        + "decision cites; repeatable.")
    private List<String> grounds = new ArrayList<>();

    @Option(names = "--text", paramLabel = "TEXT", description = "Free text in the actor's own words; for a "
        + "decision, the motivation.")
    private String text;

    @Option(names = "--on", paramLabel = "DATE", description = "The day it happened (default: today).")
    private String on;

    @Option(names = "--basis", paramLabel = "ID", description = "The legal basis (default: the profile's for the event).")
    private String basis;

    @Option(names = "--reference", paramLabel = "TEXT", description = "A reference: a rule, a source, a letter.")
    private String reference;

    @Option(names = "--until", paramLabel = "DATE", description = "intention-issued: the views deadline.")
    private String until;

    @Option(names = "--danger", paramLabel = "serious|lesser|none", description = "decision-taken: the degree of danger (Bibob).")
    private String danger;

    @Option(names = "--degree", paramLabel = "GROUND=DEGREE", description = "advice-received: the advised degree "
        + "of danger on a ground, for example a-ground=lesser; repeatable.")
    private Map<String, String> degrees = new java.util.LinkedHashMap<>();

    @Option(names = "--mandate", paramLabel = "TEXT", description = "decision-taken: the decision maker's mandate.")
    private String mandate;

    @Option(names = "--proportionality", paramLabel = "TEXT", description = "decision-taken: why the outcome is "
        + "proportionate.")
    private String proportionality;

    @Option(names = "--reviewer", paramLabel = "STAFF-ID", description = "decision-taken: the second reviewer of an "
        + "adverse decision (under the decision maker's mandate).")
    private String reviewer;

    @Option(names = "--views", paramLabel = "TEXT", description = "decision-taken: how the views were dealt with.")
    private String views;

    @Option(names = "--evidence", paramLabel = "N", split = ",", description = "decision-taken: the numbers of the "
        + "events considered as evidence.")
    private List<Long> evidence = new ArrayList<>();

    @Option(names = "--recipient", paramLabel = "ROLE", description = "disclosure-made: the role disclosed to.")
    private String recipient;

    @Option(names = "--results", paramLabel = "FILE", description = "risk-assessed: a results document "
        + "(barrier screen's assessments.json) holding the case's establishment.")
    private Path results;

    @Option(names = "--lang", paramLabel = "nl|fr|en", defaultValue = "en",
        description = "risk-assessed: the language of the explanations kept (default: ${DEFAULT-VALUE}).")
    private String lang;

    @Override
    public Integer call() {
      EventType type = id(spec, EventType.class, event, "--event");
      EventInput in = EventInput.of(type, actor, id(spec, Role.class, role, "--role"));
      if (outcome != null) {
        in.outcome(id(spec, DecisionOutcome.class, outcome, "--outcome"));
      }
      in.grounds(grounds.toArray(new String[0]));
      if (text != null) {
        in.text(text);
      }
      if (on != null) {
        in.on(date(spec, on, "--on"));
      }
      if (basis != null) {
        in.basis(basis);
      }
      if (reference != null) {
        in.reference(reference);
      }
      if (until != null) {
        in.until(date(spec, until, "--until"));
      }
      if (danger != null) {
        in.danger(id(spec, DangerDegree.class, danger, "--danger"));
      }
      degrees.forEach((g, d) -> in.degree(g, id(spec, DangerDegree.class, d, "--degree")));
      if (mandate != null) {
        in.mandate(mandate);
      }
      if (proportionality != null) {
        in.proportionality(proportionality);
      }
      if (views != null) {
        in.views(views);
      }
      in.evidence(evidence.stream().mapToLong(Long::longValue).toArray());
      if (recipient != null) {
        in.recipient(id(spec, Role.class, recipient, "--recipient"));
      }
      return withCases(spec, db, files -> {
        if (reviewer != null) {
          in.secondReviewer(new DecisionMaker(reviewer, "second reviewer", mandate == null ? "-" : mandate));
        }
        if (results != null) {
          in.assessment(ScreeningResults.read(ExchangeFiles.read(spec, results, "--results",
              ScreeningResults.MAX_DOCUMENT_BYTES)), establishmentOf(files, caseId), Cli.language(spec, lang));
        }
        CaseEvent e = files.record(caseId, in);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("recorded #%d %s on %s under %s%n", e.seq(), e.type().id(), e.occurredOn(), e.basis());
        out.flush();
        return BarrierCli.OK;
      });
    }

    private static String establishmentOf(CaseFiles files, String caseId) {
      return files.read(caseId, Reader.as(Role.INTEGRITY_OFFICER)).establishment().orElseThrow();
    }
  }

  // ---- show ----

  /** {@code barrier case show}. */
  @Command(name = "show", mixinStandardHelpOptions = true, versionProvider = BarrierCli.Version.class,
      description = {"Show a case as a role: only that role's cells of the profile's need-to-know matrix.",
        "A role outside the municipality is a disclosure: name who discloses (--actor, --role) and a legal basis",
        "(--basis); it is recorded as a disclosure-made event. A named reader (--actor) inside the municipality",
        "who is shown the risk score is recorded as having viewed it."})
  static final class Show implements Callable<Integer> {
    @Spec private CommandLine.Model.CommandSpec spec;
    @CommandLine.Mixin private Database db = new Database();

    @Option(names = "--case", required = true, paramLabel = "ID", description = "The case.")
    private String caseId;

    @Option(names = "--as", required = true, paramLabel = "ROLE", description = "The reader's role.")
    private String as;

    @Option(names = "--actor", paramLabel = "STAFF-ID", description = "Who reads, or who discloses.")
    private String actor;

    @Option(names = "--role", paramLabel = "ROLE", description = "For a disclosure: the discloser's role.")
    private String discloserRole;

    @Option(names = "--basis", paramLabel = "ID", description = "For a disclosure: the legal basis.")
    private String basis;

    @Override
    public Integer call() {
      Role role = id(spec, Role.class, as, "--as");
      Reader reader;
      if (role.insideMunicipality()) {
        reader = actor == null ? Reader.as(role) : Reader.as(role, actor);
      } else if (actor == null || discloserRole == null || basis == null) {
        reader = Reader.as(role);
      } else {
        reader = Reader.disclosure(role, actor, id(spec, Role.class, discloserRole, "--role"), basis);
      }
      return withCases(spec, db, files -> {
        print(spec.commandLine().getOut(), files.read(caseId, reader));
        return BarrierCli.OK;
      });
    }
  }

  static void print(PrintWriter out, CaseView v) {
    out.printf("case %s, profile %s %s, state %s, shown to %s%n", v.caseId(), v.profileId(), v.profileVersion(),
        v.state().name().toLowerCase(Locale.ROOT).replace('_', '-'), v.reader().id());
    out.println(v.establishment().map(e -> "establishment " + e).orElse("establishment: not shown to this role"));
    for (VisibleEvent e : v.events()) {
      String access = BarrierJson.enumId(e.access());
      out.printf("#%d %s %s [%s]%s%n", e.seq(), e.occurredOn(), e.type().id(), access,
          e.actor().map(a -> " by " + a + " (" + e.role().orElseThrow().id() + ") under " + e.basis().orElseThrow())
              .orElse(e.outcome().map(o -> " outcome " + BarrierJson.enumId(o)).orElse("")));
      e.details().ifPresent(d -> details(out, d));
    }
    if (!v.deadlines().isEmpty()) {
      out.println("clocks:");
      for (Deadline d : v.deadlines()) {
        out.printf("  %s: %s%s (%s%s)%n", d.id(), BarrierJson.enumId(d.status()),
            d.dueOn().map(x -> ", due " + x).orElse(""), d.evidence().marker(), d.configured() ? ", configured" : "");
      }
    }
    v.disclosure().ifPresent(n -> out.printf("this disclosure was recorded as event #%d%n", n));
    out.flush();
  }

  private static void details(PrintWriter out, EventDetails d) {
    List<String> parts = new ArrayList<>();
    Optional.ofNullable(d.trigger()).ifPresent(t -> parts.add("trigger " + t.id()));
    Optional.ofNullable(d.outcome()).ifPresent(o -> parts.add("outcome " + BarrierJson.enumId(o)));
    Optional.ofNullable(d.danger()).ifPresent(o -> parts.add("danger " + BarrierJson.enumId(o)));
    Optional.ofNullable(d.grounds()).ifPresent(g -> parts.add("grounds " + String.join(",", g)));
    Optional.ofNullable(d.until()).ifPresent(u -> parts.add("views until " + u));
    Optional.ofNullable(d.degrees()).ifPresent(g -> parts.add("advised " + new java.util.TreeMap<>(g)));
    Optional.ofNullable(d.recipient()).ifPresent(r -> parts.add("to " + r.id()));
    Optional.ofNullable(d.events()).ifPresent(r -> parts.add("events " + r));
    Optional.ofNullable(d.reference()).ifPresent(r -> parts.add("reference: " + r));
    Optional.ofNullable(d.assessment()).ifPresent(a -> parts.add("signal " + a.level() + ", sha256 " + a.sha256()));
    if (!parts.isEmpty()) {
      out.println("    " + String.join("; ", parts));
    }
    Optional.ofNullable(d.text()).ifPresent(t -> out.println("    \"" + t + "\""));
    if (d.decision() != null) {
      HumanDecision h = HumanDecision.parse(d.decision().record().getBytes(StandardCharsets.UTF_8));
      out.printf("    decided by %s (%s; %s)%s%s%n", h.decisionMaker().staffId(), h.decisionMaker().role(),
          h.decisionMaker().mandate(), h.secondReviewer().map(r -> ", reviewed by " + r.staffId()).orElse(""),
          h.outcomeVerified() ? "" : "; outcome unverified, turned on by the municipality");
      out.println("    motivation: \"" + h.motivation() + "\"");
      h.proportionality().ifPresent(p -> out.println("    proportionality: \"" + p + "\""));
      Optional.ofNullable(d.decision().views()).ifPresent(p -> out.println("    views: \"" + p + "\""));
      if (d.decision().score() != null) {
        EventDetails.ScoreContext s = d.decision().score();
        out.printf("    score context: %s, score %s, model %s, %s; viewed by the decision maker: %s; %s with the band%n",
            s.level(), s.score(), s.model(), String.join(", ", s.catalogues()), s.viewed() ? "yes" : "no",
            h.agreement().map(a -> a ? "agrees" : "disagrees").orElse("not compared"));
      } else {
        out.println("    no risk assessment in the case");
      }
    }
  }

  // ---- due ----

  /** {@code barrier case due}. */
  @Command(name = "due", mixinStandardHelpOptions = true, versionProvider = BarrierCli.Version.class,
      description = "List the legal clocks due on or before a day, over all cases, earliest first.")
  static final class Due implements Callable<Integer> {
    @Spec private CommandLine.Model.CommandSpec spec;
    @CommandLine.Mixin private Database db = new Database();

    @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "The day.")
    private String asOf;

    @Override
    public Integer call() {
      LocalDate day = date(spec, asOf, "--as-of");
      return withCases(spec, db, files -> {
        PrintWriter out = spec.commandLine().getOut();
        List<Deadline> due = files.due(day);
        out.printf("%d due on or before %s%n", due.size(), day);
        for (Deadline d : due) {
          LocalDate on = d.dueOn().orElseThrow();
          out.printf("%s %s %s (%s)%s%n", on, d.caseId(), d.id(), d.evidence().marker(),
              on.isBefore(day) ? ", " + java.time.temporal.ChronoUnit.DAYS.between(on, day) + " days ago" : "");
        }
        out.flush();
        return BarrierCli.OK;
      });
    }
  }

  // ---- verify ----

  /** {@code barrier case verify}. */
  @Command(name = "verify", mixinStandardHelpOptions = true, versionProvider = BarrierCli.Version.class,
      description = {"Verify the hash chain of every case (or one): an edited, removed or inserted event, a cut",
        "tail or a swapped profile is reported. Exit status: 0 intact, 1 broken."})
  static final class Verify implements Callable<Integer> {
    @Spec private CommandLine.Model.CommandSpec spec;
    @CommandLine.Mixin private Database db = new Database();

    @Option(names = "--case", paramLabel = "ID", description = "Only this case.")
    private String caseId;

    @Override
    public Integer call() {
      return withCases(spec, db, files -> {
        List<ChainVerification> all = caseId == null ? files.verify() : List.of(files.verify(caseId));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long broken = 0;
        long events = 0;
        for (ChainVerification v : all) {
          events += v.events();
          if (!v.isIntact()) {
            broken++;
            err.printf("broken: case %s, event %d: %s%n", v.caseId(), v.seq().orElse(0L),
                v.fault().orElseThrow().name().toLowerCase(Locale.ROOT).replace('_', '-'));
          }
        }
        out.printf("%s: %d cases, %d events, %d broken%n", broken == 0 ? "intact" : "broken", all.size(), events,
            broken);
        out.flush();
        err.flush();
        return broken == 0 ? BarrierCli.OK : BarrierCli.INVALID;
      });
    }
  }

  // ---- demo ----

  /** {@code barrier case demo}. */
  @Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = BarrierCli.Version.class,
      description = {"Write a DEMO-ONLY database with two synthetic cases to try the other commands on:",
        "demo-be-1 (Belgium, an Antwerp massage salon heard on an intention to refuse) and demo-nl-1 (the",
        "Netherlands, awaiting the LBB's advice). A folder it wrote before is replaced with --force; any",
        "other folder that is not empty is refused."})
  static final class Demo implements Callable<Integer> {
    @Spec private CommandLine.Model.CommandSpec spec;

    @Option(names = "--dir", required = true, paramLabel = "DIR", description = "The folder of the demo database.")
    private Path dir;

    @Option(names = "--force", description = "Replace a demo database written here before.")
    private boolean force;

    @Override
    public Integer call() throws IOException {
      Path marker = dir.resolve("DEMO-ONLY");
      if (Files.exists(dir)) {
        try (var list = Files.list(dir)) {
          if (list.findAny().isPresent() && !Files.exists(marker)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                "--dir holds files that are not a demo database; choose an empty or new folder");
          }
        }
        if (Files.exists(marker)) {
          OutputFiles.checkDirectory(spec, dir, "--dir", force);
        }
        try (var list = Files.list(dir)) {
          for (Path p : (Iterable<Path>) list::iterator) {
            Files.delete(p);
          }
        }
      }
      Files.createDirectories(dir);
      OutputFiles.writeAtomicallyUnchecked(marker,
          OutputFiles.utf8("A demonstration database of synthetic cases written by 'barrier case demo'.\n"),
          OutputFiles.Access.SHARED);
      Database db = new Database();
      db.url = JdbcCaseStore.embeddedUrl(dir);
      return withCases(spec, db, files -> {
        CaseDemo.write(files);
        PrintWriter out = spec.commandLine().getOut();
        out.println("DEMO-ONLY synthetic cases demo-be-1 and demo-nl-1 in " + db.url);
        out.flush();
        return BarrierCli.OK;
      });
    }
  }
}
