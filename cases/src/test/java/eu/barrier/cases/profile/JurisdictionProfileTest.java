package eu.barrier.cases.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.barrier.cases.Access;
import eu.barrier.cases.Artefact;
import eu.barrier.cases.CaseError;
import eu.barrier.cases.CaseException;
import eu.barrier.cases.EventType;
import eu.barrier.cases.Role;
import eu.barrier.screening.decision.DecisionOutcome;
import eu.barrier.screening.decision.EvidenceStatus;
import eu.barrier.screening.decision.LegalGround;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class JurisdictionProfileTest {

  private static final JurisdictionProfile BE = JurisdictionProfile.builtIn("be-2024");
  private static final JurisdictionProfile NL = JurisdictionProfile.builtIn("nl-bibob");

  @Test
  void builtIn_bothProfiles_loadWithTheirFramesBodiesAndTriggers() {
    assertThat(BE.frame().ground()).isEqualTo(LegalGround.BE_INTEGRITY_SCREENING_2024);
    assertThat(NL.frame().ground()).isEqualTo(LegalGround.NL_BIBOB);
    assertThat(BE.advisoryBody().id()).isEqualTo("diob");
    assertThat(NL.advisoryBody().id()).isEqualTo("lbb");
    assertThat(BE.register()).map(Body::id).contains("central-register");
    assertThat(NL.register()).isEmpty();
    assertThat(BE.trigger().kind()).isEqualTo(TriggerKind.MANDATORY_BY_SCOPE);
    assertThat(NL.trigger().kind()).isEqualTo(TriggerKind.DISCRETIONARY_BY_POLICY);
    assertThat(catchThrowableOfType(CaseException.class, () -> JurisdictionProfile.builtIn("fr-2025")).error())
        .isEqualTo(CaseError.PROFILE_UNKNOWN);
  }

  @Test
  void builtIn_everySourcedItem_carriesItsMarkerAndUnverifiedOnesAreOff() {
    for (JurisdictionProfile p : List.of(BE, NL)) {
      List<Sourced> items = new ArrayList<>(p.grounds());
      items.addAll(p.deadlines());
      items.add(p.trigger());
      items.add(p.advisoryBody());
      for (Sourced s : items) {
        assertThat(s.source()).as("%s %s", p, s).contains(s.status().marker());
      }
      for (Ground g : p.grounds()) {
        assertThat(g.on()).as(g.id()).isEqualTo(g.status() == EvidenceStatus.VERIFIED);
      }
      for (LegalBasis b : p.bases()) {
        assertThat(b.on()).as(b.id()).isEqualTo(b.status() == EvidenceStatus.VERIFIED);
      }
      for (DeadlineRule d : p.deadlines()) {
        if (d.status() != EvidenceStatus.VERIFIED) {
          assertThat(d.period()).as("%s %s: [R] values stay unset", p, d.id()).isEmpty();
        }
      }
      assertThat(p.frame().enabledUnverified()).isEmpty();
    }
  }

  @Test
  void deadlines_onlyTheVerifiedLbbTermsAreSet() {
    assertThat(BE.deadlines()).noneMatch(DeadlineRule::isSet);
    assertThat(NL.deadlines()).filteredOn(DeadlineRule::isSet).extracting(DeadlineRule::id)
        .containsExactly("advice-term");
    DeadlineRule lbb = NL.deadline("advice-term").orElseThrow();
    assertThat(lbb.period()).contains(Period.ofWeeks(8));
    assertThat(lbb.extension()).contains(Period.ofWeeks(4));
    assertThat(NL.deadline("decision-term").orElseThrow().suspensions()).extracting(s -> s.max().orElse(null))
        .containsExactly(Period.ofWeeks(12), null);
  }

  @Test
  void matrix_bothProfiles_matchTheResearchNoteCellByCell() throws IOException {
    List<String> lines;
    try (InputStream in = getClass().getResourceAsStream("need-to-know-matrix.tsv")) {
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#")).toList();
    }
    String[] roles = lines.get(0).split("\t");
    assertThat(lines).hasSize(1 + Artefact.values().length);
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t");
      Artefact artefact = Artefact.valueOf(cells[0].toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
      for (int i = 1; i < cells.length; i++) {
        Role role = Role.fromId(roles[i]).orElseThrow();
        Access expected = expected(cells[i]);
        for (JurisdictionProfile p : List.of(BE, NL)) {
          assertThat(p.access(artefact, role)).as("%s %s %s", p, artefact, role).isEqualTo(expected);
        }
      }
    }
    assertThat(NL.cell(Artefact.APPLICATION, Role.ADVISORY_BODY).condition()).contains(Condition.IF_ADVICE_REQUESTED);
  }

  private static Access expected(String cell) {
    if (cell.contains("[R]") || cell.equals("–")) {
      return Access.NONE;
    }
    if (cell.startsWith("R (outcome)") || cell.startsWith("R (aggregate)") || cell.startsWith("P")) {
      return Access.PARTIAL;
    }
    if (cell.startsWith("RW")) {
      return Access.READ_WRITE;
    }
    return cell.startsWith("W") ? Access.WRITE : Access.READ;
  }

  @Test
  void recording_decisionOnlyByTheDecisionMakerAndRegisterOnlyWithARegister() {
    assertThat(NL.recording(EventType.DECISION_TAKEN).orElseThrow().recordedBy()).containsExactly(Role.DECISION_MAKER);
    assertThat(BE.recording(EventType.REGISTER_NOTIFIED)).isPresent();
    assertThat(NL.recording(EventType.REGISTER_NOTIFIED)).isEmpty();
    assertThat(NL.recording(EventType.DISCLOSURE_MADE).orElseThrow().basis()).isEmpty();
  }

  @Test
  void configure_unverifiedItems_turnedOnWithTheirOwnHashAndVerifiedOnesRefused() {
    JurisdictionProfile be = BE.withOutcome(DecisionOutcome.GRANT_WITH_CONDITIONS).withGround("commit-offences")
        .withBasis("be-hearing").withDeadline("views-period", Period.ofDays(15), "police ordinance Antwerp 2026 art. 7");
    assertThat(be.frame().outcomes()).contains(DecisionOutcome.GRANT_WITH_CONDITIONS);
    assertThat(be.ground("commit-offences").orElseThrow().on()).isTrue();
    assertThat(be.basis("be-hearing").orElseThrow().on()).isTrue();
    DeadlineRule views = be.deadline("views-period").orElseThrow();
    assertThat(views.period()).contains(Period.ofDays(15));
    assertThat(views.configuredBy()).contains("police ordinance Antwerp 2026 art. 7");
    assertThat(be.sha256()).isNotEqualTo(BE.sha256());
    assertThat(JurisdictionProfile.read(be.toJson())).isEqualTo(be);
    for (Runnable r : List.<Runnable>of(() -> BE.withOutcome(DecisionOutcome.REFUSE),
        () -> NL.withOutcome(DecisionOutcome.CLOSE), () -> BE.withGround("art-119ter"), () -> BE.withBasis("nope"),
        () -> BE.withDeadline("nope", Period.ofDays(1), "x"), () -> BE.withDeadline("views-period", Period.ZERO, "x"),
        () -> BE.withDeadline("views-period", Period.ofDays(1), " "))) {
      assertThat(catchThrowableOfType(CaseException.class, r::run).error()).isEqualTo(CaseError.PROFILE_CONFIGURATION);
    }
  }

  @Test
  void read_recollectedPeriodWithoutSource_refused() {
    String json = new String(BE.toJson(), StandardCharsets.UTF_8).replace(
        "\"id\":\"views-period\",\"title\":\"notice period of the hearing\",\"startedBy\":[\"intention-issued\"],\"endedBy\":[],",
        "\"id\":\"views-period\",\"title\":\"notice period of the hearing\",\"startedBy\":[\"intention-issued\"],\"endedBy\":[],\"period\":\"P14D\",");
    assertThat(json).contains("P14D");
    assertThat(read(json)).isEqualTo(CaseError.PROFILE_CONFIGURATION);
  }

  @Test
  void read_brokenDocuments_typedCodes() {
    String ok = new String(NL.toJson(), StandardCharsets.UTF_8);
    assertThat(read(ok.replace("\"format\":\"barrier.case-profile/1\"", "\"format\":\"x\""))).isEqualTo(CaseError.PROFILE_MALFORMED);
    assertThat(read(ok.replace("\"legalGround\":\"nl-bibob\"", "\"legalGround\":\"nl-wet\""))).isEqualTo(CaseError.PROFILE_INCONSISTENT);
    assertThat(read(ok.replace("\"police-liaison\":\"none\",", ""))).isEqualTo(CaseError.PROFILE_INCONSISTENT);
    assertThat(read(ok.replace("\"basis\":\"nl-bibob-art-9\"", "\"basis\":\"nl-awb-objection\""))).isEqualTo(CaseError.PROFILE_INCONSISTENT);
    assertThat(read(ok.replace("\"enabledUnverifiedOutcomes\":[]", "\"enabledUnverifiedOutcomes\":[\"refuse\"]")))
        .isEqualTo(CaseError.PROFILE_CONFIGURATION);
    assertThat(read("{}")).isEqualTo(CaseError.PROFILE_MALFORMED);
    assertThat(read("")).isEqualTo(CaseError.PROFILE_MALFORMED);
  }

  private static CaseError read(String json) {
    return catchThrowableOfType(CaseException.class,
        () -> JurisdictionProfile.read(json.getBytes(StandardCharsets.UTF_8))).error();
  }
}
