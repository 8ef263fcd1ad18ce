package eu.barrier.indicators.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.indicators.catalogue.ProtectedTerms.Group;
import org.junit.jupiter.api.Test;

final class ProtectedTermsTest {

  @Test
  void find_accentsAndCase_areIgnored() {
    assertThat(ProtectedTerms.find("NATIONALITÉ")).containsKey(Group.NATIONALITY);
    assertThat(ProtectedTerms.find("Religieuse")).containsKey(Group.RELIGION);
    assertThat(ProtectedTerms.find("Origine")).containsKey(Group.ORIGIN);
  }

  @Test
  void find_hyphensAndUnderscores_areWordBreaks() {
    assertThat(ProtectedTerms.find("SOURCE_COUNTRY")).containsKey(Group.ORIGIN);
    assertThat(ProtectedTerms.find("foreign-sounding name")).containsKeys(Group.NATIONALITY, Group.NAME);
  }

  @Test
  void find_wordsMerelyContainingATerm_areNotMatched() {
    assertThat(ProtectedTerms.find("totaal embrace originally tracer grasping")).isEmpty();
  }

  @Test
  void reviewable_onlyReligionAndLanguage() {
    assertThat(Group.values()).filteredOn(Group::reviewable).containsExactly(Group.RELIGION, Group.LANGUAGE);
  }
}
