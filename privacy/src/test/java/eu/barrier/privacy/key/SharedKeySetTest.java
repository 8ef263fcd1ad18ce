package eu.barrier.privacy.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import eu.barrier.core.id.IdentifierType;
import eu.barrier.privacy.InsecureSecretAccess;
import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.SecretAccess;
import eu.barrier.privacy.exchange.MessageType;
import eu.barrier.privacy.pseudonym.Pseudonym;
import eu.barrier.privacy.pseudonym.PseudonymContext;
import eu.barrier.privacy.pseudonym.Pseudonymiser;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

final class SharedKeySetTest {

  private static final SecretAccess ACCESS = InsecureSecretAccess.get();
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String PURPOSE = "thb-signal";
  private static final String RECIPIENT = "ariec-limburg";
  private static final LocalDate DAY = LocalDate.of(2026, 12, 2);
  /** A synthetic enterprise number with valid check digits (01234567 mod 97 = 48). */
  private static final String ENTERPRISE = "0123.456.749";

  private static Pseudonym pseudonym(PartyKeyBundle bundle, LocalDate date) {
    return Pseudonymiser.create(bundle.keySetFor(PURPOSE, RECIPIENT, date), PseudonymContext.of(PURPOSE, RECIPIENT))
        .pseudonymise(IdentifierType.BE_ENTERPRISE, ENTERPRISE);
  }

  /** What a partner does with the opened message: read it and import it. */
  private static PartyKeyBundle imported(PartyKeyBundle partner, SharedKeySet shared) {
    return partner.withSharedKeySet(SharedKeySet.read(shared.write(ACCESS), ACCESS));
  }

  @Test
  void keySetFor_twoPartnersImportedTheSharedSet_samePseudonym_recipientsOwnKeysDiffer() {
    PartyKeyBundle genk = PartyKeyBundle.generate("gemeente-genk", RANDOM);
    PartyKeyBundle hasselt = PartyKeyBundle.generate("gemeente-hasselt", RANDOM);
    PartyKeyBundle ariec = PartyKeyBundle.generate(RECIPIENT, RANDOM);
    SharedKeySet shared = SharedKeySet.generate(genk.partyId(), PURPOSE, RECIPIENT, DAY, RANDOM);

    Pseudonym beforeGenk = pseudonym(genk, DAY);
    Pseudonym beforeHasselt = pseudonym(hasselt, DAY);
    genk = imported(genk, shared);
    hasselt = imported(hasselt, shared);

    assertThat(beforeGenk).isNotEqualTo(beforeHasselt);
    assertThat(pseudonym(genk, DAY)).isEqualTo(pseudonym(hasselt, DAY));
    assertThat(pseudonym(ariec, DAY)).isNotEqualTo(pseudonym(genk, DAY));
    assertThat(genk.keySetFor("other-purpose", RECIPIENT, DAY)).isSameAs(genk.keySet());
  }

  @Test
  void withSharedKeySet_importedByTheRecipient_isRefused() {
    PartyKeyBundle ariec = PartyKeyBundle.generate(RECIPIENT, RANDOM);
    SharedKeySet shared = SharedKeySet.generate("gemeente-genk", PURPOSE, RECIPIENT, DAY, RANDOM);

    KeySetException e = catchThrowableOfType(KeySetException.class, () -> ariec.withSharedKeySet(shared));

    assertThat(e.error()).isEqualTo(PrivacyError.SHARED_KEY_SET_IMPORT);
    assertThat(e.code()).isEqualTo("BARRIER-PRIV-0119");
  }

  @Test
  void of_custodianIsTheRecipient_isSharedKeySetError() {
    KeySetException e = catchThrowableOfType(KeySetException.class,
        () -> SharedKeySet.generate(RECIPIENT, PURPOSE, RECIPIENT, DAY, RANDOM));

    assertThat(e.error()).isEqualTo(PrivacyError.SHARED_KEY_SET);
  }

