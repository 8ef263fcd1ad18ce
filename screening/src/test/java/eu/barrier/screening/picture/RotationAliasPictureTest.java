package eu.barrier.screening.picture;

import static eu.barrier.screening.picture.PictureCompilerTest.ARIEC;
import static eu.barrier.screening.picture.PictureCompilerTest.GENK;
import static eu.barrier.screening.picture.PictureCompilerTest.HASSELT;
import static eu.barrier.screening.picture.PictureCompilerTest.PURPOSE;
import static eu.barrier.screening.picture.PictureCompilerTest.compiler;
import static eu.barrier.screening.picture.PictureCompilerTest.report;
import static eu.barrier.screening.picture.PictureCompilerTest.seal;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import eu.barrier.core.Language;
import eu.barrier.core.id.Identifier;
import eu.barrier.core.id.IdentifierType;
import eu.barrier.privacy.InsecureSecretAccess;
import eu.barrier.privacy.exchange.PseudonymousSubject;
import eu.barrier.privacy.exchange.SignalReport;
import eu.barrier.privacy.key.KeySet;
import eu.barrier.privacy.key.PartyKeyBundle;
import eu.barrier.privacy.key.SharedKeySet;
import eu.barrier.privacy.pseudonym.Pseudonym;
import eu.barrier.privacy.pseudonym.PseudonymContext;
import eu.barrier.privacy.pseudonym.Pseudonymiser;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rotation of a shared key set, end to end: the custodian rotates, partner A reports the same
 * enterprise before and after, and the picture shows one entity with both pseudonyms during the
 * overlap; after the recognition end no alias is written and the pseudonyms stay apart.
 */
final class RotationAliasPictureTest {

  static final SecureRandom RANDOM = new SecureRandom();
  static final LocalDate V1_DAY = LocalDate.now(ZoneOffset.UTC).minusDays(40);
  static final LocalDate V2_DAY = V1_DAY.plusDays(30);
  static final LocalDate END = V2_DAY.plusDays(30);
  static final Identifier ENTERPRISE = IdentifierType.BE_ENTERPRISE.parse(PictureCompilerTest.ENTERPRISE);
  static final Identifier SALON = IdentifierType.BE_ESTABLISHMENT.parse(PictureDemo.withCheckDigits("21234567"));

  /** What a partner does with the opened shared key set message: read and import it. */
  static PartyKeyBundle imported(PartyKeyBundle partner, SharedKeySet shared) {
    return partner.withSharedKeySet(
        SharedKeySet.read(shared.write(InsecureSecretAccess.get()), InsecureSecretAccess.get()));
  }

  /** A subject as the sender's library writes it on a day: the pseudonym and its rotation aliases. */
  static PseudonymousSubject subject(PartyKeyBundle sender, Identifier id, LocalDate day) {
    Pseudonymiser p = Pseudonymiser.forParty(sender, PseudonymContext.of(PURPOSE, ARIEC.partyId()), day);
    return PseudonymousSubject.of(id.type(), p.pseudonymise(id).format(),
        p.aliases(id).stream().map(Pseudonym::format).toList());
  }

  /** Genk (custodian) issues v1, Hasselt (partner A) imports it; v2 follows on V2_DAY, recognised until END. */
  record Partnership(PartyKeyBundle genkV1, PartyKeyBundle hasseltV1, PartyKeyBundle genkV2,
      PartyKeyBundle hasseltV2) {
    static Partnership make() {
      PartyKeyBundle genk = PartyKeyBundle.of(KeySet.generate(RANDOM), GENK);
      PartyKeyBundle hasselt = PartyKeyBundle.of(KeySet.generate(RANDOM), HASSELT);
      SharedKeySet v1 = SharedKeySet.generate(GENK.partyId(), PURPOSE, ARIEC.partyId(), V1_DAY, RANDOM);
      SharedKeySet v2 = v1.rotate(V2_DAY, END, RANDOM);
      PartyKeyBundle g1 = genk.withSharedKeySet(v1);
      PartyKeyBundle h1 = imported(hasselt, v1);
      return new Partnership(g1, h1, g1.withSharedKeySet(v2), imported(h1, v2));
    }
  }

