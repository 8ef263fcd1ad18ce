package eu.barrier.indicators.catalogue;

import eu.barrier.core.observation.SubjectKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

final class BuiltInCataloguesTest {

  static java.util.Set<String> ids() {
    return Catalogues.builtInIds();
  }

  @Test
  void builtInIds_listsElevenCatalogues() {
    assertThat(Catalogues.builtInIds()).containsExactlyInAnyOrder(
        "ilo-2009-adult-labour", "ilo-2009-child-labour", "ilo-2009-adult-sexual", "ilo-2009-child-sexual",
        "ilo-2012-forced-labour", "barrier-admin", "sector-carwash", "sector-massage", "sector-nail-salon",
        "sector-horeca-nightshop", "minors-grooming");
  }

  @ParameterizedTest
  @MethodSource("ids")
  void builtIn_eachId_loadsWithoutLintErrors(String id) {
    Catalogue catalogue = Catalogues.builtIn(id);
    LintReport report = CatalogueLint.check(catalogue);

    assertThat(catalogue.id()).isEqualTo(id);
    assertThat(catalogue.version()).isEqualTo(new SemanticVersion(1, 0, 0));
    assertThat(report.errors()).isEmpty();
    assertThat(report.findings()).allSatisfy(f -> assertThat(f.severity()).isNotEqualTo(Severity.ERROR));
    assertThat(catalogue.indicators()).isNotEmpty();
  }

  @Test
  void builtIn_indicatorCounts_matchThePublishedLists() {
    Map<String, Integer> counts = Catalogues.builtInIds().stream()
        .collect(Collectors.toMap(id -> id, id -> Catalogues.builtIn(id).indicators().size()));

    assertThat(counts).containsEntry("ilo-2009-adult-labour", 67).containsEntry("ilo-2009-child-labour", 65)
        .containsEntry("ilo-2009-adult-sexual", 67).containsEntry("ilo-2009-child-sexual", 65)
        .containsEntry("ilo-2012-forced-labour", 11).containsEntry("barrier-admin", 21)
        .containsEntry("sector-carwash", 7).containsEntry("sector-massage", 9)
        .containsEntry("sector-nail-salon", 7).containsEntry("sector-horeca-nightshop", 6)
        .containsEntry("minors-grooming", 12);
  }

  @Test
  void builtIn_subjectKinds_neverMixPersonAndBusiness() {
    for (String id : Catalogues.builtInIds()) {
      Catalogue catalogue = Catalogues.builtIn(id);
      boolean person = id.startsWith("ilo-") || id.equals("minors-grooming");
      assertThat(catalogue.subjectKind() == SubjectKind.PERSON).as(id).isEqualTo(person);
      assertThat(catalogue.indicators()).as(id)
          .allSatisfy(i -> assertThat(i.category().isIloDimension()).isEqualTo(person));
    }
  }

  @Test
  void builtIn_minorsGrooming_isReferenceOnlyChildProtectionData() {
    Catalogue catalogue = Catalogues.builtIn("minors-grooming");

    assertThat(catalogue.childProtection()).isTrue();
    assertThat(catalogue.purpose()).isEqualTo(Purpose.REFERENCE_ONLY);
    assertThat(Catalogues.builtInIds().stream().map(Catalogues::builtIn).filter(Catalogue::childProtection))
        .extracting(Catalogue::id).containsExactly("minors-grooming");
  }

  @Test
  void builtIn_sexualExploitationLists_areProvisionalExceptForcedTasksOrClients() {
    for (String id : new String[] {"ilo-2009-adult-sexual", "ilo-2009-child-sexual"}) {
      Catalogue catalogue = Catalogues.builtIn(id);
      assertThat(catalogue.provenance().verification()).isEqualTo(Verification.UNVERIFIED);
      assertThat(catalogue.indicators()).filteredOn(i -> i.strength() != Strength.PROVISIONAL)
          .extracting(Indicator::id).containsExactly(id.contains("adult") ? "ILO-AS-CD-07" : "ILO-CS-CD-07");
    }
  }

  @Test
  void builtIn_sameIdTwice_returnsTheCachedInstance() {
    assertThat(Catalogues.builtIn("barrier-admin")).isSameAs(Catalogues.builtIn("barrier-admin"));
  }

  @Test
  void builtIn_unknownId_throwsIllegalArgument() {
    assertThatThrownBy(() -> Catalogues.builtIn("no-such-catalogue"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("barrier-admin");
    assertThat(Catalogues.findBuiltIn("no-such-catalogue")).isEmpty();
  }

  @Test
  void builtIn_unknownVersion_throwsIllegalArgument() {
    assertThatThrownBy(() -> Catalogues.builtIn("barrier-admin", new SemanticVersion(9, 0, 0)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