  @Test
  void rotate_oldPseudonymsRecognisedUntilTheStatedEnd_thenNoLonger() {
    PartyKeyBundle genk = PartyKeyBundle.generate("gemeente-genk", RANDOM);
    PartyKeyBundle hasselt = PartyKeyBundle.generate("gemeente-hasselt", RANDOM);
    SharedKeySet v1 = SharedKeySet.generate(genk.partyId(), PURPOSE, RECIPIENT, DAY, RANDOM);
    genk = imported(genk, v1);
    hasselt = imported(hasselt, v1);
    Pseudonym old = pseudonym(hasselt, DAY);
    LocalDate end = DAY.plusDays(90);

    SharedKeySet v2 = v1.rotate(DAY.plusDays(30), end, RANDOM);
    genk = imported(genk, v2);
    PartyKeyBundle g = genk;
    PseudonymContext context = PseudonymContext.of(PURPOSE, RECIPIENT);
    Pseudonymiser onEnd = Pseudonymiser.create(g.keySetFor(PURPOSE, RECIPIENT, end), context);
    Pseudonymiser afterEnd = Pseudonymiser.create(g.keySetFor(PURPOSE, RECIPIENT, end.plusDays(1)), context);

    assertThat(v2.version()).isEqualTo(2);
    assertThat(v2.recognisedUntil()).contains(end);
    assertThat(pseudonym(genk, DAY.plusDays(31))).isNotEqualTo(old);
    assertThat(onEnd.matches(IdentifierType.BE_ENTERPRISE.parse(ENTERPRISE), old)).isTrue();
    assertThat(onEnd.candidates(IdentifierType.BE_ENTERPRISE.parse(ENTERPRISE))).hasSize(2).contains(old);
    assertThat(afterEnd.matches(IdentifierType.BE_ENTERPRISE.parse(ENTERPRISE), old)).isFalse();
    assertThat(afterEnd.pseudonymise(IdentifierType.BE_ENTERPRISE, ENTERPRISE)).isEqualTo(pseudonym(genk, end));
  }

  @Test
  void rotate_twice_destroysTheKeysOfTheFirstVersion() {
    SharedKeySet v1 = SharedKeySet.generate("gemeente-genk", PURPOSE, RECIPIENT, DAY, RANDOM);
    SharedKeySet v3 = v1.rotate(DAY.plusDays(1), DAY.plusDays(10), RANDOM).rotate(DAY.plusDays(2), DAY.plusDays(20), RANDOM);

    assertThat(v3.version()).isEqualTo(3);
    assertThat(v3.keySet().find(v1.keySet().primary().id()).orElseThrow().status()).isEqualTo(KeyStatus.DESTROYED);
    assertThat(v3.keySet().usableKeys()).hasSize(2);
    assertThat(SharedKeySet.read(v3.write(ACCESS), ACCESS).keySet().info()).isEqualTo(v3.keySet().info());
  }

  @Test
  void withSharedKeySet_olderVersionOrAnotherCustodianOrOtherKeys_isRefused_sameVersionIsKept() {
    PartyKeyBundle hasselt = PartyKeyBundle.generate("gemeente-hasselt", RANDOM);
    SharedKeySet v1 = SharedKeySet.generate("gemeente-genk", PURPOSE, RECIPIENT, DAY, RANDOM);
    SharedKeySet v2 = v1.rotate(DAY, DAY.plusDays(10), RANDOM);
    PartyKeyBundle withV2 = imported(hasselt, v2);
    SharedKeySet otherCustodian = SharedKeySet.generate("gemeente-bree", PURPOSE, RECIPIENT, DAY, RANDOM);
    SharedKeySet otherV2 = v1.rotate(DAY, DAY.plusDays(10), RANDOM);

    assertThat(imported(withV2, v2)).isSameAs(withV2);
    for (SharedKeySet refused : new SharedKeySet[] {v1, otherCustodian, otherV2}) {
      KeySetException e = catchThrowableOfType(KeySetException.class, () -> withV2.withSharedKeySet(refused));
      assertThat(e.error()).as(refused.toString()).isEqualTo(PrivacyError.SHARED_KEY_SET_IMPORT);
    }
  }

  @Test
  void write_validatesAgainstTheSchema_andNeitherToStringShowsMaterial() throws Exception {
    SharedKeySet shared = SharedKeySet.generate("gemeente-genk", PURPOSE, RECIPIENT, DAY, RANDOM)
        .rotate(DAY, DAY.plusDays(5), RANDOM);
    byte[] json = shared.write(ACCESS);
    Schema schema;
    try (InputStream in = MessageType.SHARED_KEY_SET.openSchema()) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
    String material = Base64.getUrlEncoder().withoutPadding()
        .encodeToString(shared.keySet().primary().material(ACCESS).orElseThrow().toByteArray(ACCESS));

    assertThat(schema.validate(JsonMapper.builder().build().readTree(json))).isEmpty();
    assertThat(new String(json, StandardCharsets.UTF_8)).contains(material).contains("\"recognisedUntil\":\"2026-12-07\"");
    assertThat(shared.toString()).doesNotContain(material);
    assertThat(shared.toMessage(ACCESS).toString()).doesNotContain(material);
  }

