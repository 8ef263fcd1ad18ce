package eu.barrier.screening.signal;

import static eu.barrier.screening.Fixtures.AS_OF;
import static eu.barrier.screening.Fixtures.beKey;
import static eu.barrier.screening.Fixtures.establishment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.barrier.core.establishment.Sector;
import eu.barrier.core.observation.Agency;
import eu.barrier.core.observation.Grading;
import eu.barrier.core.observation.GradingScheme;
import eu.barrier.core.observation.Observation;
import eu.barrier.indicators.scoring.Outcome;
import eu.barrier.privacy.InsecureSecretAccess;
import eu.barrier.privacy.SecretBytes;
import eu.barrier.privacy.audit.AuditAction;
import eu.barrier.privacy.audit.AuditLog;
import eu.barrier.privacy.audit.InMemoryAuditSink;
import eu.barrier.privacy.exchange.Messages;
import eu.barrier.privacy.exchange.SignalReport;
import eu.barrier.privacy.generalise.DateGranularity;
import eu.barrier.privacy.key.KeySet;
import eu.barrier.privacy.key.KeyStatus;
import eu.barrier.privacy.key.PseudonymKey;
import eu.barrier.privacy.pseudonym.PseudonymContext;
import eu.barrier.privacy.key.PseudonymParameters;
import eu.barrier.privacy.pseudonym.Pseudonymiser;
import eu.barrier.screening.Fixtures;
import eu.barrier.screening.ObservedEstablishment;
import eu.barrier.screening.Screening;
import eu.barrier.screening.ScreeningError;
import eu.barrier.screening.ScreeningException;
import eu.barrier.screening.ScreeningResult;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class SignalReportsTest {

  private static final Screening SCREENING = Screening.builder().build();
  private static final String[] MEDIUM = {"ADM-01", "ADM-03", "ADM-05", "ADM-07"};

  /** A test-only pseudonym key, generated for this run. */
  static Pseudonymiser pseudonymiser() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    KeySet keys = KeySet.of(List.of(PseudonymKey.of(1, KeyStatus.PRIMARY, PseudonymParameters.HMAC_SHA256_V1,
        SecretBytes.copyFrom(key, InsecureSecretAccess.get()))));
    return Pseudonymiser.create(keys, PseudonymContext.of("thb-screening", "ariec-limburg"));
  }

  @Test
  void build_onlyMediumAndUp_lowHeldBackAndCounted() {
    ScreeningResult r = SCREENING.screenAll(List.of(establishment(beKey(1), Sector.CARWASH, MEDIUM),
        establishment(beKey(2), Sector.CARWASH, "ADM-01")), AS_OF);
    SignalReports.Prepared p = SignalReports.build(r, pseudonymiser(), SignalReportPolicy.defaults(), "screen-t",
        Optional.empty(), "barrier-test");
    assertThat(p.reports()).hasSize(1);
    assertThat(p.belowLevel()).isEqualTo(1);
    SignalReport report = p.reports().get(0);
    assertThat(report.reference()).isEqualTo("screen-t-001");
    assertThat(report.period()).isEqualTo("2026-Q2");
    assertThat(report.indicators()).extracting(i -> i.indicator()).containsExactly("ADM-01", "ADM-03", "ADM-05",
        "ADM-07");
    assertThat(report.assessment().outcome()).isEqualTo("medium");
    String json = new String(Messages.write(report), StandardCharsets.UTF_8);
    assertThat(json).doesNotContain("2999").doesNotContain("2026-06-30");
    assertThat(Messages.read(Messages.write(report), SignalReport.class)).isEqualTo(report);
  }

  @Test
  void build_moreThanTheMaximum_cappedAndCounted() {
    List<ObservedEstablishment> batch = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      batch.add(establishment(beKey(100 + i), Sector.CARWASH, MEDIUM));
    }
    ScreeningResult r = SCREENING.screenAll(batch, AS_OF);
    SignalReports.Prepared p = SignalReports.build(r, pseudonymiser(),
        new SignalReportPolicy(Outcome.MEDIUM, 3, DateGranularity.YEAR), "s", Optional.empty(), "t");
    assertThat(p.reports()).hasSize(3);
    assertThat(p.overLimit()).isEqualTo(2);
    assertThat(p.reports().get(0).period()).isEqualTo("2026");
  }

  @Test
  void build_untypedKey_neverSent() {
    ObservedEstablishment e = establishment("permit-2026-0042", Sector.CARWASH, MEDIUM);
    ScreeningResult r = SCREENING.screenAll(List.of(e), AS_OF);
    SignalReports.Prepared p = SignalReports.build(r, pseudonymiser(), SignalReportPolicy.defaults(), "s",
        Optional.empty(), "t");
    assertThat(p.reports()).isEmpty();
    assertThat(p.notTyped()).isEqualTo(1);
  }

  @Test
  void build_sharedKeySetDuringItsRotationOverlap_subjectCarriesItsAlias_afterTheEndNone() {
    SecureRandom random = new SecureRandom();
    java.time.LocalDate issued = java.time.LocalDate.of(2026, 1, 5);
    eu.barrier.privacy.key.SharedKeySet v1 = eu.barrier.privacy.key.SharedKeySet.generate("gemeente-genk",
        "thb-screening", "ariec-limburg", issued, random);
    eu.barrier.privacy.key.SharedKeySet v2 = v1.rotate(issued.plusDays(100), issued.plusDays(150), random);
    ScreeningResult r = SCREENING.screenAll(List.of(establishment(beKey(1), Sector.CARWASH, MEDIUM)), AS_OF);
    eu.barrier.core.id.Identifier id = SignalReports.identifier(beKey(1)).orElseThrow();

    SignalReport during = SignalReports.build(r, Pseudonymiser.shared(v2, issued.plusDays(120)),
        SignalReportPolicy.defaults(), "s", Optional.empty(), "t").reports().get(0);
    SignalReport after = SignalReports.build(r, Pseudonymiser.shared(v2, issued.plusDays(151)),
        SignalReportPolicy.defaults(), "s", Optional.empty(), "t").reports().get(0);

    assertThat(during.subjects().get(0).pseudonym())
        .isEqualTo(Pseudonymiser.shared(v2, issued.plusDays(151)).pseudonymise(id).format());
    assertThat(during.subjects().get(0).aliases())
        .containsExactly(Pseudonymiser.shared(v1, issued).pseudonymise(id).format());
    assertThat(Messages.read(Messages.write(during), SignalReport.class)).isEqualTo(during);
    assertThat(after.subjects().get(0).aliases()).isNull();
    assertThat(after.subjects().get(0).pseudonym()).isEqualTo(during.subjects().get(0).pseudonym());
  }

  @Test
  void build_withAudit_onePseudonymiseEntryPerReport() {
    InMemoryAuditSink sink = new InMemoryAuditSink();
    ScreeningResult r = SCREENING.screenAll(List.of(establishment(beKey(1), Sector.CARWASH, MEDIUM),
        establishment(beKey(3), Sector.CARWASH, MEDIUM)), AS_OF);
    SignalReports.build(r, pseudonymiser(), SignalReportPolicy.defaults(), "s",
        Optional.of(AuditLog.open(sink, Clock.systemUTC())), "barrier-screen");
    assertThat(sink.records()).hasSize(2).allMatch(x -> x.event().action() == AuditAction.PSEUDONYMISE
        && x.event().recipient().orElseThrow().equals("ariec-limburg"));
  }

  @Test
  void build_gradingOfContributingObservations_strongestEuropol() {
    String key = beKey(7);
    List<Observation> obs = new ArrayList<>();
    obs.add(Fixtures.graded(key, "ADM-01", AS_OF.minusDays(100), Agency.LOCAL_POLICE, "C2"));
    obs.add(Fixtures.graded(key, "ADM-03", AS_OF.minusDays(100), Agency.SOCIAL_INSPECTION, "B3"));
    obs.add(Fixtures.graded(key, "ADM-05", AS_OF.minusDays(100), Agency.LOCAL_POLICE, "B2"));
    obs.add(Fixtures.seen(key, "ADM-07", AS_OF.minusDays(100), Agency.PERMIT_DESK));
    obs.add(Fixtures.seen(key, "ADM-09", AS_OF.minusDays(100), Agency.PERMIT_DESK));
    obs.add(Fixtures.seen(key, "ADM-10", AS_OF.minusDays(95), Agency.PERMIT_DESK));
    obs.add(Fixtures.seen(key, "ADM-16", AS_OF.minusDays(100), Agency.PERMIT_DESK));
    obs.add(Fixtures.seen(key, "ADM-18", AS_OF.minusDays(100), Agency.PERMIT_DESK));
    ObservedEstablishment e = new ObservedEstablishment(Fixtures.ref(key), Sector.CARWASH, obs);
    ScreeningResult r = SCREENING.screenAll(List.of(e), AS_OF);
    assertThat(r.establishments().get(0).level()).isEqualTo(Outcome.MEDIUM);
    SignalReport report = SignalReports.build(r, pseudonymiser(), SignalReportPolicy.defaults(), "s",
        Optional.empty(), "t").reports().get(0);
    assertThat(report.grading().source() + report.grading().information()).isEqualTo("B2");
    assertThat(report.period()).isEqualTo("2026-Q1");
    assertThat(r.establishments().get(0).lastObserved()).contains(AS_OF.minusDays(95));
  }

  /**
   * An establishment at level medium: ADM-01, ADM-03 and ADM-05 with the given gradings ({@code
   * null}: ungraded), and five ungraded permit-desk findings.
   */
  private static ScreeningResult medium(String key, Grading first, Grading second, Grading third) {
    List<Observation> obs = new ArrayList<>();
    obs.add(Fixtures.graded(key, "ADM-01", AS_OF.minusDays(100), Agency.LOCAL_POLICE, first));
    obs.add(Fixtures.graded(key, "ADM-03", AS_OF.minusDays(100), Agency.SOCIAL_INSPECTION, second));
    obs.add(Fixtures.graded(key, "ADM-05", AS_OF.minusDays(100), Agency.LOCAL_POLICE, third));
    for (String id : List.of("ADM-07", "ADM-09", "ADM-10", "ADM-16", "ADM-18")) {
      obs.add(Fixtures.seen(key, id, AS_OF.minusDays(100), Agency.PERMIT_DESK));
    }
    ScreeningResult r = SCREENING.screenAll(List.of(new ObservedEstablishment(Fixtures.ref(key), Sector.CARWASH, obs)),
        AS_OF);
    assertThat(r.establishments().get(0).level()).isEqualTo(Outcome.MEDIUM);
    return r;
  }

  private static SignalReport onlyReport(ScreeningResult r) {
    List<SignalReport> reports = SignalReports.build(r, pseudonymiser(), SignalReportPolicy.defaults(), "s",
        Optional.empty(), "t").reports();
    assertThat(reports).hasSize(1);
    return reports.get(0);
  }

  @Test
  void build_ungradedFindings_reportIsUngradedNeverX4() {
    SignalReport report = onlyReport(medium(beKey(8), null, null, null));
    assertThat(report.grading()).isNull();
    byte[] json = Messages.write(report);
    assertThat(new String(json, StandardCharsets.UTF_8)).doesNotContain("grading").doesNotContain("europol");
    assertThat(Messages.read(json, SignalReport.class)).isEqualTo(report);
  }

  @Test
  void build_admiraltyGradings_sentInTheirOwnScheme() {
    Grading b2 = Grading.of(GradingScheme.ADMIRALTY_6X6, "B", "2");
    Grading a3 = Grading.of(GradingScheme.ADMIRALTY_6X6, "A", "3");
    SignalReport report = onlyReport(medium(beKey(9), b2, null, a3));
    assertThat(report.grading()).isEqualTo(a3);
    assertThat(new String(Messages.write(report), StandardCharsets.UTF_8))
        .contains("\"grading\":{\"scheme\":\"admiralty-6x6\",\"source\":\"A\",\"information\":\"3\"}");
  }

  @Test
  void build_ukGradingWithHandling_keptWhole() {
    Grading uk = Grading.of(GradingScheme.UK_3X5X2, "2", "B", "C");
    assertThat(onlyReport(medium(beKey(10), null, uk, null)).grading()).isEqualTo(uk);
  }

  @Test
  void build_gradingsInTwoSchemes_strongestOfTheFirstScheme_neverConverted() {
    Grading europolC3 = Grading.of(GradingScheme.EUROPOL_4X4, "C", "3");
    Grading admiraltyA1 = Grading.of(GradingScheme.ADMIRALTY_6X6, "A", "1");
    Grading europolB3 = Grading.of(GradingScheme.EUROPOL_4X4, "B", "3");
    assertThat(onlyReport(medium(beKey(11), admiraltyA1, europolC3, europolB3)).grading()).isEqualTo(europolB3);
  }

  @Test
  void policy_looserThanAllowed_refused() {
    assertThat(catchThrowableOfType(ScreeningException.class,
        () -> new SignalReportPolicy(Outcome.LOW, 10, DateGranularity.QUARTER)).error())
        .isEqualTo(ScreeningError.SIGNAL_POLICY);
    assertThat(catchThrowableOfType(ScreeningException.class,
        () -> new SignalReportPolicy(Outcome.MEDIUM, 101, DateGranularity.QUARTER)).error())
        .isEqualTo(ScreeningError.SIGNAL_POLICY);
    assertThat(catchThrowableOfType(ScreeningException.class,
        () -> new SignalReportPolicy(Outcome.MEDIUM, 10, DateGranularity.WEEK)).error())
        .isEqualTo(ScreeningError.SIGNAL_POLICY);
  }
}
