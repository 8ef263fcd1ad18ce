package eu.barrier.privacy.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.core.id.Identifier;
import eu.barrier.core.id.IdentifierType;
import eu.barrier.privacy.InsecureSecretAccess;
import eu.barrier.privacy.key.KeySet;
import eu.barrier.privacy.key.PartyKeyBundle;
import eu.barrier.privacy.key.SharedKeySet;
import java.security.SecureRandom;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Rotation aliases: only from a shared key set, only during its overlap, only its own keys. */
final class PseudonymiserAliasesTest {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String PURPOSE = "thb-signal";
  private static final String RECIPIENT = "ariec-limburg";
  private static final LocalDate DAY = LocalDate.of(2026, 12, 2);
  private static final Identifier ENTERPRISE = IdentifierType.BE_ENTERPRISE.parse("0123.456.749");

  private static PartyKeyBundle imported(PartyKeyBundle partner, SharedKeySet shared) {
    return partner.withSharedKeySet(
        SharedKeySet.read(shared.write(InsecureSecretAccess.get()), InsecureSecretAccess.get()));
  }

  @Test
  void aliases_duringTheOverlap_theOldKeysPseudonym_onTheEndDayToo_thenNone() {
    SharedKeySet v1 = SharedKeySet.generate("gemeente-genk", PURPOSE, RECIPIENT, DAY, RANDOM);
    Pseudonym before = Pseudonymiser.shared(v1, DAY).pseudonymise(ENTERPRISE);
    LocalDate end = DAY.plusDays(60);
    SharedKeySet v2 = v1.rotate(DAY.plusDays(30), end, RANDOM);

    Pseudonymiser during = Pseudonymiser.shared(v2, DAY.plusDays(31));
    Pseudonymiser onEnd = Pseudonymiser.shared(v2, end);
    Pseudonymiser after = Pseudonymiser.shared(v2, end.plusDays(1));

    assertThat(Pseudonymiser.shared(v1, DAY).aliases(ENTERPRISE)).isEmpty();
    assertThat(during.pseudonymise(ENTERPRISE)).isNotEqualTo(before);
    assertThat(during.aliases(ENTERPRISE)).containsExactly(before);
    assertThat(onEnd.aliases(ENTERPRISE)).containsExactly(before);
    assertThat(after.aliases(ENTERPRISE)).isEmpty();
    assertThat(after.pseudonymise(ENTERPRISE)).isEqualTo(during.pseudonymise(ENTERPRISE));
    assertThat(during.context()).isEqualTo(PseudonymContext.of(PURPOSE, RECIPIENT));
    assertThat(during.toString()).contains("aliasing");
  }

  @Test
  void aliases_afterTwoRotations_onlyTheStillRecognisedKey_neverTheDestroyedOne() {
    SharedKeySet v1 = SharedKeySet.generate("gemeente-genk", PURPOSE, RECIPIENT, DAY, RANDOM);
    Pseudonym first = Pseudonymiser.shared(v1, DAY).pseudonymise(ENTERPRISE);
    SharedKeySet v2 = v1.rotate(DAY.plusDays(10), DAY.plusDays(40), RANDOM);
    Pseudonym second = Pseudonymiser.shared(v2, DAY.plusDays(10)).pseudonymise(ENTERPRISE);
    SharedKeySet v3 = v2.rotate(DAY.plusDays(20), DAY.plusDays(50), RANDOM);

    assertThat(Pseudonymiser.shared(v3, DAY.plusDays(21)).aliases(ENTERPRISE)).containsExactly(second)
        .doesNotContain(first);
  }

  @Test
  void aliases_ownKeySetWithAnActiveKey_none() {
    KeySet own = KeySet.generate(RANDOM);
    KeySet rotating = own.addKey(RANDOM);
    Pseudonymiser p = Pseudonymiser.create(rotating, PseudonymContext.of(PURPOSE, RECIPIENT));

    assertThat(p.candidates(ENTERPRISE)).hasSize(2);
    assertThat(p.aliases(ENTERPRISE)).isEmpty();
  }

  @Test
  void forParty_sharedSetImported_usesItWithAliases_otherContextsUseTheOwnKeySetWithout() {
    PartyKeyBundle hasselt = PartyKeyBundle.generate("gemeente-hasselt", RANDOM);
    SharedKeySet v1 = SharedKeySet.generate("gemeente-genk", PURPOSE, RECIPIENT, DAY, RANDOM);
    SharedKeySet v2 = v1.rotate(DAY.plusDays(30), DAY.plusDays(60), RANDOM);
    hasselt = imported(imported(hasselt, v1), v2);
    PseudonymContext shared = PseudonymContext.of(PURPOSE, RECIPIENT);
    PseudonymContext other = PseudonymContext.of("fraud-check", RECIPIENT);

    Pseudonymiser p = Pseudonymiser.forParty(hasselt, shared, DAY.plusDays(31));

    assertThat(p.pseudonymise(ENTERPRISE)).isEqualTo(Pseudonymiser.shared(v2, DAY).pseudonymise(ENTERPRISE));
    assertThat(p.aliases(ENTERPRISE)).containsExactly(Pseudonymiser.shared(v1, DAY).pseudonymise(ENTERPRISE));
    assertThat(Pseudonymiser.forParty(hasselt, other, DAY.plusDays(31)).aliases(ENTERPRISE)).isEmpty();
    assertThat(Pseudonymiser.forParty(hasselt, other, DAY).pseudonymise(ENTERPRISE))
        .isEqualTo(Pseudonymiser.create(hasselt.keySet(), other).pseudonymise(ENTERPRISE));
  }
}