  @Test
  void compile_partnerReportsBeforeAndDuringTheOverlap_oneEntityWithBothPseudonyms_linkExplained() throws Exception {
    Partnership p = Partnership.make();
    PseudonymousSubject before = subject(p.hasseltV1(), ENTERPRISE, V1_DAY.plusDays(1));
    PseudonymousSubject during = subject(p.hasseltV2(), ENTERPRISE, V2_DAY.plusDays(1));
    PseudonymousSubject genkAfter = subject(p.genkV2(), ENTERPRISE, END.plusDays(1));
    assertThat(before.aliases()).isNull();
    assertThat(during.aliases()).containsExactly(before.pseudonym());
    assertThat(during.pseudonym()).isNotEqualTo(before.pseudonym());
    assertThat(genkAfter.aliases()).isNull();
    assertThat(genkAfter.pseudonym()).isEqualTo(during.pseudonym());

    Map<String, byte[]> store = new LinkedHashMap<>();
    store.put("a-hasselt-before.json", seal(HASSELT, report("hasselt-1", List.of(before,
        subject(p.hasseltV1(), SALON, V1_DAY.plusDays(1))), "medium", "ADM-01")));
    store.put("b-hasselt-during.json", seal(HASSELT, report("hasselt-2", List.of(during), "high", "ADM-05")));
    store.put("c-genk-after.json", seal(GENK, report("genk-1", List.of(genkAfter), "medium", "ADM-01")));
    Picture picture = compiler().compile(MessageStore.of(store));

    Entity enterprise = picture.entities().stream().filter(e -> e.kind() == EntityKind.ENTERPRISE).findFirst()
        .orElseThrow();
    String duringMessage = picture.sources().get(1).messageId();
    assertThat(picture.entities()).hasSize(2);
    assertThat(enterprise.pseudonym()).isEqualTo(during.pseudonym());
    assertThat(enterprise.aliases()).containsExactly(before.pseudonym());
    assertThat(enterprise.rotationLinks()).singleElement().satisfies(l -> {
      assertThat(l.pseudonym()).isEqualTo(during.pseudonym());
      assertThat(l.alias()).isEqualTo(before.pseudonym());
      assertThat(l.sources()).containsExactly(duringMessage);
    });
    assertThat(enterprise.signals()).extracting(Signal::source)
        .containsExactlyElementsOf(picture.sources().stream().map(Source::messageId).toList());
    assertThat(enterprise.reporters()).containsExactly(GENK.partyId(), HASSELT.partyId());
    assertThat(picture.ties()).hasSize(1);
    assertThat(picture.groups()).hasSize(1);
    assertThat(picture.groups().get(0).partners()).containsExactly(GENK.partyId(), HASSELT.partyId());
    assertThat(picture.pseudonymDomains()).containsExactlyInAnyOrder(Pseudonym.parse(before.pseudonym()).keyId(),
        Pseudonym.parse(during.pseudonym()).keyId());
    assertThat(enterprise.toString()).doesNotContain(before.pseudonym()).doesNotContain(during.pseudonym());
    assertThat(enterprise.rotationLinks().get(0).toString()).doesNotContain(before.pseudonym());

    byte[] json = PictureJson.toBytes(picture, Language.EN);
    try (InputStream in = PictureJson.openSchema()) {
      assertThat(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in)
          .validate(JsonMapper.builder().build().readTree(json))).isEmpty();
    }
    assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"rotationLinks\":[{\"pseudonym\":\""
        + during.pseudonym() + "\",\"alias\":\"" + before.pseudonym() + "\"");
    assertThat(PictureReport.html(picture, Language.EN, "barrier test")).contains("rotation alias: " + before.pseudonym().substring(0, 12) + "… is "
            + during.pseudonym().substring(0, 12) + "…");
  }

  @Test
  void compile_afterTheRecognitionEnd_noAliasWritten_pseudonymsStayApart() {
    Partnership p = Partnership.make();
    PseudonymousSubject before = subject(p.hasseltV1(), ENTERPRISE, V1_DAY.plusDays(1));
    PseudonymousSubject after = subject(p.hasseltV2(), ENTERPRISE, END.plusDays(1));
    assertThat(after.aliases()).isNull();

    Map<String, byte[]> store = new LinkedHashMap<>();
    store.put("a.json", seal(HASSELT, report("hasselt-1", List.of(before), "medium", "ADM-01")));
    store.put("b.json", seal(HASSELT, report("hasselt-2", List.of(after), "medium", "ADM-01")));
    Picture picture = compiler().compile(MessageStore.of(store));

    assertThat(picture.entities()).hasSize(2).allSatisfy(e -> {
      assertThat(e.aliases()).isEmpty();
      assertThat(e.rotationLinks()).isEmpty();
    });
    assertThat(new String(PictureJson.toBytes(picture, Language.EN), StandardCharsets.UTF_8))
        .doesNotContain("aliases").doesNotContain("rotationLinks");
  }

  @Test
  void compile_reportNamesAnAliasThatAnotherReportUsesAsItsPseudonym_oneEntity_orderOfStoreIrrelevant() {
    Partnership p = Partnership.make();
    PseudonymousSubject before = subject(p.hasseltV1(), ENTERPRISE, V1_DAY.plusDays(1));
    PseudonymousSubject during = subject(p.hasseltV2(), ENTERPRISE, V2_DAY.plusDays(1));
    SignalReport r1 = report("hasselt-1", List.of(before), "medium", "ADM-01");
    SignalReport r2 = report("hasselt-2", List.of(during), "medium", "ADM-01");
    Map<String, byte[]> forward = new LinkedHashMap<>();
    forward.put("a.json", seal(HASSELT, r1));
    forward.put("b.json", seal(HASSELT, r2));
    Map<String, byte[]> backward = new LinkedHashMap<>();
    backward.put("a.json", seal(HASSELT, r2));
    backward.put("b.json", seal(HASSELT, r1));

    for (Map<String, byte[]> store : List.of(forward, backward)) {
      Picture picture = compiler().compile(MessageStore.of(store));
      assertThat(picture.entities()).singleElement().satisfies(e -> {
        assertThat(e.pseudonym()).isEqualTo(during.pseudonym());
        assertThat(e.aliases()).containsExactly(before.pseudonym());
        assertThat(e.signals()).hasSize(2);
      });
    }
  }
}
