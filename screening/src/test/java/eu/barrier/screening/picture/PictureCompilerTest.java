package eu.barrier.screening.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.barrier.core.id.IdentifierType;
import eu.barrier.core.observation.Grading;
import eu.barrier.core.observation.GradingScheme;
import eu.barrier.privacy.audit.AuditAction;
import eu.barrier.privacy.audit.AuditLog;
import eu.barrier.privacy.audit.AuditRecord;
import eu.barrier.privacy.audit.InMemoryAuditSink;
import eu.barrier.privacy.envelope.Envelopes;
import eu.barrier.privacy.envelope.Handling;
import eu.barrier.privacy.envelope.SealParameters;
import eu.barrier.privacy.envelope.Tlp;
import eu.barrier.privacy.exchange.AssessmentSummary;
import eu.barrier.privacy.exchange.ExchangeDomain;
import eu.barrier.privacy.exchange.InformationRequest;
import eu.barrier.privacy.exchange.Messages;
import eu.barrier.privacy.exchange.ObservedIndicator;
import eu.barrier.privacy.exchange.PseudonymousSubject;
import eu.barrier.privacy.exchange.SignalReport;
import eu.barrier.privacy.key.KeySet;
import eu.barrier.privacy.key.PartyKeys;
import eu.barrier.privacy.pseudonym.PseudonymContext;
import eu.barrier.privacy.pseudonym.Pseudonymiser;
import eu.barrier.screening.ScreeningError;
import eu.barrier.screening.ScreeningException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class PictureCompilerTest {

  static final SecureRandom RANDOM = new SecureRandom();
  static final Clock CLOCK = Clock.systemUTC();
  static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
  static final String PURPOSE = "thb-signal";
  static final PartyKeys ARIEC = PartyKeys.generate("ariec-limburg", RANDOM);
  static final PartyKeys GENK = PartyKeys.generate("gemeente-genk", RANDOM);
  static final PartyKeys HASSELT = PartyKeys.generate("gemeente-hasselt", RANDOM);
  /** The identifier both municipalities report: a synthetic BE enterprise number. */
  static final String ENTERPRISE = PictureDemo.withCheckDigits("04561237");

  static String pseudonym(KeySet keys, IdentifierType type, String digits) {
    return Pseudonymiser.create(keys, PseudonymContext.of(PURPOSE, ARIEC.partyId())).pseudonymise(type.parse(digits))
        .format();
  }

  static SignalReport report(String reference, List<PseudonymousSubject> subjects, String level, String... indicators) {
    List<ObservedIndicator> observed = java.util.Arrays.stream(indicators)
        .map(i -> new ObservedIndicator("barrier-admin", "1.0.0", i)).toList();
    return SignalReport.of(reference, ExchangeDomain.ADMINISTRATIVE, false, "2026-Q4", subjects, observed,
        Grading.of(GradingScheme.EUROPOL_4X4, "B", "2"),
        new AssessmentSummary(level, 5000L, "barrier-admin@1.0.0", "weighted"));
  }

  static byte[] seal(PartyKeys sender, Record message, Tlp tlp, LocalDate retainUntil, String purpose) {
    SealParameters p = SealParameters.builder(purpose, "Samenwerkingsprotocol ARIEC Limburg 2026",
        Handling.of(tlp), retainUntil).build();
    return Envelopes.builder().clock(CLOCK).build().seal(sender, List.of(ARIEC.publicKeys()), p,
        Messages.write(message)).message();
  }

  static byte[] seal(PartyKeys sender, Record message) {
    return seal(sender, message, Tlp.AMBER, TODAY.plusYears(1), PURPOSE);
  }

  static PictureCompiler compiler() {
    return PictureCompiler.builder(ARIEC, List.of(GENK.publicKeys(), HASSELT.publicKeys())).clock(CLOCK).build();
  }

  @Test
  void compile_twoPartnersWithTheSharedKeySet_oneEntityWithBothSenders() {
    KeySet shared = KeySet.generate(RANDOM);
    KeySet ariecOwn = KeySet.generate(RANDOM);
    String genkSays = pseudonym(shared, IdentifierType.BE_ENTERPRISE, ENTERPRISE);
    String hasseltSays = pseudonym(shared, IdentifierType.BE_ENTERPRISE, ENTERPRISE);
    assertThat(genkSays).isEqualTo(hasseltSays);
    assertThat(pseudonym(ariecOwn, IdentifierType.BE_ENTERPRISE, ENTERPRISE)).isNotEqualTo(genkSays);

    Map<String, byte[]> store = new LinkedHashMap<>();
    store.put("a.json", seal(GENK, report("genk-1",
        List.of(new PseudonymousSubject(IdentifierType.BE_ENTERPRISE, genkSays)), "medium", "ADM-01")));
    store.put("b.json", seal(HASSELT, report("hasselt-1",
        List.of(new PseudonymousSubject(IdentifierType.BE_ENTERPRISE, hasseltSays)), "high", "ADM-05")));
    Picture picture = compiler().compile(MessageStore.of(store));

    assertThat(picture.entities()).hasSize(1);
    Entity e = picture.entities().get(0);
    assertThat(e.reporters()).containsExactly("gemeente-genk", "gemeente-hasselt");
    assertThat(e.signals()).extracting(Signal::source)
        .containsExactlyElementsOf(picture.sources().stream().map(Source::messageId).toList());
    assertThat(picture.patterns()).extracting(Pattern::kind).containsExactly(PatternKind.SEVERAL_PARTNERS);
    assertThat(picture.groups().get(0).highestLevel().orElseThrow().id()).isEqualTo("high");
    assertThat(picture.groups().get(0).barriers()).extracting(c -> c.id()).containsExactly("housing", "finances");
  }

  @Test
  void compile_partnersWithTheirOwnKeySets_twoEntitiesAndTwoDomains() {
    Map<String, byte[]> store = new LinkedHashMap<>();
    store.put("a.json", seal(GENK, report("genk-1", List.of(new PseudonymousSubject(IdentifierType.BE_ENTERPRISE,
        pseudonym(KeySet.generate(RANDOM), IdentifierType.BE_ENTERPRISE, ENTERPRISE))), "medium", "ADM-01")));
    store.put("b.json", seal(HASSELT, report("hasselt-1", List.of(new PseudonymousSubject(IdentifierType.BE_ENTERPRISE,
        pseudonym(KeySet.generate(RANDOM), IdentifierType.BE_ENTERPRISE, ENTERPRISE))), "medium", "ADM-01")));
    Picture picture = compiler().compile(MessageStore.of(store));
    assertThat(picture.entities()).hasSize(2);
    assertThat(picture.patterns()).isEmpty();
    assertThat(picture.pseudonymDomains()).hasSize(2);
  }

  @Test
  void compile_childProtectionOtherPurposeAndRequest_listedNeverUsed() {
    KeySet shared = KeySet.generate(RANDOM);
    PseudonymousSubject s = new PseudonymousSubject(IdentifierType.BE_ENTERPRISE,
        pseudonym(shared, IdentifierType.BE_ENTERPRISE, ENTERPRISE));
    SignalReport care = SignalReport.of("genk-care-1", ExchangeDomain.CARE, true, "2026-Q4", List.of(s),
        List.of(new ObservedIndicator("minors-grooming", "1.0.0", "MIN-LB-01")), Grading.of(GradingScheme.EUROPOL_4X4,
            "B", "2"), null);
    Map<String, byte[]> store = new LinkedHashMap<>();
    store.put("care.json", seal(GENK, care));
    store.put("other.json", seal(GENK, report("genk-2", List.of(s), "medium", "ADM-01"), Tlp.AMBER,
        TODAY.plusYears(1), "fraud-check"));
    store.put("request.json", seal(HASSELT, InformationRequest.of("hasselt-req-1", "thb-signal",
        "Samenwerkingsprotocol ARIEC Limburg 2026", List.of(s), TODAY.plusDays(14))));
    Picture picture = PictureCompiler.builder(ARIEC, List.of(GENK.publicKeys(), HASSELT.publicKeys())).clock(CLOCK)
        .purposes(java.util.Set.of(PURPOSE, "fraud-check-not")).build().compile(MessageStore.of(store));
    assertThat(picture.sources()).isEmpty();
    assertThat(picture.entities()).isEmpty();
    assertThat(picture.tlp()).isEqualTo(Tlp.CLEAR);
    assertThat(picture.retainUntil()).isEmpty();
    assertThat(picture.notUsed()).extracting(NotUsed::name, NotUsed::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple("care.json", ScreeningError.PICTURE_CHILD_PROTECTION.code()),
        org.assertj.core.groups.Tuple.tuple("other.json", ScreeningError.PICTURE_PURPOSE.code()),
        org.assertj.core.groups.Tuple.tuple("request.json", ScreeningError.PICTURE_MESSAGE_TYPE.code()));
  }

  @Test
  void compile_withAuditLog_everyOpenRejectPurgeAndThePictureLogged() {
    InMemoryAuditSink sink = new InMemoryAuditSink();
    AuditLog log = AuditLog.open(sink, CLOCK);
    Picture picture = PictureCompiler.builder(PictureDemo.party(PictureDemo.ARIEC), PictureDemo.trusted())
        .clock(PictureDemo.clock()).auditLog(log).build().compile(MessageStore.of(PictureDemo.messages()));
    List<AuditAction> actions = sink.records().stream().map(r -> r.event().action()).toList();
    assertThat(actions).filteredOn(a -> a == AuditAction.OPEN).hasSize(7);
    assertThat(actions).filteredOn(a -> a == AuditAction.REJECT).hasSize(2);
    assertThat(actions).filteredOn(a -> a == AuditAction.PURGE).hasSize(1);
    AuditRecord last = sink.records().get(sink.records().size() - 1);
    assertThat(last.event().action()).isEqualTo(AuditAction.COMPILE);
    assertThat(last.event().count()).isEqualTo(6);
    assertThat(last.event().failures()).isEqualTo(2);
    assertThat(last.event().reference()).hasValue(PictureCompiler.digest(picture.sources()));
    String all = String.join("\n", sink.lines());
    for (Entity e : picture.entities()) {
      assertThat(all).doesNotContain(e.pseudonym());
    }
  }

  @Test
  void compile_sameStoreTwice_retainedMessagesOnlyOnceRemoved() {
    MessageStore store = MessageStore.of(PictureDemo.messages());
    PictureCompiler c = PictureCompiler.builder(PictureDemo.party(PictureDemo.ARIEC), PictureDemo.trusted())
        .clock(PictureDemo.clock()).build();
    assertThat(c.compile(store).removed()).hasSize(1);
    assertThat(store.names()).doesNotContain("hasselt-old.json");
    Picture second = c.compile(store);
    assertThat(second.removed()).isEmpty();
    assertThat(second.sources()).hasSize(6);
  }

  @Test
  void compile_duplicateMessage_secondCopyListedAsReplay() {
    byte[] m = seal(GENK, report("genk-1", List.of(new PseudonymousSubject(IdentifierType.BE_ENTERPRISE,
        pseudonym(KeySet.generate(RANDOM), IdentifierType.BE_ENTERPRISE, ENTERPRISE))), "medium", "ADM-01"));
    Picture picture = compiler().compile(MessageStore.of(Map.of("a.json", m, "b.json", m)));
    assertThat(picture.sources()).hasSize(1);
    assertThat(picture.notUsed()).extracting(NotUsed::name, NotUsed::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("b.json", "BARRIER-PRIV-0409"));
  }

  @Test
  void folder_tooLargeAndOtherFiles_listedOrIgnoredAndRemoveDeletes(@TempDir Path dir) throws IOException {
    Map<String, byte[]> demo = PictureDemo.messages();
    for (Map.Entry<String, byte[]> e : demo.entrySet()) {
      Files.write(dir.resolve(e.getKey()), e.getValue());
    }
    Files.writeString(dir.resolve("notes.txt"), "not a message");
    Files.createDirectory(dir.resolve("sub.json"));
    try (var ch = Files.newByteChannel(dir.resolve("zz-huge.json"), java.util.Set.of(
        java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE))) {
      ch.position(MessageStore.MAX_MESSAGE_BYTES);
      ch.write(java.nio.ByteBuffer.wrap(new byte[] {'{'}));
    }
    MessageFolder folder = MessageFolder.of(dir);
    assertThat(folder.names()).hasSize(demo.size() + 1).doesNotContain("notes.txt", "sub.json");
    Picture picture = PictureCompiler.builder(PictureDemo.party(PictureDemo.ARIEC), PictureDemo.trusted())
        .clock(PictureDemo.clock()).build().compile(folder);
    assertThat(picture.notUsed()).extracting(NotUsed::name).contains("zz-huge.json");
    assertThat(picture.notUsed()).filteredOn(u -> u.name().equals("zz-huge.json")).extracting(NotUsed::code)
        .containsExactly(ScreeningError.PICTURE_MESSAGE_TOO_LARGE.code());
    assertThat(Files.exists(dir.resolve("hasselt-old.json"))).isFalse();
    assertThat(Files.exists(dir.resolve("genk-001.json"))).isTrue();
  }

  @Test
  void folder_notADirectory_typedError(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("x.json"), "{}");
    assertThatThrownBy(() -> MessageFolder.of(file)).isInstanceOf(ScreeningException.class)
        .satisfies(e -> assertThat(((ScreeningException) e).error()).isEqualTo(ScreeningError.PICTURE_STORE));
  }

  @Test
  void toString_entityAndPicture_holdNoPseudonym() {
    Picture picture = PictureDemo.picture();
    for (Entity e : picture.entities()) {
      assertThat(e.toString()).doesNotContain(e.pseudonym());
      assertThat(picture.toString()).doesNotContain(e.pseudonym());
    }
    assertThat(picture.sources().get(0).toString()).doesNotContain("DEMO: synthetic data");
    assertThat(new String(PictureJson.toBytes(picture, eu.barrier.core.Language.EN), StandardCharsets.UTF_8))
        .contains(picture.entities().get(0).pseudonym());
  }
}
