package eu.barrier.privacy.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.barrier.core.id.IdentifierType;
import eu.barrier.core.id.InvalidIdentifierException;
import eu.barrier.core.id.NlBsn;
import eu.barrier.privacy.key.KeySet;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

final class PseudonymiserTest {

  private static final PseudonymContext CONTEXT = PseudonymContext.of("thb-signal", "riec:limburg");
  private static final NlBsn BSN = NlBsn.parse("123456782");

  @Test
  void candidates_afterRotation_findOldPseudonymAndPrimaryComesFirst() {
    SecureRandom random = new SecureRandom();
    KeySet before = KeySet.generate(random);
    Pseudonym stored = Pseudonymiser.create(before, CONTEXT).pseudonymise(BSN);

    KeySet after = before.rotate(random);
    Pseudonymiser p = Pseudonymiser.create(after, CONTEXT);
    List<Pseudonym> candidates = p.candidates(BSN);

    assertThat(candidates).hasSize(2);
    assertThat(candidates.get(0)).isEqualTo(p.pseudonymise(BSN)).isNotEqualTo(stored);
    assertThat(candidates.get(1)).isEqualTo(stored);
    assertThat(p.matches(BSN, stored)).isTrue();
    assertThat(p.keyIds()).containsExactly(after.primary().id(), before.primary().id());
  }

  @Test
  void candidates_afterOldKeyDisabled_noLongerFindOldPseudonym() {
    SecureRandom random = new SecureRandom();
    KeySet before = KeySet.generate(random);
    Pseudonym stored = Pseudonymiser.create(before, CONTEXT).pseudonymise(BSN);
    KeySet after = before.rotate(random).disable(before.primary().id());

    Pseudonymiser p = Pseudonymiser.create(after, CONTEXT);

    assertThat(p.candidates(BSN)).hasSize(1).doesNotContain(stored);
    assertThat(p.matches(BSN, stored)).isFalse();
  }

  @Test
  void addKey_beforePromotion_newKeyOnlyLooksUp() {
    SecureRandom random = new SecureRandom();
    KeySet one = KeySet.generate(random);
    KeySet two = one.addKey(random);
    Pseudonymiser p1 = Pseudonymiser.create(one, CONTEXT);
    Pseudonymiser p2 = Pseudonymiser.create(two, CONTEXT);

    assertThat(p2.pseudonymise(BSN)).isEqualTo(p1.pseudonymise(BSN));
    assertThat(p2.candidates(BSN)).hasSize(2);
  }

  @Test
  void pseudonymise_invalidText_throwsInvalidIdentifierWithoutValueInMessage() {
    Pseudonymiser p = Pseudonymiser.create(KeySet.generate(new SecureRandom()), CONTEXT);
    assertThatThrownBy(() -> p.pseudonymise(IdentifierType.NL_BSN, "123456789"))
        .isInstanceOf(InvalidIdentifierException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("123456789"));
  }

  @Test
  void toString_namesContextAndKeyIdsOnly() {
    KeySet keys = KeySet.generate(new SecureRandom());
    Pseudonymiser p = Pseudonymiser.create(keys, CONTEXT);
    assertThat(p.toString()).contains("thb-signal", "riec:limburg", String.valueOf(keys.primary().id()));
  }
}