  @Test
  void read_materialOnADestroyedKeyOrMissingOnAPrimary_isSharedKeySetError() {
    String json = new String(SharedKeySet.generate("gemeente-genk", PURPOSE, RECIPIENT, DAY, RANDOM).write(ACCESS),
        StandardCharsets.UTF_8);
    String destroyed = json.replace("\"PRIMARY\"", "\"DESTROYED\"");
    String missing = json.replaceAll(",?\"material\":\"[^\"]*\"", "");
    String activeWithoutEnd = json.replace("}]}", "},{\"id\":7,\"status\":\"ACTIVE\",\"parameters\":\"HMAC_SHA256_V1\","
        + "\"material\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\"}]}");

    for (String bad : new String[] {destroyed, missing, activeWithoutEnd, "{}", "[]", json.replace("thb-signal", "THB")}) {
      KeySetException e = catchThrowableOfType(KeySetException.class,
          () -> SharedKeySet.read(bad.getBytes(StandardCharsets.UTF_8), ACCESS));
      assertThat(e).as(bad.length() > 20 ? bad.substring(0, 20) : bad).isNotNull();
      assertThat(e.error()).isIn(PrivacyError.SHARED_KEY_SET, PrivacyError.KEYSET_PRIMARY);
      assertThat(e.getMessage()).doesNotContain("THB");
    }
  }

  @Test
  void keyFiles_withSharedKeySets_roundTrip_andAFileWithoutThemIsUnchanged() {
    PartyKeyBundle hasselt = PartyKeyBundle.generate("gemeente-hasselt", RANDOM);
    String before = KeyFiles.write(hasselt, ACCESS);
    SharedKeySet shared = SharedKeySet.generate("gemeente-genk", PURPOSE, RECIPIENT, DAY, RANDOM)
        .rotate(DAY, DAY.plusDays(5), RANDOM);

    String after = KeyFiles.write(imported(hasselt, shared), ACCESS);
    PartyKeyBundle back = KeyFiles.parse(after, ACCESS);

    assertThat(before).doesNotContain("shared");
    assertThat(KeyFiles.write(KeyFiles.parse(before, ACCESS), ACCESS)).isEqualTo(before);
    assertThat(back.sharedKeySets()).hasSize(1);
    assertThat(back.sharedKeySet(PURPOSE, RECIPIENT).orElseThrow().recognisedUntil()).contains(DAY.plusDays(5));
    assertThat(KeyFiles.write(back, ACCESS)).isEqualTo(after);
    assertThat(pseudonym(back, DAY)).isEqualTo(pseudonym(imported(PartyKeyBundle.generate("gemeente-bree", RANDOM), shared), DAY));
  }

  @Test
  void keyFiles_aSharedSetForThisPartyAsRecipientOrBroken_isRefusedWithItsPath() {
    PartyKeyBundle hasselt = PartyKeyBundle.generate("gemeente-hasselt", RANDOM);
    SharedKeySet shared = SharedKeySet.generate("gemeente-genk", PURPOSE, "gemeente-hasselt-x", DAY, RANDOM);
    String file = KeyFiles.write(imported(hasselt, shared), ACCESS);

    KeySetException asRecipient = catchThrowableOfType(KeySetException.class,
        () -> KeyFiles.parse(file.replace("gemeente-hasselt-x", "gemeente-hasselt"), ACCESS));
    KeySetException broken = catchThrowableOfType(KeySetException.class,
        () -> KeyFiles.parse(file.replace("\"version\":1", "\"version\":0"), ACCESS));

    assertThat(asRecipient.error()).isEqualTo(PrivacyError.SHARED_KEY_SET_IMPORT);
    assertThat(broken.error()).isEqualTo(PrivacyError.SHARED_KEY_SET);
    assertThat(broken.getMessage()).contains("/shared/0").contains("/version");
  }
}
